import { getUnit } from "./table.js";

// Built once: toLocaleString builds a formatter per call, the re-check's largest single cost.
const WHOLE = new Intl.NumberFormat("en-US");
const ONE_DECIMAL = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const THREE_DIGITS = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 });

/**
 * A number as an explanation prints it: whole numbers in full with thousands separators,
 * others to three significant digits (one decimal from 100 up), which is how precise a
 * journalist's conversion needs to be.
 * @example formatNumber(48.28032) // "48.3"
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return WHOLE.format(value);
  return (Math.abs(value) >= 100 ? ONE_DECIMAL : THREE_DIGITS).format(value);
}

/**
 * A value with its unit, for explanations; unknown ids (counted nouns) print as written.
 * @example formatUnit("km", 30) // "30 km"
 * @example formatUnit("mi2", 2) // "2 sq mi"
 * @example formatUnit("USD", 12000) // "$12,000"
 * @example formatUnit("person", 6) // "6 people"
 */
export function formatUnit(id: string, value: number): string {
  const number = formatNumber(value);
  const unit = getUnit(id);
  if (!unit) return `${number} ${id}`;
  if (unit.prefix) return `${unit.symbol}${number}`;
  if (unit.plural) return `${number} ${value === 1 ? unit.symbol : unit.plural}`;
  if (unit.id === "%" || unit.symbol.startsWith("°") || unit.symbol.startsWith(" ")) return `${number}${unit.symbol}`;
  return `${number} ${unit.symbol}`;
}
