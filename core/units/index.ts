/**
 * The unit table and what can be done with it: look a unit up by id or spelling, convert
 * between units of one dimension, print a value for an explanation.
 */
export type { UnitDef } from "./types.js";
export { UNITS, getUnit, unitByName, unitByNormalName, normalizeUnitName, mayBeginUnit, mayBeginUnitName, MAX_NAME_WORDS } from "./table.js";
export { convert, convertDifference } from "./convert.js";
export { SUBUNITS } from "./money.js";
export { DAILY_FLOWS } from "./flows.js";
export { formatUnit, formatNumber } from "./format.js";
