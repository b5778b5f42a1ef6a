/**
 * Days of the month written as ordinals: "15th", "eleventh", "twenty third", "thirty-first".
 * Chrono reads these only inside its own patterns; our parsers of "Tuesday the eleventh" and
 * "the 15th day of next month" share this one table.
 */
const SIMPLE = [
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
  "eighteenth", "nineteenth", "twentieth",
];
const UNITS = SIMPLE.slice(0, 9);

/**
 * Digits with a suffix, or words; the tens word and its unit joined by a space or a hyphen.
 * @example new RegExp(`^(?:${ORDINAL_DAY_PATTERN})$`, "i").test("thirty-first") // true
 */
export const ORDINAL_DAY_PATTERN =
  `\\d{1,2}(?:st|nd|rd|th)|twenty[\\s-]{1,2}(?:${UNITS.join("|")})|thirty[\\s-]{1,2}first|thirtieth|${SIMPLE.join("|")}`;

/**
 * @example ordinalDay("twenty-third") // 23
 * @example ordinalDay("15th") // 15
 * @example ordinalDay("fiftieth") // null
 */
export function ordinalDay(text: string): number | null {
  const lower = text.toLowerCase().trim();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(lower);
  if (digits) return validDay(Number(digits[1]));
  const compound = /^(twenty|thirty)[\s-]{1,2}([a-z]{1,12})$/.exec(lower);
  if (compound) {
    const unit = UNITS.indexOf(compound[2] as string) + 1;
    return unit > 0 ? validDay((compound[1] === "twenty" ? 20 : 30) + unit) : null;
  }
  if (lower === "thirtieth") return 30;
  const simple = SIMPLE.indexOf(lower) + 1;
  return simple > 0 ? simple : null;
}

/**
 * Whether an ordinal is written in digits: words need more context to be a date.
 * @example isDigitOrdinal("21st") // true
 * @example isDigitOrdinal("first") // false
 */
export function isDigitOrdinal(text: string): boolean {
  return /^\d/.test(text);
}

function validDay(day: number): number | null {
  return day >= 1 && day <= 31 ? day : null;
}
