export type Last = "none" | "unit" | "tens" | "hundred" | "scale" | "and";

/** One word of a spelled-out number, as the tally took it. */
export interface TallyWord {
  text: string;
  kind: Last;
  /** Joined to the word before by a hyphen: "ninety-five" is one number, not "ninety" and "five hundred". */
  hyphenBefore: boolean;
}

/** The running state of a spelled-out number: completed scale groups plus the group below them. */
export interface Tally {
  total: number;
  group: number;
  last: Last;
  lastScale: number;
  end: number;
  /** The value of the last one-to-ninety-nine chunk, which a following denominator divides. */
  chunk: number;
  words: TallyWord[];
}
