import { unitByName, type UnitDef } from "../../units/index.js";

/**
 * Currency names written before the amount, as South and South-East Asian, Gulf and African
 * English does: "ringgit 42 million", "Rupees 500", "Saudi riyals 3 billion". Only names that
 * are no everyday word or title before a number: "Euro 2024" is a tournament, "won 3" a verb,
 * "Mark 5" a name, so euro, pound, dollar, won, mark, franc, real and rand are not here.
 */
const NAME_FIRST = new Set([
  "ringgit", "ringgits", "rupee", "rupees", "riyal", "riyals", "rial", "rials", "dirham", "dirhams", "naira",
  "shekel", "shekels", "yuan", "renminbi", "hryvnia", "hryvnias", "tugrik", "tugriks", "zloty", "zlotys", "rouble", "roubles", "ruble", "rubles",
]);
const LAST_WORDS = /((?:[A-Za-z]{2,12}[ \t]){0,2})([A-Za-z]{4,10})[ \t]{1,2}$/;

/**
 * The currency named in the words right before `start`, and where its name begins, or null.
 * A country word before the name joins it ("malaysian ringgit 42"). A year is no amount
 * ("riyals 2019" does not occur; "the yuan 2015 devaluation" does).
 * @example currencyNameBefore("paid ringgit 42", 12) // MYR, start 5
 */
export function currencyNameBefore(text: string, start: number, value: number, written: string): { unit: UnitDef; start: number } | null {
  // Most numbers have no currency name before them: look at the one word first, by hand.
  let end = start;
  while (end > 0 && end > start - 2 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  if (end === start) return null;
  // Every name ends in one of these letters ("ringgit", "rupees", "naira", "yuan", "zloty", "dirham", "renminbi", "tugrik").
  if (!"tselmanikyTSELMANIKY".includes(text[end - 1] ?? "-")) return null;
  let begin = end;
  while (begin > 0 && end - begin <= 10 && /[A-Za-z]/.test(text[begin - 1]!)) begin--;
  if (end - begin < 4 || !NAME_FIRST.has(text.slice(begin, end).toLowerCase())) return null;
  const head = text.slice(Math.max(0, start - 40), start);
  const m = LAST_WORDS.exec(head);
  if (!m?.[2] || !NAME_FIRST.has(m[2].toLowerCase())) return null;
  if (/^(?:1[89]|20)\d\d$/.test(written) && Number.isInteger(value)) return null;
  const words = (m[1] ?? "").split(/[ \t]/).filter(Boolean);
  // "the rupee 83 to the dollar", "the yuan 2015 devaluation": the currency itself, not an amount of it.
  if (/^(?:the|a|an)$/i.test(words[words.length - 1] ?? "")) return null;
  for (let k = 0; k <= words.length; k++) {
    const name = [...words.slice(k), m[2]].join(" ");
    const unit = unitByName(name);
    if (unit?.dimension === "money") return { unit, start: start - head.length + head.lastIndexOf(name) };
  }
  return null;
}
