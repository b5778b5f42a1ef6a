import { MEASURES, PRESSURE_AND_ENERGY, RATES_AND_TIMES } from "./measures.js";
import { COUNTS_AND_RATIOS, MONEY } from "./money.js";
import type { UnitDef } from "./types.js";

/** The one unit table: every unit the extractor reads and the checker converts. */
export const UNITS: readonly UnitDef[] = [...MEASURES, ...RATES_AND_TIMES, ...PRESSURE_AND_ENERGY, ...MONEY, ...COUNTS_AND_RATIOS];

// Before the tables below: building them normalizes names already.
const PLAIN = /^[a-z0-9]*$/;
const BY_ID = new Map(UNITS.map((u) => [u.id, u]));

/**
 * Spelling -> unit. The first unit to claim a spelling keeps it, so the table's order settles
 * clashes ("pound" is mass here; "british pound" is money).
 */
const BY_NAME = new Map<string, UnitDef>();
for (const unit of UNITS) {
  for (const name of unit.names) if (!BY_NAME.has(name)) BY_NAME.set(name, unit);
}

/**
 * The first word of every spelling: a reader that finds none of these after a number ("3.6
 * million refugees") knows at once that no unit follows, without trying every longer reading.
 */
const FIRST_WORDS = new Set([...BY_NAME.keys()].map((name) => normalizeUnitName(name).split(" ")[0]!));

/**
 * Whether a unit's name can begin with these words.
 * @example mayBeginUnit("square") // true ("square mile")
 */
export function mayBeginUnit(words: string): boolean {
  return mayBeginUnitName(normalizeUnitName(words));
}

/** mayBeginUnit for words already normalized (normalizeUnitName): readers that hold the name skip a second pass. */
export function mayBeginUnitName(name: string): boolean {
  const space = name.indexOf(" ");
  return FIRST_WORDS.has(space < 0 ? name : name.slice(0, space));
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
  // Most names read are one plain ASCII word: lowercase it, nothing to replace (a loop, no regex).
  let plain = true;
  let upper = false;
  for (let i = 0; i < name.length && plain; i++) {
    const code = name.charCodeAt(i);
    if (code >= 65 && code <= 90) upper = true;
    else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) plain = false;
  }
  if (plain) return upper ? name.toLowerCase() : name;
  const lower = name.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return lower.replace(/\./g, "").replace(/[\s-]{1,20}/g, " ").trim();
}

/**
 * A unit by any spelling the table knows, after normalizing it.
 * @example unitByName("square kilometres")?.id // "km2"
 */
export function unitByName(name: string): UnitDef | undefined {
  return BY_NAME.get(normalizeUnitName(name));
}

/** unitByName for a name already normalized (normalizeUnitName). */
export function unitByNormalName(name: string): UnitDef | undefined {
  return BY_NAME.get(name);
}
