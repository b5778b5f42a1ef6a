import type { ScopeEntity } from "../../model.js";
import phases from "./data/date-phases.js";
import events from "./data/events.js";
import { placeEntity } from "./frame-scope.js";
import { thingOf } from "./named-thing.js";
import { gazetteerPlace, placeOfDemonym } from "./gazetteer.js";
import { buildSubject } from "./key.js";
import { classOfEvent, EVENT_VERBS, MONTHS_AND_DAYS } from "./lexicon.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { wordAlternation } from "./alternation.js";
import { isCapitalized, wordsIn } from "./words.js";
import { lastMatch } from "../last-match.js";
import { cueFamily, mayHold } from "./date-cues.js";

/**
 * The day a vehicle's happening is told by a verb with the vehicle as its subject: "A charter
 * airplane with more than 80 people on board, including players from the Brazilian soccer team
 * Chapecoense, crashed near Rionegro, Colombia, outside Medellin, on Monday, November 28"; "an
 * aircraft crashed late 28 November 2016 with 81 people on board". The measure is date.occurred
 * with the verb's event class (events.ts 'verbs'), so it meets the same happening told by a noun.
 * Who or what the vehicle carried, by name ("Chapecoense"), is the event's anchor: a crash is
 * known by its victims more than by its town, and a town sees many crashes.
 */

const CARRIER = new RegExp(String.raw`\b(?:${wordAlternation(phases.carriers)})s?\b`, "i");
const VERB = new RegExp(String.raw`\b(?:${Object.keys(events.verbs).join("|")})\b`, "gi");
/** The verbs, as cue words of the date's window (date-cues.ts). */
const CUE = cueFamily(Object.keys(events.verbs));
/** Where the verb's clause starts: a stop, or a word opening another clause. */
const CLAUSE_BREAK = /(?:[;:(]|\b(?:when|after|as|while|because|before|until|since|and|but|which|who|that)\b)(?=[^;:(]*$)/gi;
/** Between the verb and the date: where and at what time ("near Rionegro, Colombia, outside Medellin,", "around 10 p.m."), then "on" ("on the morning of"), or "around" when the date read starts with its hour ("crashed around [10 p.m. on Monday, Nov. 28]"). */
const PLACE_OR_TIME = /^(?:,?\s+(?:near|in|outside|off|over|into|onto|at|around|about|shortly\s+(?:after|before))\s+[^,;:()]{1,50}?(?:,\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})*){0,3},?\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:(?:at|around|about)\s+)?$/u;
/** Words between verb and date that tell something else happened or was said then. */
const OTHER_ACT = /\b(?:said|says|told|reported|announced|confirmed|killing|leaving|when|after|before|since|until|while|and|but|was|were|is|are|rose|reached)\b/i;
/** A plan, a fear or a denial is no happening: "could have crashed", "nearly sank", "did not crash". */
const NOT_HAPPENED = /\b(?:will|would|could|might|may|nearly|almost|not|never|feared|expected|to)\s+(?:have\s+)?$/i;

/** @example carrierDate(input)?.subject.frame?.event?.id // "crash" for "A plane carrying the Chapecoense team has crashed on 29 November 2016" */
export function carrierDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!mayHold(input, CUE)) return null;
  const from = Math.max(sentence.start, mention.start - 240);
  const stretch = text.slice(from, mention.start);
  const verb = lastMatch(VERB, stretch);
  if (!verb) return null;
  const between = stretch.slice(verb.index + verb[0].length);
  if (between.length > 90 || !PLACE_OR_TIME.test(between) || OTHER_ACT.test(between)) return null;
  let clauseFrom = 0;
  CLAUSE_BREAK.lastIndex = 0;
  const head = stretch.slice(0, verb.index);
  for (let m = CLAUSE_BREAK.exec(head); m; m = CLAUSE_BREAK.exec(head)) clauseFrom = m.index + m[0].length;
  const subject = head.slice(clauseFrom);
  const carrier = CARRIER.exec(subject);
  if (!carrier || NOT_HAPPENED.test(subject.replace(/\s+(?:has|had|have)\s*$/i, " "))) return null;
  const kind = EVENT_VERBS[verb[0].toLowerCase()]!;
  const eventId = classOfEvent(kind);
  // Names the vehicle's phrase gives, and those after the date in its clause ("with 81 people on board, including players of ... Chapecoense").
  const tail = /^[^;:.]*/.exec(text.slice(mention.end, sentence.end))![0];
  const scope: ScopeEntity[] = [...carried(text, from + clauseFrom, from + verb.index), ...carried(text, mention.end, mention.end + tail.length)];
  const where = /^,?\s+(?:near|in|outside|off|at)\s+(?:the\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})/u.exec(between)?.[1];
  const place = where ? gazetteerPlace(where) : null;
  if (place) scope.push(placeEntity(place, where!, text, sentence));
  // The subject's words: the vehicle and its verb, with what it carried by name ("plane crashed (Chapecoense)").
  const names = scope.filter((e) => e.kind === "named").map((e) => e.text);
  const said = `${carrier[0].toLowerCase()} ${verb[0]}${names.length ? ` (${names.join(", ")})` : ""}`;
  const built = buildSubject({ text: said, head: kind, measure: "date", ...(place ? { place } : {}) });
  const unique = scope.filter((e, i) => scope.findIndex((o) => o.id === e.id) === i);
  built.frame = { measure: { id: "date.occurred", text: verb[0] }, scope: unique, event: { id: eventId, text: verb[0], ...(place ? { place } : {}) }, rules: ["subject.carrier-date"] };
  return { subject: built, rules: ["subject.carrier-date"] };
}

/** Names in text[from, to) that are no place, people, month or sentence word: "Chapecoense", "Kobe Bryant". */
function carried(text: string, from: number, to: number): ScopeEntity[] {
  const found: ScopeEntity[] = [];
  const words = wordsIn(text, from, to);
  for (let k = 0; k < words.length; k++) {
    if (!isCapitalized(words[k]!) || (k === 0 && /^\s*$/.test(text.slice(from, words[0]!.start)))) continue;
    const run = [words[k]!];
    while (k + 1 < words.length && isCapitalized(words[k + 1]!) && /^\s+$/.test(text.slice(words[k]!.end, words[k + 1]!.start))) run.push(words[++k]!);
    const name = run.map((w) => w.text).join(" ");
    if (run.some((w) => MONTHS_AND_DAYS.has(w.lower)) || gazetteerPlace(name) || placeOfDemonym(name)) continue;
    if (run.length === 1 && /^(?:A|An|The|It|He|She|They|This|That|His|Her|Their|Its)$/.test(name)) continue;
    // As a named thing's id ("MV Sewol" is the Sewol), so the vessel's own name meets its other dates.
    const thing = thingOf(name);
    if (thing?.kind === "named") found.push({ ...thing, text: name });
  }
  return found;
}
