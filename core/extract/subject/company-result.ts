import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/company-results.js";
import { wordAlternation as alt } from "./alternation.js";
import { clauseSubject } from "./employer.js";
import type { NamedMeasure } from "./named-measure.js";
import { type SubjectStep, takeNamed } from "./reading.js";

/**
 * A company's result for a period: "Intel reported revenue of 12.8 billion dollars for the second
 * quarter ... and a net loss of 1.6 billion dollars" is Intel's revenue and net loss of that quarter
 * ("revenue.q2-2024", "loss.q2-2024"), the company the clause's subject. A result with no period
 * written, or no company, is nothing to compare: revenue of one quarter is no other's.
 */

const NOUN_BEFORE = new RegExp(String.raw`\b(${alt(Object.keys(data.nouns))})\s+(?:${alt(data.linking)})\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$`, "i");
const NOUN_AFTER = new RegExp(String.raw`^\s+in\s+(${alt(Object.keys(data.nouns))})\b`, "i");
const ORDINAL: Record<string, string> = { first: "1", second: "2", third: "3", fourth: "4", "1st": "1", "2nd": "2", "3rd": "3", "4th": "4" };
const QUARTER = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b|\bQ([1-4])\b/i;
const YEAR = /\b(?:fiscal\s+(?:year\s+)?|FY\s?)?((?:19|20)\d\d)\b/;
const FULL_YEAR = /\b(?:full[\s-]year|annual|for\s+(?:the\s+)?(?:fiscal\s+)?year|in\s+(?:fiscal\s+)?(?:19|20)\d\d)\b/i;

export function companyResult(text: string, sentence: Span, m: Mention, published: string | undefined): NamedMeasure | null {
  // "revenue of 12.8 billion dollars ..., down 1 percent": the level a change reached is the result too.
  if (m.dimension !== "money" || (m.change && m.change.role !== "to")) return null;
  const before = NOUN_BEFORE.exec(text.slice(Math.max(sentence.start, m.start - 50), m.start));
  const after = before ? null : NOUN_AFTER.exec(text.slice(m.end, Math.min(sentence.end, m.end + 30)));
  const noun = (before ?? after)?.[1];
  if (!noun) return null;
  const clause = text.slice(sentence.start, sentence.end);
  const period = periodOf(clause, published);
  const nounAt = before ? m.start - before[0].length : m.start;
  const owner = period ? clauseSubject(text, sentence.start, nounAt) : null;
  if (!period || !owner) return null;
  return { cls: `${data.nouns[noun.toLowerCase().replace(/\s+/g, " ")]!}.${period}`, words: noun, thing: owner, span: { start: nounAt, end: nounAt + noun.length } };
}

/** "q2-2024" for "the second quarter" (of the year published, or of the year before for a fourth quarter told in its first months), "2023" for a full year written. */
function periodOf(clause: string, published: string | undefined): string | null {
  const quarter = QUARTER.exec(clause);
  const year = YEAR.exec(clause)?.[1];
  if (quarter) {
    const q = quarter[2] ?? ORDINAL[quarter[1]!.toLowerCase()]!;
    const told = published ? Number(published.slice(0, 4)) - (q === "4" && Number(published.slice(5, 7)) <= 3 ? 1 : 0) : undefined;
    const y = year ?? (told ? String(told) : undefined);
    return y ? `q${q}-${y}` : null;
  }
  return year && FULL_YEAR.test(clause) ? year : null;
}

/** The step: a company's result, when no other reading made the sum a measure of a named thing. */
export const COMPANY_RESULT_STEP: SubjectStep = {
  name: "subject.company-result",
  run: (r) => {
    if (r.named || r.head) return;
    const { text, sentence, mention, context } = r.input;
    const result = companyResult(text, sentence, mention, context?.published);
    if (!result) return;
    takeNamed(r, result, result.cls, "subject.company-result");
  },
};
