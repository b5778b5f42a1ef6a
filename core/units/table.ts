import { MEASURES, RATES_AND_TIMES } from "./measures.js";
import { COUNTS_AND_RATIOS, MONEY } from "./money.js";
import type { UnitDef } from "./types.js";

/** The one unit table: every unit the extractor reads and the checker converts. */
export const UNITS: readonly UnitDef[] = [...MEASURES, ...RATES_AND_TIMES, ...MONEY, ...COUNTS_AND_RATIOS];

const BY_ID = new Map(UNITS.map((u) => [u.id, u]));

/**
 * Spelling -> unit. The first unit to claim a spelling keeps it, so the table's order settles
 * clashes ("pound" is mass here; "british pound" is money).
 */
const BY_NAME = new Map<string, UnitDef>();
for (const unit of UNITS) {
  for (const name of unit.names) if (!BY_NAME.has(name)) BY_NAME.set(name, unit);
}

/** The longest name in the table, in words: how far a reader needs to look ahead. */
export const MAX_NAME_WORDS = Math.max(...UNITS.flatMap((u) => u.names.map((n) => n.split(" ").length)));

/**
 * A unit by canonical id.
 * @example getUnit("mi")?.factor // 1609.344
 */
export function getUnit(id: string): UnitDef | undefined {
  return BY_ID.get(id);
}

/**
 * Lowercase, dots dropped, hyphens and runs of spaces as one space: how names are stored.
 * @example normalizeUnitName("Sq. Km") // "sq km"
 */
export function normalizeUnitName(name: string): string {
  return name.toLowerCase().replace(/\./g, "").replace(/[\s-]{1,20}/g, " ").trim();
}

/**
 * A unit by any spelling the table knows, after normalizing it.
 * @example unitByName("square kilometres")?.id // "km2"
 */
export function unitByName(name: string): UnitDef | undefined {
  return BY_NAME.get(normalizeUnitName(name));
}
