import { getUnit, type UnitDef } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";
import { ISO4217 } from "../../units/data/iso4217.js";
import { LOCAL_SIGNS } from "./data/local-signs.js";
import { isRoadNumber } from "./road-numbers.js";
import { literalPattern } from "../literal-pattern.js";

/**
 * A local currency sign that other countries share ("Sh3.044 trillion", "P1,871", "K250") is
 * that country's money when the text puts the story in exactly one of the countries that write
 * it: its name, its people's adjective ("Kenyan"), a capital or city, its exchange or central
 * bank (data/local-signs.ts). The currency's own noun ("peso" against "pula") only settles a tie
 * when no place does. No country, or two: the sign stays unread here (the outlet may still say,
 * locale.ts).
 */

const escape = literalPattern;

/** Sign -> the currencies that write it. */
const BY_SIGN = new Map<string, string[]>();
for (const [id, { signs }] of Object.entries(LOCAL_SIGNS)) for (const s of signs) BY_SIGN.set(s, [...(BY_SIGN.get(s) ?? []), id]);

/**
 * The longest sign right before the amount: glued, or one space after a sign of two letters or
 * more, which may take an abbreviation dot ("Sh. 109.50", "Shs. 2,000": Kenyan and Ugandan copy).
 */
const SIGN_BEFORE = new RegExp(`(?:^|[^A-Za-z0-9$.,/\\-])(${[...BY_SIGN.keys()].sort((a, b) => b.length - a.length).map(escape).join("|")})(\\.?[ \\t]?)$`);

const ISO = new Map(ISO4217.map((row) => [row[0], row]));
const title = (s: string) => s.replace(/(^|[ -])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
/** Nouns that every country calls its currency: they tell no country apart. */
const SHARED_NOUNS = new Set(["dollar", "rupee", "franc", "pound", "sol", "leone", "real", "shilling"]);

interface Cues { strong: RegExp; noun?: RegExp }
const CUES = new Map<string, Cues>();

/** The words that put a story in the currency's country, built once per currency. */
function cuesOf(id: string): Cues {
  const known = CUES.get(id);
  if (known) return known;
  const row = ISO.get(id);
  const words = [...(LOCAL_SIGNS[id]?.places ?? [])];
  let noun: RegExp | undefined;
  if (row) {
    const [, name, , country] = row;
    const parts = name.split(" ");
    const last = parts[parts.length - 1]!;
    if (country) words.push(country.replace(/\s*\(.*\)$/, ""));
    if (country && /\(/.test(country)) words.push(/\(([^)]+)\)/.exec(country)![1]!);
    if (parts.length > 1) words.push(title(parts.slice(0, -1).join(" ")));
    if (last.length >= 4 && !SHARED_NOUNS.has(last)) noun = new RegExp(`\\b${escape(last)}s?\\b`, "i");
  }
  const cues = { strong: new RegExp(`(?:^|[^A-Za-z])(?:${words.map(escape).join("|")})(?![A-Za-z])`), noun };
  CUES.set(id, cues);
  return cues;
}

/**
 * The currency of the one sign country that a source line names ("Africa-Press (Kenya)", "The
 * Manila Shimbun"), or undefined.
 * @example currencyOfSource("The Niche (Nigeria)") // "NGN"
 */
export function currencyOfSource(source: string): string | undefined {
  return namedCountry(source, Object.keys(LOCAL_SIGNS), false);
}

/** The one currency among `ids` whose country the text names, or undefined. */
function namedCountry(text: string, ids: string[], nouns = true): string | undefined {
  const strong = ids.filter((id) => cuesOf(id).strong.test(text));
  if (strong.length === 1) return strong[0];
  if (strong.length > 1 || !nouns) return undefined;
  const weak = ids.filter((id) => cuesOf(id).noun?.test(text));
  return weak.length === 1 ? weak[0] : undefined;
}

/** One text's answers, kept while its candidates are read (the money step asks once per figure). */
let memo: { text: string; answers: Map<string, string | undefined> } | undefined;

function currencyFor(text: string, sign: string): string | undefined {
  if (memo?.text !== text) memo = { text, answers: new Map() };
  if (!memo.answers.has(sign)) memo.answers.set(sign, namedCountry(text, BY_SIGN.get(sign) ?? []));
  return memo.answers.get(sign);
}

/**
 * The shared local sign before the amount at `start`, read as the currency of the country the
 * text names, or null.
 * @example localSignCurrency("Nairobi stocks rose to Sh3.044 trillion", 24)?.unit.id // "KES"
 */
export function localSignCurrency(text: string, start: number): { unit: UnitDef; start: number; factor: number } | null {
  const head = text.slice(Math.max(0, start - 8), start);
  const m = SIGN_BEFORE.exec(head);
  const sign = m?.[1];
  if (!sign || (sign.length === 1 && m[2])) return null;
  const signStart = start - sign.length - (m[2]?.length ?? 0);
  // One capital: not a road, a model or a grade ("the N1", "R21 highway"), nor a quarter ("Q3 results").
  if (sign.length === 1 && isRoadNumber(text, signStart, start)) return null;
  if (sign === "Q" && /^[1-4](?![\d.,])/.test(text.slice(start, start + 2))) return null;
  const id = currencyFor(text, sign);
  const unit = id ? getUnit(id) : undefined;
  return unit ? { unit, start: signStart, factor: 1 } : null;
}

/** Shared currency nouns ("peso", "shilling", "dinar") -> the ISO currencies named so. */
const BY_NOUN = new Map<string, string[]>();
for (const [id, name] of ISO4217) {
  const noun = name.split(" ").pop()!;
  BY_NOUN.set(noun, [...(BY_NOUN.get(noun) ?? []), id]);
}

/** Whether the word is a currency's noun in the ISO table ("peso", "shillings"). */
export function isCurrencyNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return BY_NOUN.has(lower) || BY_NOUN.has(lower.replace(/s$/, ""));
}

/**
 * The currency a bare currency noun means in this text: the one currency of that noun whose
 * country the text names (also for a noun only one currency bears) ("the peso" in a story that names the Philippines), or undefined.
 * @example currencyOfNoun("The Philippine peso ended at 58.99", "peso") // "PHP"
 */
export function currencyOfNoun(text: string, noun: string): string | undefined {
  const ids = BY_NOUN.get(noun.toLowerCase().replace(/s$/, "")) ?? BY_NOUN.get(noun.toLowerCase());
  if (!ids) return undefined;
  // Even a noun one currency bears needs its country: "8500 marks" may be points, "real" a word.
  const strong = ids.filter((id) => cuesOf(id).strong.test(text));
  return strong.length === 1 ? strong[0] : undefined;
}

/**
 * A shared currency noun counted after a figure ("1.2 trillion shillings", "500 pesos") is the
 * currency of the country the text names; the noun reader left it a counted noun.
 * @example "In Nairobi, the firm is worth 1.2 trillion shillings" // KES
 */
export function currencyNouns(text: string, live: Candidate[]): void {
  for (const c of live) {
    if (c.dropped || c.unit || !c.countUnit || !BY_NOUN.has(c.countUnit)) continue;
    const id = currencyOfNoun(text, c.countUnit);
    const unit = id ? getUnit(id) : undefined;
    if (!unit) continue;
    c.unit = unit;
    c.countUnit = undefined;
    mark(c, "currency-noun");
  }
}
