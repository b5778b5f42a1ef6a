import type { Candidate } from "./candidate.js";
import { currencyBefore } from "./money.js";
import { readUnitAfter } from "./unit-reader.js";
import { LABEL_WORDS as LABELS } from "./data/label-words.js";
import { isDigit, isLetterCode } from "./clause-words.js";

/** A rule that says a number is not a claim, given where it sits. */
export interface JunkRule {
  name: string;
  test: (text: string, c: Candidate) => boolean;
}

/** Labels that turn the number after them into an identifier: "News Code 47296", "Exit 436". */
/** A number and its scale word right before a hyphen: the low end of a range ("4.6 million-"). */
const SCALE_END = /\d[ \t]{1,2}(?:thousand|million|billion|trillion|lakh|crore)$/i;
const LABEL = new RegExp(`(?:^|[^A-Za-z])(${LABELS.join("|")})\\.?[ \\t]{0,2}[:#]?[ \\t]{0,2}#?(?:\\d{1,4}[ \\t]{1,2}of[ \\t]{1,2})?$`, "i");

/** A Latin letter ([A-Za-z\u00C0-\u024F]) by its code: a regex call per character cost more than the rules it guards. */
function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

/** The label words of LABEL, and "of" of its "Exit 3 of 5" form. */
const LABEL_WORDS = new Set([...LABELS, "of"]);

/**
 * Cheap first: the word before the number, past the gap characters LABEL allows, is a label
 * word. Most numbers ("killed 12") fail here and LABEL, end-anchored over 24 characters,
 * never runs for them.
 */
function mayBeLabel(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && start - end < 8 && " \t:#.".includes(text[end - 1]!)) end--;
  let begin = end;
  while (begin > 0 && end - begin < 12 && isLetterCode(text.charCodeAt(begin - 1))) begin--;
  if (end <= begin) return false;
  const word = text.slice(begin, end).toLowerCase();
  // "of" is a label's only in "Exit 3 of 5": LABEL needs digits and a blank or two right before it.
  if (word === "of") return isDigit(text.charCodeAt(begin - 2)) || (isBlank(text.charCodeAt(begin - 2)) && isDigit(text.charCodeAt(begin - 3)));
  return LABEL_WORDS.has(word);
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** "expected to top 100", "will top 105 degrees": the verb, not a rank ("the top 10"). */
const VERB_BEFORE_TOP = /\b(?:to|will|would|could|may|might|can|should|must)[ \t]{1,2}top\b[^A-Za-z]*$/i;

/** "top" is a verb after "to" or a modal, or when a unit follows ("temperatures top 105 degrees"). */
function topIsVerb(text: string, c: Candidate, head: string): boolean {
  return VERB_BEFORE_TOP.test(head) || readUnitAfter(text, c.reading.end) !== null;
}

/** What \s matches, by code: the token walk back tests up to 200 characters per number. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
const URL_OR_EMAIL = /:\/\/|www\.|@|[?&]\w{1,20}=/;

function before(text: string, c: Candidate, n: number): string {
  return text.slice(Math.max(0, c.reading.start - n), c.reading.start);
}

export const CODE_RULES: JunkRule[] = [
  {
    // "latitude 15.1°N", "114.8°W", "lat 40.7": a position on the globe, not an amount.
    name: "coordinate",
    test: (text, c) => {
      // Cheap first: a degree sign right after the digits or after one blank.
      const e = c.reading.end;
      const sign = isDegree(text.charCodeAt(e)) || (isBlank(text.charCodeAt(e)) && isDegree(text.charCodeAt(e + 1)));
      if (sign && /^[ \t]?[°º˚][ \t]?[NSEW](?![A-Za-z])/.test(text.slice(e, e + 4))) return true;
      // Cheap first: "latitude 18.4" has a blank or a sign right before the digits.
      const prev = text[c.reading.start - 1];
      return (prev === " " || prev === "\t" || prev === "-" || prev === "+") && /\b(?:latitude|longitude|lat|long|lon)\.?[ \t]{1,2}[-+]?$/i.test(before(text, c, 14));
    },
  },
  {
    // "a 10-K filing", "the 8-K", "a 401(k) plan", "501(c)(3)": form and statute names, not amounts.
    name: "form-name",
    test: (text, c) => {
      const after = text[c.reading.end];
      // Cheap first: a form name's digits meet a hyphen ("10-K", which the reader may take whole) or a bracket.
      const s = c.reading.start;
      if (c.reading.form !== "digits" || (after !== "(" && text[s + 1] !== "-" && text[s + 2] !== "-" && text[s + 3] !== "-")) return false;
      return /^\d{1,3}-[A-Z](?![A-Za-z0-9])/.test(text.slice(c.reading.start, c.reading.start + 6)) || /^\([a-z]\)/.test(text.slice(c.reading.end, c.reading.end + 3));
    },
  },
  {
    // "in Gansu Province, China.[2] The", "(US$2 billion)[1]": a bracketed reference mark
    // glued to the text before it cites a source; it states nothing.
    name: "footnote-mark",
    test: (text, c) => c.reading.form === "digits" && c.reading.end - c.reading.start <= 3
      && text[c.reading.start - 1] === "[" && text[c.reading.end] === "]" && /\S/.test(text[c.reading.start - 2] ?? " "),
  },
  {
    // "News Code 47296", "Reporter's code: 50101", "Highway 35", "No. 1"
    name: "label-code",
    test: (text, c) => {
      if (c.reading.form !== "digits" || !mayBeLabel(text, c.reading.start)) return false;
      const head = before(text, c, 24);
      const label = LABEL.exec(head)?.[1]?.toLowerCase();
      if (label === undefined || (label === "top" && topIsVerb(text, c, head))) return false;
      // "P56.77" in a story set in the Philippines: a sign glued to the amount, not page 56.
      return !(isLetter(text.charCodeAt(c.reading.start - 1)) && currencyBefore(text, c.reading.start));
    },
  },
  {
    // "AP/1234567", "24/7": digits against a slash that no fraction or date reader took.
    // "RM2.05/L", "$3/gallon" are prices per unit, "R18.41/$" an exchange rate: the amount stays.
    name: "slash-code",
    test: (text, c) => c.reading.form === "digits" && (text[c.reading.start - 1] === "/"
      || (text[c.reading.end] === "/" && !(currencyBefore(text, c.reading.start) && /^\/[A-Za-z$€£¥]/.test(text.slice(c.reading.end, c.reading.end + 2))))),
  },
  {
    // "M4", "G7", "F-16", "SCP-173", "mid-2017", "%2D9114", "7-Eleven": numbers fused to other
    // characters are names and codes.
    name: "alphanumeric-code",
    test: (text, c) => {
      const s = c.reading.start;
      const prev = text[s - 1] ?? "";
      if (c.reading.form !== "digits") return (prev === "-" || prev === "\u2010") && /[A-Za-z0-9]/.test(text[s - 2] ?? "");
      // "USD115": a currency code glued to the amount is money, read by the money step.
      // So is "Rs45", "RM12.80", "$US40m": a sign or code the money step knows.
      const letter = isLetter(text.charCodeAt(s - 1));
      if (letter && currencyBefore(text, s)) return false;
      if (letter || prev === "_" || prev === "%") return true;
      // "F-16", "SCP-173", "scp2-173m": digits after a hyphen that ends a word with letters in it.
      if (prev !== "-" && prev !== "\u2010") return false;
      const head = before(text, c, 24).slice(0, -1);
      const word = /[A-Za-z0-9]{1,12}$/.exec(head)?.[0] ?? "";
      // "4.6 million-5.1 million boe": a range whose low end ends with its scale word.
      if (SCALE_END.test(head)) return false;
      return isLetter(word.charCodeAt(0));
    },
  },
  {
    // "069", "0000": a leading zero is a code or a phone fragment, not a count.
    name: "leading-zero",
    test: (text, c) => c.reading.form === "digits" && text[c.reading.start] === "0" && /\d/.test(text[c.reading.start + 1] ?? ""),
  },
  {
    // "192.168.1.2", "v1.2.3": dotted runs are addresses and versions.
    name: "dotted-code",
    test: (text, c) =>
      (text.charCodeAt(c.reading.end) === 46 && isDigit(text.charCodeAt(c.reading.end + 1))) ||
      (c.reading.start >= 2 && text.charCodeAt(c.reading.start - 1) === 46 && isDigit(text.charCodeAt(c.reading.start - 2))) ||
      (text[c.reading.start] === "." && /[\w.]/.test(text[c.reading.start - 1] ?? "")),
  },
  {
    // "1. James Martinez", "  2) Oliver": list numbering at the start of a line.
    name: "list-numbering",
    test: (text, c) => {
      // Cheap first: "." or ")" must follow the number.
      const next = text.charCodeAt(c.reading.end);
      if (next !== 46 && next !== 41) return false;
      const head = before(text, c, 13);
      const lineStart = head.lastIndexOf("\n") + 1;
      const atTextStart = c.reading.start - head.length === 0;
      if ((lineStart === 0 && !atTextStart) || head.slice(lineStart).trim() !== "") return false;
      return /^[.)][ \t]/.test(text.slice(c.reading.end, c.reading.end + 2)) && Number.isInteger(c.value);
    },
  },
  {
    // "beat Fenerbahce 3-1", "a 2-2 draw": a score or a vote, not a range and not two counts.
    name: "score",
    test: (text, c) => {
      const r = c.reading;
      if (r.form !== "digits" || !Number.isInteger(r.value)) return false;
      // Cheap first: either pattern needs a dash one or two digits after the start or before the end.
      if (!isDash(text.charCodeAt(r.start + 1)) && !isDash(text.charCodeAt(r.start + 2)) && !isDash(text.charCodeAt(r.end - 2)) && !isDash(text.charCodeAt(r.end - 3))) return false;
      const pair = /^(\d{1,2})[-\u2013](\d{1,2})(?![\d%])/.exec(text.slice(r.start, r.start + 6)) ??
        /(?:^|[^\d-])(\d{1,2})[-\u2013](\d{1,2})$/.exec(text.slice(Math.max(0, r.end - 6), r.end));
      return pair !== null && Number(pair[1]) >= Number(pair[2]) && Number(pair[1]) <= 20;
    },
  },
  {
    // "© 2026", "(c) 2020-2026", "Copyright 2026"
    name: "copyright",
    test: (text, c) => mayFollowCopyright(text, c.reading.start) && /(?:©|\(c\)|copyright)[ \t]{0,2}(?:\d{4}[-–][ \t]?)?$/i.test(before(text, c, 20)),
  },
  {
    // Numbers inside a URL or an e-mail address.
    name: "url-or-email",
    test: (text, c) => {
      // The token (up to 200 characters) the number ends, read back to a space in the text
      // itself: slicing 200 characters before every number cost more than the test.
      const end = c.reading.start;
      const from = Math.max(0, end - 200);
      let k = end;
      while (k > from && !isSpace(text.charCodeAt(k - 1))) k--;
      return k < end && URL_OR_EMAIL.test(text.slice(k, end));
    },
  },
];

/** The degree signs of a coordinate: °, º, ˚. */
function isDegree(code: number): boolean {
  return code === 0xb0 || code === 0xba || code === 0x2da;
}

/**
 * Cheap first for the copyright rule: right before the number a dash of "2020-" (maybe one blank
 * after it), or, past at most two blanks, the last character of "©", "(c)" or "copyright".
 */
function mayFollowCopyright(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (isDash(before) || (isBlank(before) && isDash(text.charCodeAt(start - 2)))) return true;
  let k = start;
  while (k > start - 2 && isBlank(text.charCodeAt(k - 1))) k--;
  const last = text.charCodeAt(k - 1);
  return last === 0xa9 || last === 41 || last === 116 || last === 84;
}

/** "-" or "–" (the dashes of a score). */
function isDash(code: number): boolean {
  return code === 45 || code === 0x2013;
}
