import type { ScopeEntity } from "../../model.js";
import data from "./data/people-status.js";
import { wordAlternation as alt } from "./alternation.js";
import { organisationId } from "./gazetteer.js";
import { MONTHS_AND_DAYS } from "./lexicon.js";
import { NAME, thingOf } from "./named-thing.js";
import type { SubjectStep } from "./reading.js";

/**
 * Whose people a count counts when no disaster owns it: the jobs a company cuts ("Intel is cutting
 * 15,000 jobs", "Intel said on Thursday it would cut ... some 17,500 people") belong to the
 * clause's subject, the last name before the verb of cutting; a workforce, visitors or arrivals
 * counted after a verb of having ("Intel had 124,800 employees", "Lampedusa saw around 35,000
 * migrants arrive") to the name right before that verb. Without it two companies' cuts, or one
 * island's arrivals and another's, would be one count. Nouns and verbs are data
 * (data/people-status.ts 'workforce', 'having').
 */

const WORKFORCE = new Set(data.workforce);
const NAMES = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])${NAME}`, "gu");
const HAVING = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])(${NAME})\s+(?:[\p{Ll}]+ly\s+)?(?:${alt(data.having)})\s+(?:a\s+(?:total|workforce|staff)\s+of\s+)?$`, "u");
/** A capitalised word that opens a sentence or a clause without naming anyone: "In October", "Once", "Earlier". */
const NOT_SUBJECT = /^(?:In|On|At|By|For|From|After|Before|Since|During|Once|Earlier|Later|Last|This|That|These|Those|The|A|An|It|Its|Their|CEO|Chief|President|Chairman)$/;

export const EMPLOYER_STEP: SubjectStep = {
  name: "frame.employer",
  run: (r) => {
    const measure = r.frame.measure?.id ?? "";
    const cut = measure.startsWith("jobs-cut");
    const counted = WORKFORCE.has(r.subject?.head ?? "") || measure.startsWith("arrived");
    if ((!cut && !counted) || r.frame.scope.some((e) => e.kind === "named" || e.kind === "organisation")) return;
    const { text, sentence, mention } = r.input;
    // A round of cuts or of arrivals is an event of its time: one year's cuts, one day's landings are no other's.
    const period = cut || measure.startsWith("arrived") ? periodOf(text.slice(sentence.start, sentence.end), r.input.context?.published, cut) : "";
    if (period === null) return;
    const owner = cut ? clauseSubject(text, sentence.start, r.casualty?.span.start ?? mention.start) : havingSubject(text, sentence.start, mention.start);
    if (!owner || r.frame.scope.some((e) => e.id === owner.id)) return;
    if (period) r.frame.measure = { ...r.frame.measure!, id: `${measure}.${period}` };
    r.frame.scope.unshift(owner);
    r.frame.rules.push("frame.employer");
  },
};

const HOURS = /\b(?:in|within|over)\s+(?:just\s+|the\s+(?:past|last)\s+|less\s+than\s+)?(24|48|72)\s+hours\b/i;
const YEAR_WRITTEN = /\b(?:in|during|since|for)\s+((?:19|20)\d\d)\b/;

/**
 * The period of a count of cuts or arrivals: hours written ("in just 24 hours"), a year written or "last
 * year" (the year before the one published); cuts with none are the year published's; arrivals with none
 * have no period to compare (null).
 */
function periodOf(clause: string, published: string | undefined, cut: boolean): string | null {
  const hours = HOURS.exec(clause);
  if (hours) return `${hours[1]}h`;
  const year = YEAR_WRITTEN.exec(clause)?.[1];
  if (year) return year;
  const told = published ? Number(published.slice(0, 4)) : NaN;
  if (/\blast\s+year\b/i.test(clause) && told) return String(told - 1);
  return cut && told ? String(told) : null;
}

/** The last name before `at` in the sentence that can be a clause's subject: no day, month or opening word. */
export function clauseSubject(text: string, sentenceStart: number, at: number): ScopeEntity | null {
  const stretch = text.slice(sentenceStart, at);
  let found: ScopeEntity | null = null;
  for (const hit of stretch.matchAll(NAMES)) {
    const words = hit[0].split(/\s+/).filter((w) => !NOT_SUBJECT.test(w) && !MONTHS_AND_DAYS.has(w.toLowerCase()));
    // "Chipmaker Intel" opening the sentence: a capitalised common noun before the name.
    const name = hit.index === 0 && words.length > 1 && !organisationId(words.join(" ")) ? words.slice(1) : words;
    const entity = name.length > 0 && /^\p{Lu}/u.test(name[0]!) ? entityOf(name.join(" ")) : null;
    if (entity) found = entity;
  }
  return found;
}

/** "Intel had 124,800 employees": the name right before a verb of having, right before the count. */
function havingSubject(text: string, sentenceStart: number, at: number): ScopeEntity | null {
  const hit = HAVING.exec(text.slice(Math.max(sentenceStart, at - 100), at));
  const words = hit ? hit[1]!.split(/\s+/).filter((w) => !NOT_SUBJECT.test(w) && !MONTHS_AND_DAYS.has(w.toLowerCase())) : [];
  return words.length > 0 ? entityOf(words.join(" ")) : null;
}

function entityOf(name: string): ScopeEntity | null {
  const org = organisationId(name);
  return org ? { kind: "organisation", id: org, text: name } : thingOf(name.replace(/['’]s$/, ""));
}
