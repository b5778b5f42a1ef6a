import type { Qualifier } from "../../model.js";

/**
 * The words just before a date that change what it claims. "early July", "late December",
 * "mid-2019", "the end of 2019" are approximate: the claim is a part of the period, not all of
 * it. "since 2011", "before 2011", "until May" bound it but still name the date, so they keep the
 * date's own qualifier and only record the word. The words join the span so a reader sees them.
 */
const PART_OF_PERIOD =
  /(?:\b(since|before|after|until|by)\s{1,3})?\b((?:the\s{1,3})?(?:early|late|mid(?:dle)?|end|beginning|start)(?:\s{1,3}(?:in|of))?)(?:\s{1,3}|-)$/i;
const BOUND = /\b(since|before|after|until|till|by|as of|prior to)\s{1,3}$/i;
/** Chrono keeps "end of" inside its own result ("end of July" -> 31 July); we read it as approximate. */
const INNER_PART = /^((?:the\s{1,3})?end\s{1,3}of)\s{1,3}/i;

export interface DateQualifier {
  start: number;
  qualifier: Qualifier | null;
  qualifierText?: string;
  /** Whether the words make the day meaningless ("end of July" is July, not 31 July). */
  dropDay: boolean;
  /** And the month too: "the end of this year" is this year, not 31 December. */
  dropMonth?: boolean;
}

/**
 * @example qualifierBefore("in early July", 9, "July") // { start: 3, qualifier: "approx", qualifierText: "early", dropDay: false }
 */
export function qualifierBefore(text: string, start: number, spanText: string): DateQualifier {
  const inner = INNER_PART.exec(spanText);
  if (inner) {
    const wholeYear = /\b(?:year|\d{4})$/i.test(spanText);
    return { start, qualifier: "approx", qualifierText: inner[1], dropDay: true, dropMonth: wholeYear };
  }
  const left = text.slice(Math.max(0, start - 30), start);
  const part = PART_OF_PERIOD.exec(left);
  if (part) {
    const words = left.slice(part.index).replace(/[\s-]+$/, "");
    return { start: start - (left.length - part.index), qualifier: "approx", qualifierText: words, dropDay: false };
  }
  const bound = BOUND.exec(left);
  if (bound) return { start: start - bound[0].length, qualifier: null, qualifierText: bound[1], dropDay: false };
  return { start, qualifier: null, dropDay: false };
}
