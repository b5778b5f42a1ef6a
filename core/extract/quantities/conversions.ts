import { mark, type Candidate } from "./candidate.js";
import { CONFUSED_DIMENSIONS } from "./data/confused-dimensions.js";

/**
 * A compound adjective may follow either unit: "30-foot-tall (48-kilometer-tall) sections",
 * "a 30-mile-long (48-km-long) wall" restate a measure as much as "30 ft (9 m)" does.
 */
const ADJECTIVE_TAIL = "(?:-[A-Za-z]{2,12})?";
/** "(that's 24 km/h)", "(or 31 mph)", "(i.e. 9 m)": words that say the bracket restates. */
const RESTATE = "(?:that's|that is|or|i\\.e\\.,?|equivalent to|equal to)[ \\t]{1,2}";
/**
 * An abbreviation's period may stand before either bracket ("80 m.p.h. (130 km/h)", "1,991m
 * (6,532 ft.)"), and a hyphenated adjective may run into its bracket ("three-meter-(10-feet)-high").
 */
const OPEN = new RegExp(`^\\.?${ADJECTIVE_TAIL}-?[ \\t]{0,2}[([][ \\t]{0,2}(?:${RESTATE})?$`, "i");
const CLOSE = new RegExp(`^${ADJECTIVE_TAIL}\\.?[ \\t]{0,2}[)\\]]`);
/** "(100 degrees Fahrenheit = 37.8 degrees Celsius)": an equals sign restates. */
const EQUALS = /^[ \t]{0,2}=[ \t]{0,2}$/;
/** "nearly 3,000 meters, about 10,000 feet, high": a hedged aside between commas. */
const COMMA = /^,[ \t]{1,2}$/;
const AFTER_COMMA_ASIDE = /^[ \t]{0,2}[,;)]/;
/** "40 kilometers per hour (kph) or 31 miles per hour": an abbreviation in brackets may sit before "or". */
const OR = /^(?:[ \t]{0,2}\([A-Za-z/. ]{1,10}\))?,?[ \t]{1,2}or[ \t]{1,2}$/i;
/** "500 metres — roughly 1,640 feet —": a dash aside, in another unit, with a hedge. */
const DASH = /^[ \t]{0,2}[\u2014\u2013][ \t]{0,2}$|^[ \t]{1,2}--?[ \t]{1,2}$/;

/** "a 5.6km-long stretch (3.4 miles)": a compound adjective, its noun, then the bracket. */
const NOUN_THEN_OPEN = /^(?:-[A-Za-z]{2,12})?[ \t]{1,2}[a-z]{3,15}[ \t]{0,2}[([]$/;

function sameMeasure(a: Candidate, b: Candidate): boolean {
  return a.unit !== undefined && b.unit !== undefined && a.unit.dimension === b.unit.dimension && a.unit.dimension !== "count";
}

function confusedMeasures(a: Candidate, b: Candidate): boolean {
  const x = a.unit?.dimension;
  const y = b.unit?.dimension;
  return CONFUSED_DIMENSIONS.some(([one, other]) => (x === one && y === other) || (x === other && y === one));
}

/** "30-mile strip (48 km)", "5.6km-long stretch (3.4 miles)": the figure is an adjective before its noun. */
function adjectiveBeforeNoun(text: string, a: Candidate, gap: string): boolean {
  return NOUN_THEN_OPEN.test(gap) && (gap.startsWith("-") || text.slice(a.numberEnd, a.end).startsWith("-"));
}

/**
 * "X unit (Y unit)", "X unit (that's Y unit)", "X unit, or about Y unit", "X unit — roughly Y unit",
 * "X unit, about Y unit,", "X unit = Y unit":
 * Y restates X in another unit, so Y points at X
 * and the checker can test the conversion. Within one dimension (money counts as one), and in
 * brackets between two measures a slip confuses (data/confused-dimensions.ts).
 * @example "30-mile (18.6-mile) deep" // 18.6 mi gets conversionOf = span of "30-mile"
 */
export function linkConversions(text: string, live: Candidate[]): void {
  for (let k = 0; k + 1 < live.length; k++) {
    const b = live[k + 1]!;
    // "6ft 4in (1.93m)": the bracket restates the whole amount whose span took in the part before it.
    const whole = k > 0 ? live[k - 1]! : undefined;
    const a = whole && whole.start <= live[k]!.start && live[k]!.end <= whole.end ? whole : live[k]!;
    if (a.conversionOf) continue;
    const same = sameMeasure(a, b);
    if (!same && !confusedMeasures(a, b)) continue;
    // A slip of measure is read only in brackets right after the figure: "(17 kilometers per liter)".
    if (!same) {
      if (inBracketsAfter(text, a, b)) link(a, b);
      continue;
    }
    const gap = text.slice(a.end, b.start);
    const bracketed = (OPEN.test(gap) || (a.unit!.id !== b.unit!.id && adjectiveBeforeNoun(text, a, gap))) && CLOSE.test(text.slice(b.end, b.end + 16));
    const hedged = b.qualifier === "approx" && a.unit!.id !== b.unit!.id;
    const aside = hedged && (DASH.test(gap) || (COMMA.test(gap) && AFTER_COMMA_ASIDE.test(text.slice(b.end, b.end + 4))));
    const equal = EQUALS.test(gap) && a.unit!.id !== b.unit!.id;
    // "10 or 15 km" is a choice between two figures; "30 feet, or about 9 meters" restates one.
    const restated = OR.test(gap) && a.unit!.id !== b.unit!.id;
    if (bracketed || aside || restated || equal) link(a, b);
  }
}

function link(a: Candidate, b: Candidate): void {
  b.conversionOf = { start: a.start, end: a.end };
  mark(b, "conversion");
}

/** "12 metric tons (13 tons)", "13 tons (12 metric tons)": two figures, the second in brackets right after the first. */
export function inBracketsAfter(text: string, a: Candidate, b: Candidate): boolean {
  return OPEN.test(text.slice(a.end, b.start)) && CLOSE.test(text.slice(b.end, b.end + 16));
}
