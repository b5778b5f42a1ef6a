/** A number as the reader found it in the text, before anything decides what it counts. */
export interface NumberReading {
  start: number;
  end: number;
  value: number;
  /** The resolution it was written with: 18.6 -> 0.1, 30 -> 10, 3.6 million -> 100000. */
  step: number;
  /** How it was written; later rules trust digits more than words ("one state"). */
  form: "digits" | "words" | "fraction";
  /** "hundreds of thousands": the value is the lowest the words allow. */
  vague?: boolean;
  /** Digits grouped with commas or spaces ("1,300"): never a year or a code. */
  grouped?: boolean;
  /** A scale word or suffix was part of it ("3.6 million", "1.5bn"). */
  scaled?: boolean;
  /** A ratio of two numbers ("one in five", "2 out of 3"): a share by construction. */
  ratio?: boolean;
  /** Letters follow with no space ("29km", "5G"): a measure or a code, not a bare number. */
  fused?: boolean;
}

/**
 * The reading with every field present, in this order: what the reader hands on. Inside the
 * reader readings take many shapes; the quantity steps read them all through one.
 */
export function settledReading(r: NumberReading): NumberReading {
  return {
    start: r.start, end: r.end, value: r.value, step: r.step, form: r.form, vague: r.vague,
    grouped: r.grouped, scaled: r.scaled, ratio: r.ratio, fused: r.fused,
  };
}

/**
 * 10 to the number of trailing zeros: how precisely a whole number was stated.
 * @example integerStep(1300) // 100
 */
export function integerStep(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let step = 1;
  let rest = Math.abs(value);
  for (let i = 0; i < 15 && rest % 10 === 0; i++) {
    step *= 10;
    rest /= 10;
  }
  return step;
}

/**
 * a × b without binary noise: 16.4 million is 16400000, not 16399999.999999998.
 * @example times(16.4, 1e6) // 16400000
 */
export function times(a: number, b: number): number {
  const product = a * b;
  return Number.isFinite(product) ? Number(product.toPrecision(15)) : product;
}
