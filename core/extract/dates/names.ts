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

/**
 * Whether a lone word is a month or weekday written out in full and capitalised, the only form
 * in which a single word is a date in news copy: "may", "march", "Sun" (the newspaper) are not.
 * @example isCapitalisedFullName("May") // true
 */
export function isCapitalisedFullName(word: string): boolean {
  return /^[A-Z]/.test(word) && FULL_NAMES.has(word.toLowerCase());
}
