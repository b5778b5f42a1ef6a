import type { Subject } from "./model.js";

/**
 * Whether two claims are about the same thing, so their numbers may be compared.
 * Precision first: a false "same subject" becomes a false contradiction in front of an editor,
 * while a missed match only loses one finding. So every field both sides name must agree, and a
 * field only one side names is no evidence either way (an article that says "a 30-km strip"
 * without "deep" may well mean the same strip). Units and dimensions are the checker's to
 * compare: this looks at the words only.
 */

/**
 * The head of a subject key: the part before the first "|". The store indexes claims by it.
 * @example subjectHead("refugee|syrian|turkey") // "refugee"
 */
export function subjectHead(key: string): string {
  const bar = key.indexOf("|");
  return (bar < 0 ? key : key.slice(0, bar)).trim().toLowerCase();
}

/**
 * Same head; same measure, place, group and event wherever both subjects name one.
 * @example
 * sameSubject(
 *   { key: "refugee|syrian|turkey", text: "Syrian refugees residing in Turkey", head: "refugee", group: "syrian", place: "turkey" },
 *   { key: "refugee|syrian", text: "Syrian refugees", head: "refugee", group: "syrian" },
 * ) // true: the second names no place, so nothing clashes
 */
export function sameSubject(a: Subject, b: Subject): boolean {
  if (headOf(a) !== headOf(b)) return false;
  return FACETS.every((facet) => agrees(a[facet], b[facet]));
}

const FACETS = ["measure", "place", "group", "event"] as const;

function headOf(subject: Subject): string {
  return (subject.head || subjectHead(subject.key)).trim().toLowerCase();
}

/** A facet missing on either side is compatible; two named values must be equal. */
function agrees(x: string | undefined, y: string | undefined): boolean {
  const left = normal(x);
  const right = normal(y);
  return left === "" || right === "" || left === right;
}

function normal(value: string | undefined): string {
  return (value ?? "").trim().toLowerCase();
}
