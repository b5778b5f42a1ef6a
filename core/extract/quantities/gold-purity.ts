import { mark, type Candidate } from "./candidate.js";

/** The metals whose purity is told in carats (karats): "24-carat gold", "18 carat white gold". */
const PURITY_OF = /^[ \t]{1,2}(?:(?:white|yellow|rose|solid|pure)[ \t]{1,2})?(?:gold|silver|platinum)(?![A-Za-z])/i;

/**
 * "the price of 10 grams of 24-carat gold": carats before gold are its purity (parts in 24), not
 * a gem's weight ("a 1,109-carat diamond"). The figure stays a count with no unit.
 * @example goldPurity("24-carat gold", c) // c.unit undefined
 */
export function goldPurity(text: string, c: Candidate): void {
  if (c.unit?.id !== "ct" || c.value > 24 || !PURITY_OF.test(text.slice(c.end, c.end + 24))) return;
  c.unit = undefined;
  mark(c, "gold-purity");
}
