/**
 * Data, not code: words that make a figure of one report a part of a whole the same report gives
 * (core/check/rules/internal-parts.ts, internal-units.ts).
 */

/**
 * The words between two figures of one list, in one clause: "saved 195 passengers and 35
 * crewmembers" (Philippine Star on the Lady Mary Joy 3 fire, 2023), "10 people were killed and 22
 * injured" (Hawar on the Cairo Ramses station fire, 2019), "47 men, 48 women and one child".
 */
export const LIST_JOIN = /^(?:\s+[\p{L}’'-]+){0,4}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:about|some|around|nearly|at\s+least)\s+)?$/iu;

/**
 * The words between two figures that tell the second as counted besides the first, across a clause
 * or into the next sentence: "53 dead bodies were recovered at the scene while two passengers died
 * at the hospital" (a Guatemala City bus plunge, 2025), "36 deaths have been reported.
 * Additionally, nine bodies ... were recovered" (Wayanad, 2024). Only a sum the report gives
 * exactly makes them parts (internal-parts.ts addsUpTo).
 */
export const LIST_ADDED = /^(?:\s+[\p{L}’'-]+){0,10}\s*(?:\s(?:while|whereas)|[.;]\s+(?:additionally|in\s+addition|besides|also))\s*,?\s+(?:(?:another|other|about|some|around|nearly|at\s+least)\s+)?$/iu;

/** Words right before a figure that add it to others told before: "A further 157 people were on the plane" (Business Insider on Lion Air JT610, 2018). */
export const FURTHER_BEFORE = /\b(?:a|an)\s+(?:further|additional|extra)\s+$/iu;

/**
 * Measures of casualties and rescue, each counted apart: "two were killed and a further 15
 * injured" gives all the injured, not a part of the dead.
 */
export const CASUALTY_MEASURES: ReadonlySet<string> = new Set([
  "killed", "injured", "missing", "rescued", "evacuated", "displaced", "arrested", "affected", "hospitalised", "hospitalized", "detained", "trapped",
]);

/**
 * The sub-units of a country a report counts by, lowercase as written after or before a name:
 * "in Quang Ngai province", "the province of Binh Dinh", "in three other central provinces"
 * (Evening Standard on the central Vietnam floods, 2013). "State" is left out: "State media",
 * "Islamic State".
 */
export const SUB_UNITS = ["province", "prefecture", "county", "district", "governorate", "oblast", "krai", "municipality", "township", "regency"];

/** Words that tell a figure as the whole a breakdown should make: "A total of 64 people were confirmed dead". */
export const TOTAL_WORDS = /\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|overall)\b/iu;

/** Words that tell a list as some of the parts only: "including", "among them", "such as", "mostly". */
export const SOME_PARTS = /\b(?:includ\p{L}*|among|of\s+whom|of\s+them|such\s+as|mostly|most\s+of|at\s+least|more\s+than|over|some|about|around|nearly)\b/iu;

/**
 * After a list's last item, words that give it to more than one name: "and one in Hakui and
 * Shika respectively" (Japan News on the Noto quake, 2024), "two each in Nanao and Anamizu".
 */
export const LAST_ITEM_TWICE = /^\s+(?:each\b|(?:in|at)\s+[^,;.]+?\s+and\s+[^,;.]+?\s+respectively\b)/iu;
