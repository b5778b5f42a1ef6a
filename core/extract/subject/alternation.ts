/**
 * Words from data as one regex alternation: longest first, so "container ship" wins over "ship"
 * at the same place, and a space in a phrase matches any run of white space.
 * @example new RegExp(`\\b(?:${wordAlternation(["ship", "container ship"])})\\b`) // container\s+ship|ship
 */
export function wordAlternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`)).join("|");
}

/**
 * wordAlternation of the words as written and with a capital first: "Construction" opening a
 * sentence, "construction" inside one, for patterns without the `i` flag.
 */
export function anyCase(words: Iterable<string>): string {
  return wordAlternation([...words].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]));
}
