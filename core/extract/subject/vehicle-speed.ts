import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { wordAlternation as alt } from "./alternation.js";
import type { NamedMeasure } from "./named-measure.js";

/**
 * A vehicle's speed at the moment of an accident: "the passenger train, traveling at 80 km/h,
 * collided with a stationary goods train", "the bus was travelling at a speed of 90 km/h when it
 * overturned", "the ferry, sailing at 12 knots, struck". Crash reports give it in these shapes in
 * many outlets, and two outlets' figures for one crash are one measure: the speed of the story's
 * train (bus, ship, plane) when it happened. The vehicle is a class ("train", "bus", "truck",
 * "car", "vessel", "aircraft"), not a name, so the figure is tied to its story by the story's
 * names (named-measure.ts lends them), never to another crash's. A design or top speed ("can run
 * at", "a top speed of"), a speed limit, or two speeds of one class in one article (two trains
 * moving: which is which?) give nothing.
 */

const VEHICLES = Object.keys(data.vehicles);
/** The cue right before the figure: "travelling at", "running at a speed of", "at a speed of". */
const CUE = /\b(?:(?:travel(?:l)?ing|running|moving|going|speeding|driving|sailing|flying|cruising|was\s+doing|was\s+going|was\s+running|was\s+moving|was\s+travel(?:l)?ing|had\s+been\s+travel(?:l)?ing)\s+(?:at\s+)?(?:(?:a|an)\s+(?:estimated\s+|reported\s+)?speed\s+of\s+|speeds?\s+of\s+)?|at\s+(?:a|an)\s+(?:estimated\s+|reported\s+|high\s+)?speed\s+of\s+)(?:(?:about|around|nearly|almost|some|over|more\s+than|roughly|approximately|close\s+to)\s+)?$/i;
/** Words before the figure that make it no speed at an accident: a limit, a design or top speed, an average. */
const NOT_EVENT = /\b(?:limit|top\s+speed|maximum|max|designed|design\s+speed|can|could|will|would|capable|average|permitted|allowed|restriction|zone)\b/i;
/** Right after the figure: a difference from a limit ("80 km/h above the limit"), or a limit itself ("in a 30 mph zone"). */
const DIFFERENCE_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?(?:above|over|below|under|faster|slower|more|less|beyond|in\s+excess|zone|limit)\b/i;
/** Words of the sentence that tell the accident: the speed was the vehicle's when it happened. */
const EVENT = /\b(?:collid\w*|collision|crash\w*|derail\w*|rammed|hit|struck|overturn\w*|toppl\w*|plung\w*|skidd?\w*|veer\w*|capsiz\w*|sank|ran\s+aground|slammed|lost\s+control|accident|impact|when|before\s+(?:it|the)|at\s+the\s+time)\b/i;
/** A year in the sentence: another accident told as background ("In 2015, a train ... was traveling at"). */
const OTHER_YEAR = /\b(?:in|since|of)\s+(?:19|20)\d\d\b|\b(?:another|previous|earlier|similar)\b/i;
const VEHICLE = new RegExp(String.raw`\b(${alt(VEHICLES)})s?\b`, "gi");
const SPEED_FIGURE = /\d[\d,.]*\s*(?:km\/h|kmph|kph|km\s+per\s+hour|kilomet(?:re|er)s?\s+(?:per|an)\s+hour|mph|miles\s+(?:per|an)\s+hour|knots)\b/gi;

/**
 * The speed of the story's vehicle at its accident, as the class "speed.<vehicle>", or null.
 * @example vehicleSpeed("However, the train, travelling at 75 km/h, entered the loop line and collided with a goods train.", sentence, mentionOf("75 km/h"))?.cls // "speed.train"
 */
export function vehicleSpeed(text: string, sentence: Span, m: Mention): NamedMeasure | null {
  if (m.dimension !== "speed" || m.change) return null;
  const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
  if (!CUE.test(before) || NOT_EVENT.test(before.slice(-40))) return null;
  const clause = text.slice(sentence.start, sentence.end);
  if (DIFFERENCE_AFTER.test(text.slice(m.end, Math.min(sentence.end, m.end + 50))) || !EVENT.test(clause) || OTHER_YEAR.test(clause)) return null;
  // The vehicle is the last one named before the figure ("the passenger train, traveling at").
  const named = [...text.slice(sentence.start, m.start).matchAll(VEHICLE)].at(-1);
  if (!named) return null;
  const cls = data.vehicles[named[1]!.toLowerCase()]!;
  if (otherSpeed(text, m, cls)) return null;
  const start = sentence.start + named.index!;
  return { cls: `speed.${cls}`, words: named[0], thing: { kind: "named", id: cls, text: `the ${cls}` }, span: { start, end: start + named[0].length }, story: true };
}

/** Another speed of a vehicle of the same class told in the article at another value: which vehicle each is, the frame cannot tell. */
function otherSpeed(text: string, m: Mention, cls: string): boolean {
  const own = kmh(text.slice(m.start, m.end));
  for (const hit of text.matchAll(SPEED_FIGURE)) {
    if (hit.index! >= m.start - 1 && hit.index! <= m.end) continue;
    const before = text.slice(Math.max(0, hit.index! - 120), hit.index!);
    const vehicle = [...before.matchAll(VEHICLE)].at(-1)?.[1]?.toLowerCase();
    // "80mph (around 128km per hour)": a conversion of the same speed is no other one.
    const value = kmh(hit[0]);
    if (vehicle && data.vehicles[vehicle] === cls && CUE.test(before) && own !== null && value !== null && Math.abs(value - own) > own * 0.03) return true;
  }
  return false;
}

/** A written speed in km/h (miles and knots converted), or null. */
function kmh(written: string): number | null {
  const hit = /(\d[\d,]*(?:\.\d+)?)\s*(\S*)/.exec(written);
  if (!hit) return null;
  const value = Number(hit[1]!.replace(/,/g, ""));
  return /^(?:mph|miles)/i.test(hit[2]!) ? value * 1.609 : /^knots/i.test(hit[2]!) ? value * 1.852 : value;
}
