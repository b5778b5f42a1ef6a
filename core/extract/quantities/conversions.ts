import { mark, type Candidate } from "./candidate.js";

/**
 * A compound adjective may follow either unit: "30-foot-tall (48-kilometer-tall) sections",
 * "a 30-mile-long (48-km-long) wall" restate a measure as much as "30 ft (9 m)" does.
 */
const ADJECTIVE_TAIL = "(?:-[A-Za-z]{2,12})?";
/** "(that's 24 km/h)", "(or 31 mph)", "(i.e. 9 m)": words that say the bracket restates. */
const RESTATE = "(?:that's|that is|or|i\\.e\\.,?|equivalent to|equal to)[ \\t]{1,2}";
const OPEN = new RegExp(`^${ADJECTIVE_TAIL}[ \\t]{0,2}[([][ \\t]{0,2}(?:${RESTATE})?$`, "i");
const CLOSE = new RegExp(`^${ADJECTIVE_TAIL}[ \\t]{0,2}[)\\]]`);
/** "40 kilometers per hour (kph) or 31 miles per hour": an abbreviation in brackets may sit before "or". */
const OR = /^(?:[ \t]{0,2}\([A-Za-z/. ]{1,10}\))?,?[ \t]{1,2}or[ \t]{1,2}$/i;
/** "500 metres — roughly 1,640 feet —": a dash aside, in another unit, with a hedge. */
const DASH = /^[ \t]{0,2}[\u2014\u2013][ \t]{0,2}$|^[ \t]{1,2}--?[ \t]{1,2}$/;

function sameMeasure(a: Candidate, b: Candidate): boolean {
  return a.unit !== undefined && b.unit !== undefined && a.unit.dimension === b.unit.dimension && a.unit.dimension !== "count";
}

/**
 * "X unit (Y unit)", "X unit (that's Y unit)", "X unit, or about Y unit", "X unit — roughly Y unit":
 * Y restates X in another unit, so Y points at X
 * and the checker can test the conversion. Only within one dimension (money counts as one).
 * @example "30-mile (18.6-mile) deep" // 18.6 mi gets conversionOf = span of "30-mile"
 */
export function linkConversions(text: string, live: Candidate[]): void {
  for (let k = 0; k + 1 < live.length; k++) {
    const a = live[k]!;
    const b = live[k + 1]!;
    if (!sameMeasure(a, b) || a.conversionOf) continue;
    const gap = text.slice(a.end, b.start);
    const bracketed = OPEN.test(gap) && CLOSE.test(text.slice(b.end, b.end + 16));
    const aside = DASH.test(gap) && b.qualifier === "approx" && a.unit!.id !== b.unit!.id;
    // "10 or 15 km" is a choice between two figures; "30 feet, or about 9 meters" restates one.
    const restated = OR.test(gap) && a.unit!.id !== b.unit!.id;
    if (!bracketed && !aside && !restated) continue;
    b.conversionOf = { start: a.start, end: a.end };
    mark(b, "conversion");
  }
}
