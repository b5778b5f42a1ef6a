import type { Candidate } from "./candidate.js";

/**
 * Indonesian and Vietnamese prices group thousands with a dot: "Rp15.000" is fifteen thousand
 * rupiah, "50.000₫" fifty thousand dong. No one prices in fractions of these currencies (the
 * smallest coin in use is 100 rupiah, 200 dong), so an unscaled amount with exactly three
 * digits after one dot is read as thousands. "Rp. 10.6 trillion" keeps its decimal.
 */
const DOT_GROUPED = new Set(["IDR", "VND"]);
const ONE_GROUP = /^\d{1,3}\.\d{3}$/;
/** A scale after the number ("Rp 10.600 trillion") makes the dot a decimal point again. */
const SCALE_NEXT = /^[ \t-]?(?:thousand|million|billion|trillion|juta|miliar|triliun|mn|bn|tn|m|k)(?![A-Za-z])/i;

/** Re-reads the candidate's value when its currency groups thousands with a dot. */
export function dotThousands(text: string, c: Candidate): void {
  if (!c.unit || !DOT_GROUPED.has(c.unit.id) || c.reading.scaled || c.low !== undefined) return;
  const written = text.slice(c.reading.start, c.reading.end);
  if (!ONE_GROUP.test(written) || SCALE_NEXT.test(text.slice(c.reading.end, c.reading.end + 12))) return;
  c.value = Number(written.replace(".", ""));
  c.step = 1;
}
