import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import { structureOf, type SubjectContext } from "./context.js";
import { CASUALTY } from "./lexicon.js";
import { lineIndexAt } from "./structure.js";
import { readNounPhrase, type NounPhrase } from "./noun-phrase.js";
import { singular, wordsIn } from "./words.js";

/**
 * Two ways a text names what a figure counts before the figure, without a noun after it:
 * - "the number of X now tops N", "X now number N": the counted thing is X;
 * - a label line, "Deaths: Seven directly due to fire", "Homes destroyed: At least 1,700":
 *   the label is what the first figure after the colon counts.
 */

const QUALIFIER = String.raw`(?:(?:about|around|some|nearly|almost|roughly|over|more than|less than|up to|at least|only|just|an estimated|approximately)\s+)?`;
const ADVERBS = String.raw`(?:(?:now|currently|already|still|reportedly|officially|has|have|had|is|are|was|were|since)\s+)*`;
const LEVEL_VERBS = String.raw`tops?|topped|reached|reaches|rose to|rises to|risen to|stands? at|stood at|is|was|are|were|exceeds?|exceeded|hit|hits|passed|passes|surpassed|surpasses|climbed to|jumped to|totals?|totalled|totaled|grew to|fell to|dropped to|increased to|decreased to|numbers?|numbered`;
/** "the (total) number of X ..." where X is up to eight words. */
const NUMBER_OF = new RegExp(String.raw`\b(?:total\s+)?number\s+of\s+((?:[\p{L}’'-]+\s+){1,8}?)${ADVERBS}(?:(?:${LEVEL_VERBS})\s+)?${QUALIFIER}$`, "iu");
/** "X now number N": a plural noun phrase, then "number(s)/total(s)". */
const NOW_NUMBER = new RegExp(String.raw`(?:^|[,;:(]\s*|\b(?:the|some|about|and|while|where|as)\s+)((?:[\p{L}’'-]+\s+){1,8}?)${ADVERBS}(?:numbers?|numbered|totals?|totalled|totaled)\s+${QUALIFIER}$`, "iu");
const LEVEL_AT_START = new RegExp(String.raw`^(?:${LEVEL_VERBS})\s`, "i");

export interface CountedPhrase extends Span {
  phrase: NounPhrase;
}

/**
 * The thing counted in "the number of X now tops N" or "X now number N", or null.
 * @example numberOfPhrase("The number of refugees now tops 3 million", sentence, tops)?.phrase.head.text // "refugees"
 */
export function numberOfPhrase(text: string, sentence: Span, mention: Mention): CountedPhrase | null {
  const from = Math.max(sentence.start, mention.start - 160);
  let before = text.slice(from, mention.start);
  if (!/number|total/i.test(before)) return null;
  // The qualifier step may have taken the verb into the claim ("tops 3 million").
  if (LEVEL_AT_START.test(text.slice(mention.start, mention.end))) before += "is ";
  const m = NUMBER_OF.exec(before) ?? NOW_NUMBER.exec(before);
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  const phrase = readNounPhrase(text, start, start + m[1]!.length);
  if (!phrase) return null;
  return { phrase, start: phrase.start, end: Math.min(mention.start, start + m[1]!.trimEnd().length) };
}

const LABEL = /^\s*(?:[•·▪*–-]\s+)?([\p{Lu}][\p{L} ’'/-]{1,40}):\s+((?:at least|about|around|some|nearly|almost|more than|over|an estimated|up to|roughly)\s+)?$/iu;

/**
 * The head a label line gives its first figure, or null.
 * @example labelHead("Deaths: Seven directly due to fire", seven)?.head // "killed"
 */
export function labelHead(text: string, mention: Mention): { head: string; span: Span } | null {
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  if (mention.start - lineStart > 60) return null;
  const m = LABEL.exec(text.slice(lineStart, mention.start));
  if (!m) return null;
  const words = wordsIn(text, lineStart, lineStart + m[0].indexOf(":"));
  if (words.length === 0 || words.length > 4) return null;
  // "Homes destroyed": the noun, not the participle after it.
  const noun = words.find((w) => !/ed$/.test(w.lower)) ?? words[0]!;
  const head = CASUALTY[noun.lower] ?? CASUALTY[words[words.length - 1]!.lower] ?? singular(noun.text);
  return { head, span: { start: words[0]!.start, end: words[words.length - 1]!.end } };
}

/**
 * The column header over a table cell: in "State | Candidate | Vote" over "Alaska | Dan
 * Sullivan | 54%", the 54% is a vote. The header is the first row of the run of rows.
 * @example tableCellHead(context, percent54)?.head // "vote"
 */
export function tableCellHead(context: SubjectContext, mention: Mention): { head: string; span: Span } | null {
  if (!context.text.includes("|") && !context.text.includes("\t")) return null;
  const structure = structureOf(context);
  const at = lineIndexAt(structure, mention.start);
  const lines = structure.lines;
  if (lines[at]?.kind !== "row") return null;
  let top = at;
  while (top > 0 && lines[top - 1]!.kind === "row") top--;
  if (top === at) return null;
  const cells = (line: { start: number; end: number }, to = line.end) => context.text.slice(line.start, to).replace(/^\s*\|/, "").split(/\t|\|/);
  const index = cells(lines[at]!, mention.start).length - 1;
  const header = cells(lines[top]!)[index]?.trim();
  if (!header || /\d/.test(header) || header.length > 40) return null;
  const words = wordsIn(header, 0, header.length);
  const last = words[words.length - 1];
  if (!last) return null;
  const start = lines[top]!.start + context.text.slice(lines[top]!.start, lines[top]!.end).indexOf(header);
  return { head: CASUALTY[last.lower] ?? singular(last.text), span: { start, end: start + header.length } };
}
