import type { Claim } from "../../model.js";
import { formatNumber, formatUnit } from "../../units/index.js";
import { DOLLAR_RATES, SHARED_SIGNS } from "../data/dollar-rates.js";

/**
 * A money figure and its conversion into another currency ("250 billion rubles ($3.7 million)")
 * that no exchange rate of the last thirty years joins. Rates move, so the test is loose: the
 * rate the text implies must fall outside every rate the two currencies have had (data/
 * dollar-rates.ts) by more than a factor of two either way. What it catches is the slip of a
 * scale word or of zeros (a million written for a billion), never a dated or rounded rate.
 */

/** The factor past the recorded rates a conversion must be off before it is called wrong. */
const SLACK = 2;

/**
 * The currencies a figure's sign may stand for: a bare "$" is any dollar (Hong Kong, Singapore and
 * Australian outlets write their own so), a bare "¥" the yen or the yuan.
 */
function readings(claim: Claim): string[] {
  if (/(?<![A-Za-z])\$/u.test(claim.text)) return [...SHARED_SIGNS.$];
  if (claim.text.includes("¥") && !/[a-z]{2}/iu.test(claim.text.replace(/\b(?:million|billion|trillion|bn|m)\b/giu, ""))) return [...SHARED_SIGNS["¥"]];
  return [claim.unit as string];
}

/** The amounts of `to` one unit of `from` has been worth, widened by the slack; undefined where a currency has no band. */
function rateBand(from: string, to: string): [number, number] | undefined {
  const a = DOLLAR_RATES[from];
  const b = DOLLAR_RATES[to];
  if (!a || !b) return undefined;
  return [b[0] / a[1] / SLACK, (b[1] / a[0]) * SLACK];
}

const SCALES: readonly [number, string][] = [[1e12, " trillion"], [1e9, " billion"], [1e6, " million"]];

/** An amount to two significant figures, with a scale word from a million up: "$1.8 billion". */
function roughly(unit: string, value: number): string {
  const [scale, word] = SCALES.find(([s]) => value >= s) ?? [1, ""];
  const shown = Number((value / scale).toPrecision(2));
  return formatUnit(unit, shown).replace(/^(\D*[\d.,]+)(.*)$/u, `$1${word}$2`);
}

/**
 * The explanation when `y`, given as the conversion of `x`, is no conversion of it at any rate; else null.
 * @example moneyMismatch(rubles250bn, dollars3_7m) // "\"250 billion rubles\" is between $1.8 billion and $42 billion at any exchange rate since 1995, but ..."
 */
export function moneyMismatch(x: Claim & { value: number }, y: Claim & { value: number }): string | null {
  if (x.unit === undefined || y.unit === undefined || x.unit === y.unit || x.value <= 0 || y.value <= 0) return null;
  const implied = y.value / x.value;
  // Judged wrong only if wrong whichever currency each sign stands for.
  const bands = readings(x).flatMap((a) => readings(y).map((b) => (a === b ? undefined : rateBand(a, b))));
  if (bands.some((b) => b === undefined || (implied >= b[0] && implied <= b[1]))) return null;
  const band = rateBand(x.unit, y.unit);
  if (!band) return null;
  const [low, high] = [x.value * band[0] * SLACK, (x.value * band[1]) / SLACK];
  const ratio = implied > band[1] ? y.value / high : low / y.value;
  return `"${x.text}" is between ${roughly(y.unit, low)} and ${roughly(y.unit, high)} at any exchange rate since 1995, ` +
    `but the text gives "${y.text}" as its conversion, at least ${formatNumber(Number(ratio.toPrecision(2)))} times too ${implied > band[1] ? "much" : "little"}: ` +
    "a scale word or zeros slipped in one of the two figures.";
}
