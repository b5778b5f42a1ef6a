import type { JunkRule } from "./junk-codes.js";

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|May|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** "Jan. 18", "December 1, 2019", "Oct. 10, 2016", "December 2022": numbers after a month. */
const AFTER_MONTH = new RegExp(`\\b${MONTH}\\.?[ \\t]{1,2}(?:\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]{1,2})?$`, "i");
/** "On January 2, 52 people died": after a month and its day and comma only a year of three or four digits is the date's. */
const AFTER_MONTH_DAY = new RegExp(`\\b${MONTH}\\.?[ \\t]{1,2}\\d{1,2}(?:st|nd|rd|th)?,[ \\t]{1,2}$`, "i");
/** "24 July", "7 October", "13th of April": numbers before a month. */
const BEFORE_MONTH = new RegExp(`^(?:st|nd|rd|th)?[ \\t]{1,2}(?:of[ \\t]{1,2})?${MONTH}\\b`, "i");
/** "5/17/2018", "2026-01-20": a number inside a numeric date. */
const NUMERIC_DATE_BEFORE = /(?:\d{1,2}\/\d{1,2}\/|\d{4}-\d{1,2}-)$/;
/** "2019-20", "2026-01": a month or a short year after a four-digit year. */
const YEAR_DASH = /(?:^|\D)\d{4}-$/;
const NUMERIC_DATE_AFTER = /^(?:\/\d{1,2}\/\d|-\d{1,2}-\d)/;
/** "21:01", "0:00", "6pm", "5 a.m.", "11 o'clock" */
const CLOCK_AFTER = /^(?::\d{2}|[ \t]?(?:am|pm|a\.m\.|p\.m\.)(?![A-Za-z])|[ \t]o'clock)/i;
const CLOCK_BEFORE = /\d:$/;
/** "in 490 BC", "AD 79": a year of an era, in capitals as written. */
const ERA_AFTER = /^[ \t](?:BC|BCE|B\.C\.|AD|A\.D\.|CE)(?![A-Za-z])/;
const ERA_BEFORE = /(?:^|[^A-Za-z])(?:AD|A\.D\.)[ \t]$/;
/** The first letter of "st", "nd", "rd", "th", in either case. */
const ORDINAL_LETTER = /^[snrtSNRT]$/;

/** Days, years next to months and times of day are dates: the dates extractor reads them. */
export const CALENDAR_RULES: JunkRule[] = [
  {
    name: "calendar-date",
    test: (text, c) => {
      const r = c.reading;
      if (r.form !== "digits" || !Number.isInteger(r.value) || r.grouped) return false;
      // Each pattern needs a given character right before or after the number; most numbers
      // have none of them, and the $-anchored month pattern is tried at every position.
      const b = r.start > 0 ? text.charCodeAt(r.start - 1) : -1;
      const a = text.charCodeAt(r.end);
      const before = b === 0x20 || b === 0x09 || b === 0x2f || b === 0x2d ? text.slice(Math.max(0, r.start - 24), r.start) : "";
      const after = a === 0x20 || a === 0x09 || a === 0x2f || a === 0x2d || ORDINAL_LETTER.test(text[r.end] ?? "") ? text.slice(r.end, r.end + 16) : "";
      return (AFTER_MONTH.test(before) && !(r.end - r.start <= 2 && AFTER_MONTH_DAY.test(before))) || BEFORE_MONTH.test(after) || (a === 0x20 && ERA_AFTER.test(after)) || ((before.endsWith("D ") || before.endsWith("D. ")) && ERA_BEFORE.test(before)) || NUMERIC_DATE_BEFORE.test(before) || (YEAR_DASH.test(before) && r.end - r.start <= 2) || NUMERIC_DATE_AFTER.test(after);
    },
  },
  {
    name: "clock-time",
    test: (text, c) => {
      const r = c.reading;
      // "in 2:09:36": a finishing time (race-times.ts), read before this rule.
      if (c.rules.includes("race-time")) return false;
      // ":", a blank, or the a/p of am/pm must follow; ":" must precede.
      const a = text[r.end] ?? "";
      const after = a === ":" || a === " " || a === "\t" || a === "a" || a === "p" || a === "A" || a === "P";
      return (after && CLOCK_AFTER.test(text.slice(r.end, r.end + 8))) || (text[r.start - 1] === ":" && CLOCK_BEFORE.test(text.slice(Math.max(0, r.start - 2), r.start)));
    },
  },
];
