/**
 * Oil output is written as a daily flow: "1.2 million barrels per day (bpd)", "280,700b/d",
 * "1.385mb/d". The news compares such figures with each other in barrels (the annotation and the
 * checker keep the barrels, the "per day" is the rate's denominator, never a duration), so each
 * abbreviation reads as barrels, scaled where it carries a scale ("mb/d" is millions, "kb/d"
 * thousands). Spelled out, "barrels" is the unit and "a day" the rate's denominator (rates.ts), as
 * in "$5 a barrel". Names are normalized (normalizeUnitName): lowercase, dots dropped.
 */
export const DAILY_FLOWS: Record<string, { id: string; factor: number }> = {
  bpd: { id: "bbl", factor: 1 }, "b/d": { id: "bbl", factor: 1 }, bopd: { id: "bbl", factor: 1 }, "bbl/d": { id: "bbl", factor: 1 },
  "mb/d": { id: "bbl", factor: 1e6 }, mbpd: { id: "bbl", factor: 1e6 }, "mmb/d": { id: "bbl", factor: 1e6 }, mmbpd: { id: "bbl", factor: 1e6 },
  "kb/d": { id: "bbl", factor: 1e3 }, kbpd: { id: "bbl", factor: 1e3 },
};
