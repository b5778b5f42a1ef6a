/**
 * Data, not code: words just before a figure that tell it as what a count is expected to come to,
 * not what it is ("the death toll ... is estimated to exceed 80,000" beside "stood at 69,181";
 * "the toll could rise to 100"): core/check/frame/forecast.ts.
 */
export const FORECAST_BEFORE = /\b(?:estimated|expected|feared|likely|projected|predicted|set|could|may|might|would|will)\s+(?:to\s+)?(?:exceed|reach|top|surpass|rise|climb|pass|hit|cross|go\s+up|be\s+as\s+high\s+as)(?:\s+(?:to|beyond|above|past))?\s+(?:about|around|roughly|some|more\s+than|over|nearly|almost)?\s*$/iu;
