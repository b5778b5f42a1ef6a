/**
 * Data, not code: letters that outlets write differently for one sound when they put a name of
 * another script into the Latin one ("Joda Phatak" / "Joda Fatak", "Sheikhupura" / "Shekhupura",
 * "Tabieen" / "Tabiin", "Saadiya" / "Sadiya"). Each run of letters on
 * the left is written as the one on its right before two names are compared; doubled letters are
 * then written once (frame/story-spelling.ts).
 */
export const TRANSLITERATIONS: readonly (readonly [string, string])[] = [
  ["ph", "f"], ["kh", "k"], ["gh", "g"], ["bh", "b"], ["dh", "d"], ["th", "t"], ["jh", "j"], ["ch", "c"],
  ["ck", "k"], ["q", "k"], ["w", "v"], ["y", "i"], ["ee", "i"], ["ei", "e"], ["ie", "i"], ["oo", "u"], ["ou", "u"],
  ["aa", "a"], ["z", "s"],
];
