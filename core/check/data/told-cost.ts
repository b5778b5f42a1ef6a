/**
 * Data, not code: how a report tells what its story's project costs (core/check/frame/told-cost.ts):
 * "which has cost Sh243 billion", "at a cost of Sh256 billion", "will cost Tanzania $3 billion",
 * "the $3.6 billion Julius Nyerere Hydropower Station".
 */

/** Words of cost just before the sum, in its clause. */
export const COST_BEFORE = /\b(?:cost(?:s|ing|ed)?|at\s+a\s+(?:total\s+)?cost\s+of|worth|budget(?:ed)?\s+(?:of|at)|price\s+tag\s+of|valued\s+at|built\s+for)\b[^.;:,\d]{0,25}$/iu;

/** The project a sum stands before: "the $3.6 billion Julius Nyerere Hydropower Station", "a Sh500 billion port project". */
export const PROJECT_AFTER = /^\s+(?:[\p{L}-]+\s+){0,5}?(?:project|bridge|dam|port|road|highway|expressway|tunnel|railway|rail\s+line|line|plant|station|stadium|airport|terminal|canal|pipeline|refinery|complex|scheme)s?\b/iu;

/**
 * Words that make a sum a part or a rate of the cost, not the cost: a phase, a share, a loan or a
 * grant, a sum per kilometre, an overrun.
 */
export const PART_OF_COST = /\b(?:per\s+(?:km|kilomet(?:er|re)|mile|metre|meter|unit|year|annum|month|day)|each|phase|stage|section|share|loan|grant|contract|tranche|overrun|over\s+budget|additional|extra|another|remaining|first|second|third|so\s+far|already\s+(?:spent|paid|released))\b/iu;

/** How far apart two sums may be and still be one cost told twice (a slip, a rounding, a rate of exchange). */
export const COST_NEAR = 1.5;
