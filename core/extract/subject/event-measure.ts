import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/event-measures.js";
import { eventDistance } from "./distance-from.js";

/**
 * A measure of an event itself: "a magnitude 6.8 earthquake", "The earthquake, with a magnitude
 * of 6.3", "at a depth of 26km", "winds of 177 km/h", "waves of six meters". Without it the
 * figure is read as a count of the noun after it ("6.8 earthquake struck" -> "struck") or of
 * nothing, and two outlets' magnitudes of one quake are never compared. Cue words are data
 * (data/event-measures.ts).
 */

export interface EventMeasure {
  /** The measured thing, the subject's head: "earthquake", "wind", "wave". */
  head: string;
  /** The dimension: "magnitude", "depth", "speed", "height". */
  measure: string;
  /** Event classes the measure belongs to; the first is the one a story lends. */
  events: readonly string[];
  /** A measure of where the event happened (a distance, a wreck's depth): its own sentence's event is enough to compare it. */
  ownEvent?: boolean;
  span: Span;
}

interface Entry {
  measure: string;
  head: string;
  dimension: string;
  events: string[];
  maxValue?: number;
  before: RegExp;
  after: RegExp;
  sentenceCue?: RegExp;
  decimalAfter?: RegExp;
  ownEvent?: boolean;
}

const ENTRIES: readonly Entry[] = data.measures.map((e) => ({
  ...e,
  before: new RegExp(e.before, "iu"),
  after: new RegExp(e.after, "iu"),
  sentenceCue: "sentenceCue" in e && e.sentenceCue ? new RegExp(e.sentenceCue, "iu") : undefined,
  decimalAfter: "decimalAfter" in e && e.decimalAfter ? new RegExp(e.decimalAfter, "iu") : undefined,
}));

/** A cheap gate: one of the cue stems near the figure, before any pattern runs. */
const GATE = /magnitud|richter|measur|regist|depth|deep|below|underground|underwater|under water|of water|wind|gust|wave|tsunami|swell|surge|quake|tremor|temblor/i;

/**
 * @example eventMeasure("The magnitude 6.8 earthquake struck", sentence, mention68)?.measure // "magnitude"
 */
export function eventMeasure(text: string, sentence: Span, mention: Mention): EventMeasure | null {
  if (mention.kind !== "quantity") return null;
  // "The quake was centred 61 km southwest of Davao": where the event happened, from a named place.
  const distance = eventDistance(text, sentence, mention);
  if (distance) return distance;
  const before = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
  const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 50));
  if (!GATE.test(before) && !GATE.test(after)) return null;
  const dimension = mention.dimension && mention.dimension !== "count" ? mention.dimension : "";
  for (const e of ENTRIES) {
    if (e.dimension !== dimension) continue;
    if (e.maxValue !== undefined && (typeof mention.value !== "number" || mention.value >= e.maxValue)) continue;
    const b = e.before.exec(before);
    const a = b ? null : e.after.exec(after) ?? (e.decimalAfter && /\d\.\d/.test(text.slice(mention.start, mention.end)) ? e.decimalAfter.exec(after) : null);
    if (!b && !a) continue;
    if (e.sentenceCue && !e.sentenceCue.test(text.slice(sentence.start, sentence.end))) continue;
    const span = b ? { start: mention.start - b[0].length, end: mention.start } : { start: mention.end, end: mention.end + a![0].length };
    return { head: e.head, measure: e.measure, events: e.events, span, ...(e.ownEvent ? { ownEvent: true } : {}) };
  }
  return null;
}
