import firsts from "./data/firsts.js";
import { slugOf } from "./frame-scope.js";
import { buildSubject } from "./key.js";
import { isPersonName } from "./person-name.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { wordAlternation } from "./alternation.js";
import { cueFamily, mayHold } from "./date-cues.js";

/**
 * Dates of a first: "On July 20, 1969, Neil Armstrong made history by becoming the first man to
 * set foot on the moon", "Neil Armstrong became the first man to step on the moon on July 21,
 * 1969", "Junko Tabei becomes the first woman to reach the summit of Mt. Everest". A first is
 * once-only, so two dates for it conflict. The claim: measure "date.first", event "first-<deed>"
 * (with who, when it narrows the first: "first-woman-summit"), scope the person and the object.
 * Deeds are data (data/firsts.ts).
 */

const MILESTONES = new Map<string, string>(Object.entries(firsts.milestones));
const GENERAL = new Set<string>(firsts.general);
const DEED = wordAlternation(MILESTONES.keys());
const FIRST = new RegExp(String.raw`\bfirst\s+((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+)\s+to\s+(${DEED})\s+(?:the\s+)?((?:Mt\.?|Mount)\s+)?([\p{L}-]+)`, "iu");
/** "Neil Armstrong's first steps on the moon". */
const FIRST_OWN = new RegExp(String.raw`\bfirst\s+(steps?\s+on|landing\s+on)\s+(?:the\s+)?([\p{L}-]+)`, "iu");
/** What every first needs, as a cue word of the date's window (date-cues.ts). */
const CUE = cueFamily(["first"]);
/** And what FIRST or FIRST_OWN needs after it: a deed, or "steps on", "landing on" ("first" is a common word; the deeds are not). */
const DEED_CUE = cueFamily([...MILESTONES.keys(), "step on", "landing on"]);
/** What stands right before a date that follows the deed: "... on the moon on July 21, 1969". */
const ON_BEFORE = /\s(?:on|in)\s+$/i;
const NAME = /(?:^|[\s,(])(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})/gu;

/** @example firstDate(input)?.subject.frame?.event?.id // "first-walk-on" */
export function firstDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!mayHold(input, CUE) || !mayHold(input, DEED_CUE)) return null;
  const clause = text.slice(sentence.start, sentence.end);
  if (!/\bfirst\b/i.test(clause)) return null;
  const at = mention.start - sentence.start;
  const opens = /^\s*(?:on\s+)?$/i.test(clause.slice(0, at)) && /^\s*,/.test(clause.slice(at + mention.end - mention.start));
  // A date that neither opens the sentence nor follows "on" or "in" is no first's (below): the deeds are not looked for.
  if (!opens && !ON_BEFORE.test(clause.slice(0, at))) return null;
  const m = FIRST.exec(clause);
  const own = m ? null : FIRST_OWN.exec(clause);
  const found = m ?? own;
  if (!found) return null;
  const end = found.index + found[0].length;
  // The date opens the sentence, or comes right after the deed ("... on the moon on July 21, 1969").
  if (!opens && !(at >= end && /^\s+(?:on|in)\s+$/i.test(clause.slice(end, at)))) return null;
  const who = m ? `${m[1]!.trim()} ${m[2]!}`.trim().toLowerCase().split(/\s+/).filter((w) => !GENERAL.has(w)).join("-") : "";
  const deed = m ? MILESTONES.get(m[3]!.toLowerCase().replace(/\s+/g, " "))! : /landing/i.test(own![1]!) ? "land-on" : "walk-on";
  const object = slugOf(m ? m[5]! : own![2]!);
  // The person: the first name in the sentence before the first, past the opening date.
  const before = clause.slice(opens ? at + mention.end - mention.start : 0, found.index).replace(/['’]s\s*$/, "");
  let person: string | undefined;
  for (const n of before.matchAll(NAME)) {
    const name = n[1]!.replace(/['’]s$/, "");
    if (isPersonName(name, text)) { person = name; break; }
  }
  if (!person) return null;
  const id = `first-${who ? `${who}-` : ""}${deed}`;
  const subject = buildSubject({ text: found[0], head: id, measure: "date", event: slugOf(person) });
  subject.frame = {
    measure: { id: "date.first", text: found[0] },
    scope: [{ kind: "named", id: slugOf(person), text: person }, { kind: "named", id: object, text: m ? m[5]! : own![2]! }],
    event: { id, text: found[0] },
    rules: ["subject.first-date"],
  };
  return { subject, rules: ["subject.first-date"] };
}
