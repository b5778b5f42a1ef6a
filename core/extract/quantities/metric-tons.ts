import { getUnit } from "../../units/index.js";
import { ISO4217 } from "../../units/data/iso4217.js";
import { mark, type Candidate } from "./candidate.js";
import { inBracketsAfter } from "./conversions.js";
import { literalPattern } from "../literal-pattern.js";

/**
 * "Tons" are short tons only in the American press; everywhere else, and in the wires' commodity
 * copy, they are metric tonnes. The reader's default stays the short ton (a bare "3 tons of trash"
 * in a US story); a text re-reads its tons as tonnes when it writes "tonnes" or "metric tons"
 * itself ("raised its estimate by 600,000 tonnes to 65.16 million ton"), or when it is set in
 * another country (its name or adjective, from the ISO 4217 table: "Brazilian soybean
 * production ... 130.5 million tons") or weighs a crop or a traded commodity, and never names
 * the United States. An American outlet's
 * tons are short whatever the text says (locale.ts).
 */

/** The writer uses metric tonnes elsewhere in the text. */
const METRIC_WRITTEN = /\btonnes?\b|\bmetric[ \t-]tons?\b|\d[ \t]?(?:mt|Mt|MMT|mmt)\b/;
/**
 * Crops and traded commodities: the world weighs them in tonnes (American crops go in bushels),
 * so "Conab pegged the corn harvest at 50.49 million tons" is metric.
 */
const COMMODITY = /\b(?:crops?|harvests?|grains?|soy(?:beans?|a)?|corn|maize|wheat|rice|barley|sugar|coffee|cocoa|cotton|palm oil|iron ore|coal|steel|copper|alumin(?:i)?um|nickel|zinc|cement|fertili[sz]ers?|LNG|carbon dioxide|CO2|emissions)\b/i;
/** The United States named: its tons may be short. */
const UNITED_STATES = /\bU\.S\.|\bUS\b|\bUSA\b|\bUnited States\b|\bAmericans?\b/;
/** "short tons": written so, they stay short. */
const SHORT = /\bshort\b/i;

/** Country names and adjectives of every ISO 4217 country but the United States, as one pattern. */
const COUNTRY_WORDS = (() => {
  const words = new Set<string>();
  for (const [code, name, , country] of ISO4217) {
    if (!country || code === "USD") continue;
    words.add(country.replace(/\s*\(.*\)$/, ""));
    const adjective = name.split(" ").slice(0, -1).join(" ");
    if (adjective.length >= 5 && !/^(?:new|east|west|central|us)\b/.test(adjective)) {
      words.add(adjective.replace(/(^|[ -])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase()));
    }
  }
  const escaped = [...words].map((w) => literalPattern(w));
  return new RegExp(`\\b(?:${escaped.join("|")})\\b`);
})();

const TONNE = getUnit("t");

/**
 * "12 metric tons (13 tons)", "13 tons (12 metric tons)": tons set beside tonnes as their
 * conversion are the other ton, whatever the text's tonnes say of its other tons.
 */
function restatesTonnes(text: string, live: Candidate[], k: number): boolean {
  const c = live[k]!;
  const before = live[k - 1];
  const after = live[k + 1];
  return (!before?.dropped && before?.unit?.id === "t" && inBracketsAfter(text, before, c)) || (!after?.dropped && after?.unit?.id === "t" && inBracketsAfter(text, c, after));
}

/**
 * Re-reads a text's short tons as metric tonnes where its writer or its country means those.
 * @example "Brazil's crop will fall to 115.34 million tons" // 115.34 million t
 */
export function metricTons(text: string, live: Candidate[]): void {
  let metric: boolean | undefined;
  for (const [k, c] of live.entries()) {
    if (c.dropped || c.unit?.id !== "ton" || !TONNE) continue;
    if (SHORT.test(text.slice(Math.max(0, c.start - 8), c.end))) continue;
    if (restatesTonnes(text, live, k)) continue;
    metric ??= METRIC_WRITTEN.test(text) || (!UNITED_STATES.test(text) && (COUNTRY_WORDS.test(text) || COMMODITY.test(text)));
    if (!metric) return;
    c.unit = TONNE;
    mark(c, "metric-tons");
  }
}
