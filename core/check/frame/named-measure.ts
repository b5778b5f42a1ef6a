import type { Claim, Frame, ScopeEntity } from "../../model.js";

/**
 * Measures of named things as the matching compares them (the extraction's rule
 * frame.named-measure): "the 948-foot Dali", "Merdeka 118 stands 678.9 metres tall". One
 * thing's measures meet, a bare length meeting a length or a height; a standing measure holds
 * at any time.
 */

/** The classes a bare length of a named thing may be. */
const EXTENT = new Set(["length", "height"]);

/** Whether a bare length ("extent") agrees with the other class: a length or a height, never a depth or a width. */
export function extentAgrees(x: string, y: string): boolean {
  return EXTENT.has(x === "extent" ? y : x);
}

/** A standing measure of a named thing (rule frame.named-measure): its thing is its anchor. */
export function namedMeasure(frame: Frame): boolean {
  return Boolean(frame.rules?.includes("frame.named-measure"));
}

/**
 * A measure of a named thing that holds at any time (a ship's length, a tower's height, a
 * stadium's seats): two reports of it are of one moment, however far apart. A population
 * changes, and stays compared by the reports' times.
 * @example standingMeasure(claimOf("the 948-foot Dali")) // true
 */
export function standingMeasure(claim: Claim): boolean {
  const frame = claim.subject?.frame;
  return Boolean(frame && namedMeasure(frame) && !frame.measure.id.startsWith("population"));
}

/** How a named thing's measure class reads in an explanation. */
function measureLabel(id: string): string {
  if (id === "extent") return "size";
  const [cls, year] = id.split(".");
  return year ? `${cls} in ${year}` : cls!;
}

/** "both: the length of the Dali", "both: the size / height of Merdeka 118". */
export function namedWhy(fa: Frame, fb: Frame, thing: ScopeEntity): string {
  // The named dimension first: "the height / size of X" whichever claim is checked.
  const labels = [...new Set([measureLabel(fa.measure.id), measureLabel(fb.measure.id)])].sort((x, y) => Number(x === "size") - Number(y === "size")).join(" / ");
  return `both: the ${labels} of ${thing.text}`;
}
