import type { Mention } from "../mention.js";

/**
 * One span of time written in several units: "two hours, 15 minutes and six seconds" (a
 * finishing time), "2 hours 3 minutes 5 seconds", "1hr 59min", "three years and six months"
 * (a sentence). Read apart, each part would be a claim of its own that no other report makes
 * ("15 minutes" is not how long anything took); read together they are one duration in the
 * largest unit.
 *
 * A part joins the one before it only when it is the next smaller unit and fewer of them than
 * make one of the larger: "three years and 18 months" are two spans, not 4.5 years.
 */

/** The next smaller unit a unit is counted down in, and how many of it make one. */
const SMALLER: Record<string, { unit: string; per: number }> = {
  week: { unit: "day", per: 7 },
  day: { unit: "h", per: 24 },
  h: { unit: "min", per: 60 },
  min: { unit: "s", per: 60 },
  year: { unit: "month", per: 12 },
};

/**
 * After hours, the rest written short: "2h 15m 25s" ("m" is no metre there) or "2hr 06:32"
 * (minutes and seconds, as results tables print them). Only after hours written short too,
 * glued letters only, each under 60, and no clock time ("2h 12:30 pm").
 */
const SHORT_HOURS = /\d\s?(?:h|hrs?)$/i;
const CLOCK_AFTER = /^\s{0,2}(?:[ap]\.?m\b|GMT|UTC|[A-Z]{1,4}T\b)/;
const SHORT_REST = /^\s{1,2}([0-5]?\d)m(?:\s{1,2}([0-5]?\d(?:\.\d{1,2})?)s)?(?![A-Za-z\d])/;
const CLOCK_REST = /^\s{1,2}([0-5]\d):([0-5]\d(?:\.\d{1,2})?)(?![\d:])/;

/** Between two parts: a space, a comma, "and", ", and". */
const JOIN = /^\s{1,2}(?:and\s{1,2})?$|^\s{0,2},\s{1,2}(?:and\s{1,2})?$/;

/** A part that can follow: an exact count read by the plain duration rule, no range, no "about". */
function isPlainPart(m: Mention): boolean {
  return m.qualifier === "exact" && m.low === undefined && m.rules.length === 1 && m.rules[0] === "duration";
}

/** A joined span: the mention, the unit of its smallest part and that unit's worth in the head's. */
interface Span {
  mention: Mention;
  last: string;
  factor: number;
}

/**
 * Joins adjacent duration mentions (in text order) that are parts of one span.
 * @example joinCompound(text, [two hours, 15 minutes, six seconds]) // [2.2517 h]
 */
export function joinCompound(text: string, mentions: Mention[]): Mention[] {
  const spans: Span[] = [];
  for (const m of mentions) {
    const head = spans[spans.length - 1];
    const joined = head ? withPart(text, head, m) : null;
    if (joined) spans[spans.length - 1] = joined;
    else if (!head || m.start >= head.mention.end) spans.push(withShortRest(text, { mention: m, last: m.unit ?? "", factor: 1 }));
  }
  return spans.map((s) => s.mention);
}

/** An hour part with its minutes (and seconds) written short after it. */
function withShortRest(text: string, span: Span): Span {
  const m = span.mention;
  if (m.unit !== "h" || !isPlainPart(m) || !SHORT_HOURS.test(text.slice(m.start, m.end))) return span;
  const after = text.slice(m.end, m.end + 16);
  const rest = SHORT_REST.exec(after) ?? CLOCK_REST.exec(after);
  if (!rest || CLOCK_AFTER.test(after.slice(rest[0].length))) return span;
  const seconds = rest[2] === undefined ? 0 : Number(rest[2]);
  const value = Number(((m.value as number) + Number(rest[1]) / 60 + seconds / 3600).toPrecision(12));
  const step = rest[2] === undefined ? 1 / 60 : 1 / 3600;
  const rules = [...m.rules, "duration-compound"];
  return { mention: { ...m, end: m.end + rest[0].length, value, step, rules }, last: rest[2] === undefined ? "min" : "s", factor: step };
}

/** The span with the part added, or null when the part is no part of it. */
function withPart(text: string, head: Span, part: Mention): Span | null {
  const m = head.mention;
  if (m.low !== undefined || !isPlainPart(part) || !JOIN.test(text.slice(m.end, part.start))) return null;
  const next = SMALLER[head.last];
  if (!next || part.unit !== next.unit || (part.value as number) >= next.per) return null;
  const factor = head.factor / next.per;
  const value = Number(((m.value as number) + (part.value as number) * factor).toPrecision(12));
  const rules = m.rules.includes("duration-compound") ? m.rules : [...m.rules, "duration-compound"];
  return { mention: { ...m, end: part.end, value, step: (part.step ?? 1) * factor, rules }, last: part.unit as string, factor };
}
