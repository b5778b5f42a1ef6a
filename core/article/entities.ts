/** The named entities news HTML actually uses; numeric ones are decoded generally. */
const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0",
  mdash: "\u2014", ndash: "\u2013", hellip: "\u2026", lsquo: "\u2018", rsquo: "\u2019",
  ldquo: "\u201c", rdquo: "\u201d", laquo: "\u00ab", raquo: "\u00bb", copy: "\u00a9",
  reg: "\u00ae", trade: "\u2122", deg: "\u00b0", frac12: "\u00bd", frac14: "\u00bc",
  frac34: "\u00be", times: "\u00d7", minus: "\u2212", euro: "\u20ac", pound: "\u00a3",
  yen: "\u00a5", cent: "\u00a2", sup2: "\u00b2", sup3: "\u00b3", middot: "\u00b7",
  bull: "\u2022", shy: "", thinsp: "\u2009", ensp: "\u2002", emsp: "\u2003", zwj: "", zwnj: "",
};

/**
 * Decodes HTML character references. Runs repeatedly because real feeds double-escape
 * ("&amp;mdash;" must become "—"), but at most three times so that text which really
 * talks about "&amp;" is not eaten away.
 * @example decodeEntities("Syria&rsquo;s &amp;mdash;") // "Syria’s —"
 */
export function decodeEntities(text: string): string {
  let out = text;
  for (let pass = 0; pass < 3; pass++) {
    const next = out.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,8});/gi, (whole, ref: string) => {
      if (ref[0] === "#") {
        const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
      }
      const named = NAMED[ref.toLowerCase()];
      return named ?? whole;
    });
    if (next === out) break;
    out = next;
  }
  return out;
}
