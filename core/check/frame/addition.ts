import type { Claim } from "../../model.js";
import { headOf } from "../pairs.js";
// "three more", "another 20", and "wounding about 150 more" (no addition): read as the extractor reads them.
import { ADDED_AFTER, ADDED_BEFORE, SECOND_MEASURE } from "../../extract/subject/part-of-people.js";
import { ADDED_IN_WORDS, OTHER_MEASURE } from "../data/part-words.js";
import { ALSO_HARMED, OTHER_ALSO } from "../data/told-as-part.js";

/**
 * A count the text adds to another rather than gives as the total: "three more people died in
 * hospital", "another 20 were wounded", "a further 12 bodies were found", "12 were killed
 * instantly and three other people died of their injuries". It is a part of the toll, never the
 * toll itself, so it is compared with nothing as if it were the same thing.
 */

/**
 * "Other" after the number ("three other people", "40 others") adds to a figure of the same
 * measure named before it; after a figure of another measure ("killing 12 and wounding 40
 * others") it means "other people" and the figure is a total. "Another" before it likewise.
 */
const OTHER_AFTER = /^\s+others?\b/iu;

/** How far before an "other" count the figure it adds to may be said. */
const NEAR = 250;

/** How many characters on each side of a claim are read. */
const REACH = 24;

/** The words just before and after a claim: from the body when there is one, else from its subject's words. */
function around(claim: Claim, body?: string): { before: string; after: string } | null {
  if (body !== undefined && Number.isFinite(claim.start) && body.slice(claim.start, claim.end) === claim.text) {
    return { before: body.slice(Math.max(0, claim.start - REACH), claim.start), after: body.slice(claim.end, claim.end + REACH) };
  }
  const words = claim.subject?.text ?? "";
  const at = claim.text === "" ? -1 : words.indexOf(claim.text);
  if (at < 0) return null;
  return { before: words.slice(Math.max(0, at - REACH), at), after: words.slice(at + claim.text.length, at + claim.text.length + REACH) };
}

/**
 * Whether the words after the number mark the claim as added to a count given before ("three
 * more", "20 additional"): said of the same measure whatever came before.
 * @example isAddition(claimIn("The toll rose to 42 after three more people died."), body) // true
 */
export function isAddition(claim: Claim, body?: string): boolean {
  // A casualty count read with its sentence: the reader weighed what "more" adds to (subject.addition).
  const rules = claim.subject?.frame?.rules;
  if (body === undefined && rules?.includes("subject.casualty")) return rules.includes("subject.addition");
  const words = around(claim, body);
  return words !== null && ADDED_AFTER.test(words.after) && !SECOND_MEASURE.test(words.before);
}

/** The class of a claim's measure: "killed.in-hospital" ("three others died in hospital") is of the killed. */
function measureClass(claim: Claim): string | null {
  const measure = claim.subject?.frame?.measure.id;
  return measure ? measure.split(".")[0]! : headOf(claim);
}

function sameClass(a: Claim, b: Claim): boolean {
  return headOf(a) === headOf(b) || (measureClass(a) !== null && measureClass(a) === measureClass(b));
}

/**
 * The figure a claim saying "N other(s)" or "another N" adds to: the figure of its own measure
 * said just before it. "12 people were killed instantly, and three other people died" adds
 * three to 12 (a part), unlike "killing 12 and wounding 40 others" (another measure: 40 is the
 * whole count of wounded), where there is none.
 * @example addedTo(three, [twelve, three], body) // twelve
 */
function addedTo(claim: Claim, claims: readonly Claim[], body: string): Claim | undefined {
  const words = around(claim, body);
  if (words === null || !(OTHER_AFTER.test(words.after) || ADDED_BEFORE.test(words.before) || isAddition(claim, body))) return undefined;
  const measure = headOf(claim);
  // What it adds to is the figure said just before it ("Four children and two adults died
  // while another 13 were injured": the dead, so 13 is all the injured), not one further back.
  const before = claims.filter((other) => other !== claim && headOf(other) !== null && other.start < claim.start && claim.start - other.end <= NEAR);
  const last = before.reduce<Claim | undefined>((x, y) => (x === undefined || y.start > x.start ? y : x), undefined);
  // "The toll rose to 42 after three more died": a count reached includes what was added. "Three
  // people deceased in the building ... three others were found dead outside": others may equal it.
  const others = OTHER_AFTER.test(words.after);
  return measure !== null && last !== undefined && sameClass(last, claim) && (others || last.value !== claim.value) && last.change?.role !== "to" ? last : undefined;
}

/**
 * Whether a claim says "N other(s)" or "another N" after an earlier figure of its own measure.
 * @example addsToEarlier(three, [twelve, three], body) // true
 */
export function addsToEarlier(claim: Claim, claims: readonly Claim[], body: string): boolean {
  return addedTo(claim, claims, body) !== undefined;
}

/**
 * The claims of an article that add to another count: "N more", or "another N", "a further N",
 * "N other(s)" after a figure of the same measure.
 */
export function additions(claims: readonly Claim[], body: string): Set<Claim> {
  return new Set(claims.filter((claim) => (isAddition(claim, body) && !afterOtherMeasure(claim, claims)) || addsToEarlier(claim, claims, body) || toldAlsoOther(claim, claims, body)));
}

/**
 * "13 persons perished in the fire ..., while five more suffered minor injuries": "more" after
 * counts of another measure only, in its own sentence, means other people, not more of its own.
 */
function afterOtherMeasure(claim: Claim, claims: readonly Claim[]): boolean {
  const sentence = claim.sentence;
  const own = measureClass(claim);
  if (!sentence || own === null) return false;
  const before = claims.filter((other) => other !== claim && other.sentence?.start === sentence.start && other.start < claim.start && measureClass(other) !== null);
  return before.length > 0 && before.every((other) => measureClass(other) !== own);
}

/**
 * "Three other people were also found dead": added by its own words, whatever figure came before. "Two foreigners also
 * died" adds to a count of its own class told before it; "killed at least 717 ... at least 863 people had also been
 * hurt" tells another measure, whose whole count it is.
 */
function toldAlsoOther(claim: Claim, claims: readonly Claim[], body: string): boolean {
  if (around(claim, body) === null || !Number.isFinite(claim.end)) return false;
  const after = body.slice(claim.end, claim.end + 80);
  return OTHER_ALSO.test(after) || (ALSO_HARMED.test(after) && claims.some((other) => other !== claim && other.start < claim.start && measureClass(other) !== null && measureClass(other) === measureClass(claim)));
}

/**
 * The figures others are added to ("by the time rescuers arrived eight people had already died.
 * Three others died on the way"): eight is the count before the others, a part of the toll as
 * surely as the three, so inside one report it is no rival of the toll.
 * @example addedToBases([twelveKilled, eight, threeOthers], body) // Set { eight }
 */
export function addedToBases(claims: readonly Claim[], body: string): Set<Claim> {
  const bases = claims.map((claim) => addedTo(claim, claims, body)).filter((base): base is Claim => base !== undefined);
  return new Set([...bases, ...claims.filter((claim) => addedInWords(claim, body))]);
}

/**
 * "A total of 16 pupils died at school while one more died en route to the hospital": a count
 * its own sentence adds to in words (data/part-words.ts ADDED_IN_WORDS) the extraction may read
 * as no figure ("one more"), unless the words after them count another measure.
 */
function addedInWords(claim: Claim, body: string): boolean {
  const sentence = claim.sentence;
  if (!sentence || !Number.isFinite(claim.end) || body.slice(claim.start, claim.end) !== claim.text) return false;
  const added = ADDED_IN_WORDS.exec(body.slice(claim.end, Math.max(claim.end, sentence.end)));
  const other = OTHER_MEASURE[measureClass(claim) ?? ""];
  return added !== null && !(other?.test(added[1] ?? "") ?? false);
}
