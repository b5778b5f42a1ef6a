import type { Frame, ScopeEntity } from "../../model.js";
import phases from "./data/date-phases.js";
import { buildSubject } from "./key.js";
import type { SubjectReading } from "./reading.js";

/**
 * The grammar a made thing's phase shares across its readers (date-thing.ts: the thing as the
 * subject of its phase; thing-acts.ts: an act on the thing, a participle opener): what may stand
 * between a phase verb and its date, what may open a sentence before a date, when a verb is a
 * plan, and the reading a phase gives.
 */

const PLANNED = new Set(phases.planned);
/** Between the verb and the date: "to traffic" is in the verb; a place, a time of day, "early", "on". */
export const TO_DATE = /^(?:\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,5}(?:\p{Lu}[\p{L}’'.-]*))?(?:\s+(?:in|at|near|off|over|into|on|across|along)\s+(?:the\s+)?(?:coast\s+of\s+)?(?:(?:north|south|east|west|north-east|north-west|south-east|south-west)ern\s+|central\s+)?\p{Lu}[\p{L}’'.-]*(?:,?\s+(?:of\s+)?(?:the\s+)?\p{Lu}[\p{L}’'.-]*){0,4},?)?(?:,?\s+(?:at\s+)?(?:about\s+|around\s+|approximately\s+|shortly\s+(?:after|before)\s+|just\s+(?:after|before)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|AM|PM)?(?:\s+local\s+time)?,?)?\s*(?:(?:in\s+the\s+)?(?:early|late)(?:\s+(?:hours|morning|evening)\s+of)?|on|in|during|at|the)?\s*(?:the\s+)?$/u;
/** What may open a sentence before its date: "On", "On the night of", "Early on". */
export const OPENER = /^\s*(?:(?:early|late|Early|Late)\s+)?(?:[Oo]n|[Ii]n)?\s*(?:the\s+(?:(?:early|late|small|wee)\s+)?(?:night|morning|evening|afternoon|hours)\s+of\s+)?$/u;

/** Words of a verb's auxiliary chain that change nothing: "was", "has been", "finally". */
const AUX = new Set(["was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "also", "finally", "eventually", "reportedly", "only", "first", "then", "later", "originally", "initially", "once"]);

/** "will be opened", "is expected to be completed", "was due to be inaugurated": a plan, not a date it happened. */
export function planned(text: string, from: number, verbAt: number, until = false): boolean {
  const words = text.slice(Math.max(from, verbAt - 60), verbAt).toLowerCase().match(/[a-z’']+/g) ?? [];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    // "was not completed until 1935": done then, not left undone.
    if (until && (w === "not" || w.endsWith("n’t") || w.endsWith("n't"))) continue;
    if (PLANNED.has(w) || w.endsWith("n’t") || w.endsWith("n't")) return true;
    if (!AUX.has(w)) return false;
  }
  return false;
}

/** A verb phrase as the phase data writes it: lowercase, single spaces. */
export const norm = (words: string) => words.toLowerCase().replace(/\s+/g, " ");

/** The claim subject of a phase of a thing: date.<phase>, or date.occurred with the happening as its event. */
export function phaseReading(named: ScopeEntity, said: string, phase: string, rule: string): SubjectReading {
  const thing = named.kind === "named" ? { ...named, id: foldedId(named.id) } : named;
  const happening = phase.startsWith("occurred:") ? phase.slice("occurred:".length) : undefined;
  const measure = happening ? "date.occurred" : `date.${phase}`;
  const subject = buildSubject({ text: `${thing.text} ${said}`, head: happening ?? phase, measure: "date", event: thing.id });
  const frame: Frame = { measure: { id: measure, text: said }, scope: [thing], rules: [rule] };
  // The event as its class ("collapse"), so an explanation reads "in the collapse", not the verb again.
  if (happening) frame.event = { id: happening, text: happening };
  subject.frame = frame;
  return { subject, rules: [rule] };
}

const SPELLINGS = new Map(Object.entries(phases.spellings));

/**
 * One id for a name outlets spell two ways: without its diacritics ("Pelješac" / "Peljesac",
 * "Çanakkale" / "Canakkale") and with one spelling of a word ("Lakhta Centre" / "Lakhta Center"),
 * so two dates of the thing meet under one name (the claim index files dates under each word).
 * @example foldedId("pelješac-bridge") // "peljesac-bridge"
 */
export function foldedId(id: string): string {
  return id.normalize("NFD").replace(/\p{M}/gu, "").split("-").map((w) => SPELLINGS.get(w) ?? w).join("-");
}
