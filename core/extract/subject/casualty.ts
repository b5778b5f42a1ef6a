import type { Span } from "../span.js";
import { CASUALTY } from "./lexicon.js";
import type { NounPhrase } from "./noun-phrase.js";
import { lastWordsIn } from "./words.js";

/** Which casualty a count reports ("killed", "injured"), and from which verb or noun: the measure side of a toll. */

const PASSIVE = /^(?:\s+(?:have|has|had|were|was|are|is|been|being|be|reportedly|already|all|also|now|confirmed|officially|internally|critically|seriously|severely|slightly|fatally|badly|(?:reported|feared|believed|thought|said|known|presumed|understood|confirmed)\s+to))*\s+([a-z]+)/i;
/** "87 others suffered injuries", "sustained serious wounds": an injury told by a noun after its verb. */
const SUFFERED = /^\s+(?:have\s+|has\s+|had\s+)?(?:suffered|sustained|received)\s+(?:[a-z-]+\s+){0,2}?(?:injuries|wounds|burns)\b/i;
/** ", including three children," between a count and its verb: "At least eight people, including three children have been confirmed dead". */
const APPOSITIVE = /^,\s+including\s[^,.;:()]{1,40}?,?(?=\s+(?:have|has|had|were|was|are|is)\b)/i;

/** "those killed included 10 Marines, two Army soldiers and": a count listed among the casualties. */
const LISTED_AMONG = /\b(killed|dead|injured|wounded|hurt)\s+(?:include|included|includes|were)\s+(?:(?:at least|about|some)\s+)?(?:[^,;:.()]{1,40},\s+){0,4}(?:[^,;:.()]{1,40}?\s+)?(?:and\s+)?$/i;
/** ", one Navy medic and an Army soldier": the further items of a list of counts, before the list's verb. */
const LIST_ITEM = /^(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*)(?:\s+(?!(?:and|or|were|was|are|is|have|has|had|been|all|perished|died|killed|injured|wounded|hurt|dead)\b)[\p{L}.'’-]+){1,3}/iu;

/**
 * The casualty kind a count reports, from a verb before it ("killed six people"), its own noun
 * ("81 injured") or a verb after it ("1,300 civilians have been killed"), with the verb's span.
 * @example casualtyKind("that killed six people", 12, 15, null)?.kind // "killed"
 */
export function casualtyKind(text: string, mentionStart: number, mentionEnd: number, phrase: NounPhrase | null): { kind: string; span: Span } | null {
  const verbBefore = lastWordsIn(text, Math.max(0, mentionStart - 30), mentionStart, 1)[0];
  if (verbBefore && /^\s*$/.test(text.slice(verbBefore.end, mentionStart))) {
    const kind = CASUALTY[verbBefore.lower];
    if (kind && !/^(?:dead|death|deaths|casualty|casualties|injuries|missing|homeless)$/.test(verbBefore.lower)) return { kind, span: verbBefore };
  }
  for (const word of phrase?.words ?? []) {
    const own = CASUALTY[word.lower];
    if (own) return { kind: own, span: word };
  }
  // "including three children have been confirmed dead": the verb belongs to the count before.
  if (/\bincluding\s+$/i.test(text.slice(Math.max(0, mentionStart - 12), mentionStart))) return null;
  const end = phrase ? phrase.end : mentionEnd;
  const from = end + (APPOSITIVE.exec(text.slice(end, end + 60))?.[0].length ?? 0);
  return verbAfter(text, from) ?? listedCasualty(text, mentionStart, end);
}

/** A casualty verb right after `from`: "have been killed". */
function verbAfter(text: string, from: number): { kind: string; span: Span } | null {
  const suffered = SUFFERED.exec(text.slice(from, from + 60));
  if (suffered) return { kind: "injured", span: { start: from, end: from + suffered[0].length } };
  const verb = PASSIVE.exec(text.slice(from, from + 60));
  const kind = verb ? CASUALTY[verb[1]!.toLowerCase()] : undefined;
  return verb && kind ? { kind, span: { start: from, end: from + verb[0].length } } : null;
}

/**
 * A count in a list of casualties: "those killed included 10 Marines, two Army soldiers and a
 * Navy corpsman", "11 Marines, one Navy medic and an Army soldier perished in the explosion".
 */
function listedCasualty(text: string, mentionStart: number, end: number): { kind: string; span: Span } | null {
  const lead = text.slice(Math.max(0, mentionStart - 160), mentionStart);
  const among = /killed|dead|injured|wounded|hurt/i.test(lead) ? LISTED_AMONG.exec(lead) : null;
  if (among) {
    const at = mentionStart - lead.length + among.index;
    return { kind: CASUALTY[among[1]!.toLowerCase()]!, span: { start: at, end: at + among[1]!.length } };
  }
  let at = end;
  for (let n = 0; n < 5; n++) {
    const item = LIST_ITEM.exec(text.slice(at, at + 60));
    if (!item) break;
    at += item[0].length;
  }
  return at > end ? verbAfter(text, at) : null;
}
