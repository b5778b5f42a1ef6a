import { DAILY_FLOWS, getUnit, MAX_NAME_WORDS, mayBeginUnitName, normalizeUnitName, SUBUNITS, unitByNormalName, type UnitDef } from "../../units/index.js";

/** One word of a unit name: letters with degree and power signs, an optional "/x" part ("/100 km" may take a spaced unit: "mb/d in" may not), a dot. */
const UNIT_TOKEN = /(?:(?:[a-z]\.){2,3}|[A-Za-z\u00B0\u00BA\u02DA\u2103\u2109\u00B5\u03BC][A-Za-z\u00B2\u00B3]{0,24}(?:\^?[23])?(?:\/(?:[0-9]{1,8}(?:[ ][a-z]{1,2}(?![A-Za-z]))?|[A-Za-z0-9]{1,8}))?|[%$€£¥₺₹₽₩₪₿¢₦₴₱฿₫৳\u5143])\.?/y;
const TOKEN_GAP = /[ \t\u00a0]{1,2}|[-\u2010]/y;
const NUMBER_GAP = /[ \t\u00a0]{1,2}|[-\u2010\u2011][ \t]?|[ \t]?(?=[([{<])/y;
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
/** "30 MUSD", "120 MEUR": finance writes millions as M before the ISO code. */
const MILLIONS_CODE = /^M[A-Z]{3}$/;
const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">" };

/**
 * Names that must touch the number ("40C", "30-in", "100t") because spaced they are ordinary
 * words or letters ("5 in Turkey", "Plan B").
 */
const ATTACHED_ONLY = new Set(["in", "g", "t", "l", "s", "h", "c", "f", "k", "kn", "kt", "gr", "st", "°"]);
/** Single letters read as units only in capitals (temperature scales) or lowercase (SI symbols). */
const CASED: Record<string, string> = { c: "C", f: "F", k: "K", m: "m", g: "g", t: "t", bp: "bp", bps: "bps" };
/** Currency names that are everyday words or letters: read only when written as the ISO code. */
const CODE_ONLY = new Set(["try", "sar", "rub", "won", "rand", "rs", "all", "top"]);
/** Currency abbreviations that are words in lower case ("le"): read in capitals ("LE 500", Egyptian press) or dotted ("l.e."). */
const CAPITALS_OR_DOTTED = new Set(["le"]);

/** Short unit names that take an abbreviation dot: "50 deg.", "12 mi. from". */
const ABBREVIATIONS = new Set(["deg", "ft", "in", "lb", "lbs", "oz", "mi", "yd", "yds", "gal", "sq", "cu", "hr", "hrs", "min", "sec"]);

/**
 * A dot after a unit is part of it only when it abbreviates and the sentence goes on after it
 * ("12 mi. from the border"); before a capital or a line end it ends the sentence.
 */
function abbreviationDot(text: string, written: string, end: number): boolean {
  if (!ABBREVIATIONS.has(normalizeUnitName(written))) return false;
  return /^[ \t]{1,2}[a-z0-9]/.test(text.slice(end, end + 3));
}

export interface UnitRead {
  unit: UnitDef;
  start: number;
  end: number;
  /** Glued or hyphenated to the number: "30-mile", "15,200km". */
  attached: boolean;
  /** The words as written. */
  text: string;
  /** Multiply the value by this: coins ("50 cents" is 0.5 USD). */
  factor: number;
}

/**
 * Tonnes with a scale, known by their case: mining and commodity copy writes kilotonnes "KT"
 * ("exports rose to 510KT"; a lowercase "kt" stays the knot of weather copy) and megatonnes "Mt"
 * ("37 Mt of CO2"; "mt" and "MT" are metric tons).
 */
const CASED_SCALES = new Map([["KT", { id: "t", factor: 1e3 }], ["Mt", { id: "t", factor: 1e6 }]]);
/** Coins and daily flows by normalized name, a coin's name first ("cent" is a coin before any flow). */
const SUBS = new Map([...Object.entries(DAILY_FLOWS), ...Object.entries(SUBUNITS)]);

/** "UAH/kg", "cents/lb": a currency code or a coin's name before a slash. */
function paidPer(token: string): boolean {
  const slash = token.indexOf("/");
  if (slash <= 0) return false;
  const before = token.slice(0, slash);
  return /^[A-Z]{3}$/.test(before) ? mayBeginAny(before) : COINS.has(before.toLowerCase());
}

/** Coins written out before a slash: "87.78 cents/lb", "55 pence/litre". */
const COINS = new Set(["cent", "cents", "pence", "paise", "sen", "kobo", "centavos", "pesewas", "kopecks"]);

/** A table unit, a coin standing for a fraction of one, or a daily flow ("bpd") read in its unit. */
function lookUp(written: string, name: string): { unit: UnitDef; factor: number } | null {
  // Maps, not the tables' objects: a written word as an object key costs a look-up in V8's string table.
  const sub = CASED_SCALES.get(written) ?? SUBS.get(name);
  const coin = sub ? getUnit(sub.id) : undefined;
  if (sub && coin) return { unit: coin, factor: sub.factor };
  const million = MILLIONS_CODE.test(written) ? getUnit(written.slice(1)) : undefined;
  if (million?.dimension === "money") return { unit: million, factor: 1e6 };
  const unit = unitByNormalName(name);
  return unit ? { unit, factor: 1 } : null;
}

/** First words of the coin-like names: "basis" begins "basis points". */
const SUBUNIT_FIRST = new Set([...Object.keys(SUBUNITS), ...Object.keys(DAILY_FLOWS)].map((n) => n.split(" ")[0]!));

/** Whether the word can begin a unit, a coin or an "M" + ISO code amount. */
function mayBeginAny(word: string): boolean {
  const name = normalizeUnitName(word);
  return mayBeginUnitName(name) || SUBUNIT_FIRST.has(name) || MILLIONS_CODE.test(word);
}

/** The words that could name a unit, or none when the first cannot begin one (most numbers). */
function tokensAfter(text: string, i: number): { start: number; end: number }[] {
  const tokens: { start: number; end: number }[] = [];
  let at = i;
  for (let k = 0; k < MAX_NAME_WORDS; k++) {
    // test, not exec: the token is read back from its bounds, and most numbers end here with no match array made.
    UNIT_TOKEN.lastIndex = at;
    if (!UNIT_TOKEN.test(text)) break;
    const end = UNIT_TOKEN.lastIndex;
    // "UAH/kg", "cents/lb": the part before a slash may begin a currency or coin paid per something (currencyPerUnit).
    if (k === 0) {
      const token = text.slice(at, end);
      if (!mayBeginAny(token) && !paidPer(token)) break;
    }
    tokens.push({ start: at, end });
    TOKEN_GAP.lastIndex = end;
    if (!TOKEN_GAP.test(text)) break;
    at = TOKEN_GAP.lastIndex;
  }
  return tokens;
}

/** "100 l of water", "278,000 t.", "7 g of salt": a spaced metric letter before "of" or the end of a phrase. */
const SPACED_LETTERS = new Set(["g", "l", "L", "t"]);
// "copper output fell from 4 485 t to 4 058 t": before "to" or "from" the phrase closes too.
const LETTER_CLOSES = /^(?:[ \t]{1,2}(?:of|and|or|to|from)[ \t]|[ \t]*(?:[.,;:!?)]|$))/;

/** "2 in thick", "a length of 5 in.": spaced "in" is inches only at a phrase end or before a measure adjective. */
const INCH_CLOSES = /^(?:[ \t]{1,2}(?:thick|long|wide|tall|high|deep|across|in[ \t]diameter)(?![A-Za-z])|[ \t]*(?:[.,;:!?)]|$))/;

function acceptable(written: string, name: string, unit: UnitDef, attached: boolean, next: string, after = ""): boolean {
  if (unit.dimension === "count") return false;
  // "(121 F)", "40 C.": a capital scale letter standing alone after a number reads as degrees.
  // The sentence's full stop may be read with the letter ("104 F."): the scale is the letter alone.
  const scale = written.endsWith(".") ? written.slice(0, -1) : written;
  const spacedScale = (scale === "C" || scale === "F") && !/[A-Za-z0-9]/.test(next);
  // "copper production was up 33.8% to 22 000 t.": the sentence's full stop read with the letter closes it.
  const spacedLetter = (SPACED_LETTERS.has(written) && LETTER_CLOSES.test(after)) || (written.endsWith(".") && SPACED_LETTERS.has(written.slice(0, -1))) || (/^in\.?$/.test(written) && INCH_CLOSES.test(written.endsWith(".") ? `.${after}` : after));
  if (ATTACHED_ONLY.has(name) && !attached && !spacedScale && !spacedLetter) return false;
  const cased = CASED[name];
  if (cased !== undefined && written.replace(/\.$/, "") !== cased) return false;
  // "20Rs": glued to the amount the abbreviation is the rupee, not a word.
  if (unit.dimension === "money" && CODE_ONLY.has(name) && written !== unit.id && written !== "TL" && !(attached && written === "Rs")) return false;
  if (CAPITALS_OR_DOTTED.has(name) && written !== written.toUpperCase() && !written.includes(".")) return false;
  return true;
}

/**
 * The unit written right after a number ending at `i`: glued ("32km"), hyphenated ("30-mile",
 * "2-square-mile"), spaced ("5 sq km", "75 million dollars") or bracketed ("20 (kg)").
 * The longest name the table knows wins.
 * @example readUnitAfter("a 30-km strip", 4)?.unit.id // "km"
 */
export function readUnitAfter(text: string, i: number): UnitRead | null {
  NUMBER_GAP.lastIndex = i;
  const gap = NUMBER_GAP.test(text);
  const at = gap ? NUMBER_GAP.lastIndex : i;
  // Attached: no gap, or a gap of one hyphen ("30-mile").
  const attached = !gap || (at - i === 1 && HYPHENS.has(text.charCodeAt(i)));
  const opener = text[at] ?? "";
  const closer = CLOSERS[opener];
  const tokens = tokensAfter(text, closer ? at + 1 : at);
  for (let n = tokens.length; n > 0; n--) {
    const first = tokens[0]!;
    const last = tokens[n - 1]!;
    const written = text.slice(first.start, last.end);
    const name = normalizeUnitName(written);
    const found = lookUp(written, name);
    if (!found || !acceptable(written, name, found.unit, attached, text[last.end] ?? "", text.slice(last.end, last.end + 14))) continue;
    const { unit, factor } = found;
    const end = written.endsWith(".") && !abbreviationDot(text, written, last.end) ? last.end - 1 : last.end;
    // "5 kmh" is no "5 km" + "h"; a sign is whole as written: "0.25%to 0.5%" lost only a space.
    if (/[A-Za-z0-9]/.test(text[end] ?? "") && !(written === "%" && /[a-z]/.test(text[end] ?? ""))) continue;
    if (closer) return text[end] === closer ? { unit, factor, start: at, end: end + 1, attached: false, text: text.slice(at, end + 1) } : null;
    return { unit, factor, start: first.start, end, attached, text: text.slice(first.start, end) };
  }
  return closer ? null : currencyPerUnit(text, tokens[0], attached);
}

/**
 * "4.5 UAH/kg", "300 USD/t", "50 EUR/MWh": a currency code glued to the measure it is paid per. The
 * amount is in the currency; what it is per stays in the text (the rate's denominator is no unit of the figure).
 */
function currencyPerUnit(text: string, token: { start: number; end: number } | undefined, attached: boolean): UnitRead | null {
  const slash = token ? text.indexOf("/", token.start) : -1;
  if (!token || slash <= token.start || slash >= token.end) return null;
  const written = text.slice(token.start, slash);
  const found = paidPer(text.slice(token.start, token.end)) ? lookUp(written, normalizeUnitName(written)) : null;
  if (found?.unit.dimension !== "money" || !acceptable(written, normalizeUnitName(written), found.unit, attached, "/")) return null;
  return { unit: found.unit, factor: found.factor, start: token.start, end: slash, attached, text: written };
}
