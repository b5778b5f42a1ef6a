/** Month names as chrono and our own parsers read them: full, three-letter, and "Sept". */
export const MONTH_PATTERN =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

const MONTH_PREFIXES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * @example monthNumber("Sept") // 9
 */
export function monthNumber(word: string): number | null {
  const index = MONTH_PREFIXES.indexOf(word.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

const FULL_NAMES = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);

/** Full names that are also everyday words: a date only when capitalised. */
const ALSO_WORDS = new Set(["may", "march"]);

/**
 * Whether a lone word is a month or weekday written out in full, the only form in which a
 * single word is a date: "may" and "march" (verbs) only capitalised, "Sun" (the newspaper) and
 * other abbreviations never.
 * @example isLoneDateWord("May") // true
 * @example isLoneDateWord("may") // false
 */
export function isLoneDateWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (!FULL_NAMES.has(lower)) return false;
  return !ALSO_WORDS.has(lower) || /^[A-Z]/.test(word);
}

/**
 * Time-zone abbreviations news copy writes after a clock time ("2025 IST", "1400 UTC", "0900
 * GMT", "12:18 PDT"): the zones of the wires' datelines, not chrono's full table.
 */
export const ZONE_PATTERN =
  "UTC|GMT|Z|IST|PKT|NPT|BST|BDT|MMT|ICT|WIB|SGT|HKT|PHT|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT|CET|CEST|EET|EEST|WET|WEST|MSK|GST|IRST|AFT|EAT|CAT|WAT|SAST|AST|ADT|[ECMP][SD]T|HST|AKST|AKDT";
