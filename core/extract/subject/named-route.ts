import type { ScopeEntity } from "../../model.js";
import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import { buildSubject } from "./key.js";
import { gazetteerPlace } from "./gazetteer.js";
import { slugOf } from "./frame-scope.js";
import { NAME } from "./named-thing.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { thingOf } from "./named-thing.js";

/**
 * Measures of a named route: the travel time or the distance between two named places ("the
 * travel time between Hong Kong and Zhuhai from three hours to 30 minutes", "the journey between
 * Shanghai and Nantong now takes one hour", "the distance between Beijing and Guangzhou is 2,298
 * km"). The route is one named thing whatever the order of its ends (`route:beijing~guangzhou`),
 * so two outlets' figures for it meet; a travel time before and after a new link are told apart
 * by the change they are written as ("from three hours to 30 minutes": levels before and after).
 * A sentence naming two ways of travelling ("by train ... by car") gives nothing: their times differ.
 */

const ROUTE = new RegExp(String.raw`\b(?:between\s+(?:the\s+)?(${NAME})\s+and\s+(?:the\s+)?(${NAME})|from\s+(?:the\s+)?(${NAME})\s+to\s+(?:the\s+)?(${NAME}))`, "u");
/** Words that make a duration a travel time, and a length a distance between two places. */
const TRAVEL = /\b(?:travel(?:l?ing)?\s+times?|journey(?:\s+times?)?|trips?|drive|driving\s+time|ride|commute|crossing|flight\s+time|takes?|took|taking)\b/i;
const DISTANCE = /\b(?:distance|apart|separates?)\b/i;
/** Durations that are no travel time: how long a link took to build, a delay. */
const NOT_TRAVEL = /^\s*(?:to\s+build|of\s+construction|of\s+work|late|delay|behind\s+schedule|ago)\b/i;
const MODES = [/\b(?:trains?|rail(?:way)?|high-speed|bullet)\b/i, /\b(?:car|cars|drive|driving|road|bus|coach|motorists?)\b/i, /\b(?:flights?|fly|plane|air)\b/i, /\b(?:ferry|ferries|boat|hydrofoil)\b/i];

function end(name: string): { id: string; text: string } {
  const text = name.trim();
  return { id: gazetteerPlace(text) ?? slugOf(text), text };
}

/** The route a sentence names, as a named thing, or null (no two named ends, or two ways of travelling). */
function routeIn(text: string, sentence: Span): ScopeEntity | null {
  const clause = text.slice(sentence.start, sentence.end);
  if (!/\b(?:between|from)\s/.test(clause)) return null;
  const hit = ROUTE.exec(clause);
  if (!hit) return null;
  const [a, b] = [end(hit[1] ?? hit[3]!), end(hit[2] ?? hit[4]!)];
  // "from 90 minutes to 10 minutes": figures, not places (a name of digits alone ends no route).
  if (!a.id || !b.id || a.id === b.id || !/\p{L}/u.test(a.text) || !/\p{L}/u.test(b.text)) return null;
  if (MODES.filter((mode) => mode.test(clause)).length > 1) return null;
  const ends = [a, b].sort((x, y) => x.id.localeCompare(y.id));
  return { kind: "named", id: `route:${ends[0]!.id}~${ends[1]!.id}`, text: `${ends[0]!.text}–${ends[1]!.text}` };
}

/**
 * A distance between two named places: the thing is the route.
 * @example routeDistance("The distance between Beijing and Guangzhou is 2,298 km.", sentence, km)?.thing.id // "route:beijing~guangzhou"
 */
export function routeDistance(text: string, sentence: Span, m: Mention): { cls: string; words: string; thing: ScopeEntity; span: Span } | null {
  if (m.dimension !== "length" || !DISTANCE.test(text.slice(sentence.start, sentence.end))) return null;
  const thing = routeIn(text, sentence);
  return thing ? { cls: "distance", words: "distance", thing, span: { start: m.start, end: m.end } } : null;
}

/** Words before a duration that make it the time before a change ("from three hours", "down from four hours", "compared to 21 hours"). */
const BEFORE_CUE = /\b(?:from|down\s+from|compared\s+(?:to|with)|instead\s+of|rather\s+than|than|used\s+to\s+(?:take|last)|previously(?:\s+took)?|formerly|was|took|had\s+taken)\s+(?:(?:about|some|around|almost|nearly|over|more\s+than|roughly)\s+)?$/i;
/** "used to last 8.5 hours now takes 3.5": a past verb right after the figure's subject, before it. */
const ONE_FIGURE_PAST = /\b(?:used\s+to|previously|formerly|before\s+the\s+(?:bridge|line|link|tunnel|railway|road))\b/i;

/**
 * Whether a travel time is the one before a change: its own cue words ("from", "down from",
 * "compared to", "used to take", "was"), or, alone in its sentence, a past marker. "From three
 * hours to 30 minutes": three hours before, 30 minutes after; the two are never compared.
 */
function earlier(text: string, sentence: Span, m: Mention): boolean {
  const before = text.slice(Math.max(sentence.start, m.start - 40), m.start);
  if (BEFORE_CUE.test(before)) return !/\bto\s+$/i.test(before);
  // "compared to 21 hours for older trains": the older service's time.
  if (/^\s+(?:for|by|on|with)\s+(?:the\s+)?(?:older|old|existing|previous|conventional|current)\b/i.test(text.slice(m.end, Math.min(sentence.end, m.end + 40)))) return true;
  return ONE_FIGURE_PAST.test(text.slice(sentence.start, m.start)) && !/\bnow\b/i.test(text.slice(sentence.start, m.start));
}

const WAIT_BEFORE = /\b(?:delays?|waits?|waiting|queues?|queuing)\s+(?:of\s+)?(?:(?:up\s+to|about|around|some|over|more\s+than)\s+)?$/i;
/** The ways of crossing a new bridge or tunnel replaces. */
const REPLACED_MODE = /\b(?:ferry|ferries|boat|boats|hydrofoil)\b/i;
/** The link named in the clause: "The new bridge cuts travel time down to just six minutes". */
const LINK_WORD = /\b(?:bridge|tunnel|link|causeway)\b/i;
/** Words of a crossing, one of which the clause must hold for the time to be the link's crossing. */
const CROSSING = /\b(?:across|cross(?:es|ing)?|ferry|ferries|bridge|tunnel|causeway)\b/i;

/** A named bridge or tunnel: "1915 Canakkale Bridge", "the Seikan Tunnel". */
const LINK_NAME = /(?<![\p{L}\p{N}])(?:(?:\p{Lu}[\p{L}\p{N}’'.&-]*|\d{2,4})[ \t]+){1,3}(?:Bridge|Tunnel|Causeway)(?![\p{L}])/u;

/**
 * The crossing of the story's link, as a named thing (`crossing:<link>`): the bridge or tunnel the
 * headline or lead names first (what the story is about), for a travel time whose clause speaks of
 * crossing (by ferry, or over the link) and names no other link. No named link in the lead: none.
 */
function linkCrossing(text: string, clause: string): ScopeEntity | null {
  if (!CROSSING.test(clause)) return null;
  const lead = LINK_NAME.exec(text.slice(0, LEAD_CHARS));
  const thing = lead ? thingOf(lead[0]) : null;
  if (!thing || thing.kind !== "named") return null;
  const other = LINK_NAME.exec(clause);
  if (other && thingOf(other[0])?.id !== thing.id) return null;
  return { kind: "named", id: `crossing:${thing.id}`, text: `the crossing by ${thing.text}` };
}

/** How far the headline and lead reach, in characters: the story's topic is named there. */
const LEAD_CHARS = 400;

/**
 * A travel time on a named route, as a duration's subject (called for durations, time-subject.ts).
 * @example routeSubject({ text: "cut the travel time between Hong Kong and Zhuhai from three hours to 30 minutes", ... })?.subject.frame?.measure.id // "travel-time"
 */
export function routeSubject(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const clause = text.slice(sentence.start, sentence.end);
  if (!TRAVEL.test(clause) || NOT_TRAVEL.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 30)))) return null;
  // "with delays of up to five hours": a wait, no travel time.
  if (WAIT_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start))) return null;
  const route = routeIn(text, sentence);
  // "The trip across the Dardanelles used to take an hour and a half by ferry": the crossing a story's one new link replaces.
  const link = !route || REPLACED_MODE.test(clause) ? linkCrossing(text, clause) : null;
  const thing = link ?? route;
  if (!thing) return null;
  const words = TRAVEL.exec(clause)![0];
  // By ferry, in a story of a bridge or tunnel that replaces it, the time is the one before the link;
  // the link's own time only when the clause names the link or says "now"; else which it is goes untold.
  const before = earlier(text, sentence, mention) || (Boolean(link) && REPLACED_MODE.test(clause) && !LINK_WORD.test(clause));
  if (link && !before && !LINK_WORD.test(clause) && !/\bnow\b/i.test(clause)) return null;
  const id = before ? "travel-time.before" : "travel-time";
  // The head is the route, as a named thing's measures are grouped by their thing (check/pairs.ts).
  const subject = buildSubject({ text: `${words} ${thing.text}`, head: thing.id, measure: "travel-time" });
  subject.frame = { measure: { id, text: words }, scope: [thing], rules: ["subject.named-route", "frame.named-measure"] };
  return { subject, rules: ["subject.named-route"] };
}
