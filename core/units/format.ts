import { getUnit } from "./table.js";

/**
 * A number as an explanation prints it: whole numbers in full with thousands separators,
 * others to three significant digits (one decimal from 100 up), which is how precise a
 * journalist's conversion needs to be.
 * @example formatNumber(48.28032) // "48.3"
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString("en-US");
  const abs = Math.abs(value);
  const options = abs >= 100 ? { maximumFractionDigits: 1 } : { maximumSignificantDigits: 3 };
  return value.toLocaleString("en-US", options);
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
