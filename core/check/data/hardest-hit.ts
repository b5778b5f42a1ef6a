/**
 * Data, not code: words that single out one place as bearing the most of a story's toll ("Buner
 * has emerged as the hardest-hit district, with 204 deaths"; "the worst-affected province"). The
 * figure told with them is that place's share of the story's count, never the whole
 * (core/check/frame/placed-part.ts).
 */
export const HARDEST_HIT = /\b(?:hardest|worst|most|badly|severely|heavily)[-\s]+(?:hit|affected|impacted)\b/iu;
