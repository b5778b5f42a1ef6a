import type { JunkRule } from "./junk-codes.js";

/** A run of digit groups that could be a phone number; validated below. */
const PHONE_LIKE = /\+?\(?\d{1,5}\)?(?:[ \t.\-\u2010]{1,2}\(?\d{1,5}\)?){1,6}/y;
const MONTHS_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,2}$/i;

/** Whether the digit groups starting at `i` read as a phone number rather than a number or a range. */
export function phoneAt(text: string, i: number): boolean {
  const start = text[i - 1] === "+" ? i - 1 : text[i - 1] === "(" && text[i - 2] === "+" ? i - 2 : i;
  PHONE_LIKE.lastIndex = start;
  const m = PHONE_LIKE.exec(text);
  if (!m) return false;
  const s = m[0];
  // Cheap first: too short for any test below ("+" and 7 digits, "(0)", or 9 digits in 3 groups).
  if (s.length < (s.startsWith("+") ? 8 : 11) && !s.includes("(0)")) return false;
  const digits = s.replace(/\D/g, "").length;
  const groups = s.split(/[^\d]+/).filter(Boolean);
  if (s.startsWith("+") && digits >= 7) return true;
  if (/\(0\)/.test(s)) return true;
  if (digits < 9 || groups.length < 3) return false;
  // "1 414 021 100" is one number written with space separators, not a phone.
  const thousands = /^\d{1,3}$/.test(groups[0] ?? "") && groups.slice(1).every((g) => g.length === 3) && !/[.-]/.test(s);
  return !thousands;
}

const STREET = /^\d{1,5}[ \t]{1,2}(?:[NSEW]\.?[ \t]{1,2})?(?:[A-Z][A-Za-z'.]{0,20}[ \t]{1,2}){1,3}(?:St|ST|Street|STREET|Ave|AVE|Avenue|Rd|RD|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Ct|Court|Pl|Place|Plaza|Pkwy|Parkway|Sq|Square|Terrace|Hwy|Highway)\b/;

/** "driven on 900 East", "at 2100 South": a street of a numbered grid (Salt Lake City and other US grids). */
const GRID_STREET = /^\d{2,5}[ \t](?:North|South|East|West)\b(?![ \t]{1,2}[A-Z]|-)/;
const PLACE_BEFORE = /\b(?:on|at|near|along|off|onto)[ \t]{1,2}$/;

export const CONTACT_RULES: JunkRule[] = [
  {
    name: "grid-street",
    test: (text, c) => c.reading.form === "digits" && text.charCodeAt(c.reading.end) === 32 && /[NSEW]/.test(text[c.reading.end + 1] ?? "")
      && GRID_STREET.test(text.slice(c.reading.start, c.reading.start + 12)) && PLACE_BEFORE.test(text.slice(Math.max(0, c.reading.start - 8), c.reading.start)),
  },
  {
    // "+44 (0)7917 373 069", "555-123-4567"
    name: "phone-number",
    test: (text, c) => {
      if (c.reading.form !== "digits") return false;
      // Where this run of digit groups begins (at most 24 characters back): test from there.
      let k = c.reading.start;
      while (k > 0 && c.reading.start - k < 24 && isPhoneChar(text.charCodeAt(k - 1))) k--;
      while (k < c.reading.start && !isDigit(text.charCodeAt(k))) k++;
      if (phoneAt(text, k)) return true;
      if (k !== c.reading.start && phoneAt(text, c.reading.start)) return true;
      return false;
    },
  },
  {
    // "30 N Gould ST STE R", "123 Random Street"
    name: "street-address",
    test: (text, c) => c.reading.form === "digits" && blankThenCapital(text, c.reading.start) && STREET.test(text.slice(c.reading.start, c.reading.start + 80)),
  },
  {
    // "Sheridan, WY 82801", "PA 23456-1234": a US state code and a ZIP.
    name: "postal-code",
    test: (text, c) => {
      // Cheap first: a ZIP is five characters.
      if (c.reading.end - c.reading.start !== 5) return false;
      const before = text.slice(Math.max(0, c.reading.start - 6), c.reading.start);
      const digits = text.slice(c.reading.start, c.reading.end);
      return /(?:^|[^A-Za-z])[A-Z]{2}[ \t]{1,2}$/.test(before) && /^\d{5}$/.test(digits) && !MONTHS_BEFORE.test(before);
    },
  },
];

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A character of a phone number's run: a digit, a blank, a bracket, ".", "+" or "-". */
function isPhoneChar(code: number): boolean {
  return isDigit(code) || code === 32 || code === 9 || code === 40 || code === 41 || code === 46 || code === 43 || code === 45;
}

/** STREET's shape after its digits: the digit run, one or two blanks, then a capital ("123 Random", "30 N Gould"). */
function blankThenCapital(text: string, start: number): boolean {
  let j = start;
  while (isDigit(text.charCodeAt(j))) j++;
  const blank = (k: number) => text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9;
  const capital = (k: number) => text.charCodeAt(k) >= 65 && text.charCodeAt(k) <= 90;
  return blank(j) && (capital(j + 1) || (blank(j + 1) && capital(j + 2)));
}
