import type { Claim, ClaimKind } from "../../../core/model.js";
import { extractClaims } from "../../../core/extract/index.js";
import { findDates } from "../../../core/extract/dates.js";
import { findDurations } from "../../../core/extract/durations.js";
import { findQuantities } from "../../../core/extract/quantities.js";
import { readNumbers } from "../../../core/extract/numbers/index.js";

/**
 * Two places a conformance case can be judged: the readers (number reader, quantity pipeline,
 * duration and date steps, each alone) or `extractClaims`, the claims a user receives after
 * overlaps, furniture and every later step. The same judge reads both.
 */
export type Level = "readers" | "claims";

/** One thing found, whichever step found it, in one shape: a claim's reading, or a bare number ("number", no claim by itself). */
export type Found = Pick<Claim, "start" | "end" | "value" | "unit" | "dimension" | "qualifier" | "qualifierText" | "low" | "high"> & {
  kind: ClaimKind | "number";
};

function fromMention(m: Omit<Found, "kind"> & { kind: ClaimKind }): Found {
  return { kind: m.kind, start: m.start, end: m.end, value: m.value, unit: m.unit, dimension: m.dimension, qualifier: m.qualifier, qualifierText: m.qualifierText, low: m.low, high: m.high };
}

/** What the readers found, each on the whole input: numbers, quantities, durations, and dates when asked. */
export function readersFound(input: string, options: { dates?: boolean; published?: string } = {}): Found[] {
  const numbers: Found[] = readNumbers(input).map((r) => ({ kind: "number", start: r.start, end: r.end, value: r.value, qualifier: "exact" }));
  const dates = options.dates ? findDates(input, options.published).map(fromMention) : [];
  return [...numbers, ...findQuantities(input).map(fromMention), ...findDurations(input).map(fromMention), ...dates];
}

/** The claims of the input as an article of its own. */
export function claimsFound(input: string, published?: string): Found[] {
  return extractClaims({ id: "conformance", body: input, published }).map((c: Claim) => fromMention(c));
}

export function found(input: string, level: Level, options: { dates?: boolean; published?: string } = {}): Found[] {
  return level === "readers" ? readersFound(input, options) : claimsFound(input, options.published);
}
