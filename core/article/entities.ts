import { decodeHTMLStrict } from "entities";

/**
 * Decodes HTML character references with the full HTML table (all 2,231 named references,
 * numeric ones with U+FFFD for surrogates and out-of-range values, as the HTML standard
 * says). Only references ended by ";" are read here: this runs on text that is already
 * plain, where "&copy" without a semicolon is more likely a word than markup. Runs
 * repeatedly because real feeds double-escape ("&amp;mdash;" must become "—"), but at most
 * three times so that text which really talks about "&amp;" is not eaten away.
 * @example decodeEntities("Syria&rsquo;s &amp;mdash;") // "Syria’s —"
 */
export function decodeEntities(text: string): string {
  let out = text;
  for (let pass = 0; pass < 3 && out.includes("&"); pass++) {
    const next = decodeHTMLStrict(out);
    if (next === out) break;
    out = next;
  }
  return out;
}
