import type { Claim, Frame, ScopeEntity } from "../../model.js";

/**
 * Measures of named things as the matching compares them (the extraction's rule
 * frame.named-measure): "the 948-foot Dali", "Merdeka 118 stands 678.9 metres tall". One
 * thing's measures meet, a bare length meeting a length or a height; a standing measure holds
 * at any time.
 */

/** The classes a bare length of a named thing may be. */
const EXTENT = new Set(["length", "height"]);

/**
 * A named thing's height and its altitude are one measure: what news gives an altitude of is a peak, a
 * volcano, a town on a plateau, whose height is its elevation ("Uhuru Peak ... stands at 5898m" and
 * "Altitude: 5,895 metres"); a building's altitude is not written.
 */
export function heightAgrees(x: string, y: string): boolean {
  return (x === "altitude" && y === "height") || (x === "height" && y === "altitude");
}

/** Whether a bare length ("extent") agrees with the other class: a length or a height, never a depth or a width. */
export function extentAgrees(x: string, y: string): boolean {
  return EXTENT.has(x === "extent" ? y : x);
}

/** A standing measure of a named thing (rule frame.named-measure): its thing is its anchor. */
export function namedMeasure(frame: Frame): boolean {
  return Boolean(frame.rules?.includes("frame.named-measure"));
}

/**
 * Measures of named things that change: a city's population, a route's travel time (a new link
 * cuts it), a thing's cost (an estimate grows while it is built: Rs 250 crore in 2020, Rs 531 crore in 2025),
 * a measure planned for a thing being built ("will be 2.07 km long": the design may change).
 */
const CHANGING = /^(?:population|travel-time|cost)(?:\.|$)|\.planned$/;

/**
 * A measure of a named thing that holds at any time (a ship's length, a tower's height, a
 * stadium's seats, the distance between two cities): two reports of it are of one moment,
 * however far apart. A population, a travel time or a cost changes, and stays compared by the reports' times.
 * @example standingMeasure(claimOf("the 948-foot Dali")) // true
 */
export function standingMeasure(claim: Claim): boolean {
  const frame = claim.subject?.frame;
  return Boolean(frame && namedMeasure(frame) && !CHANGING.test(frame.measure.id));
}

/**
 * A duration that is a measure of a named thing (a route's travel time) does not grow while time
 * passes, as the length of a war does: two reports of it compare whenever they were written.
 * @example fixedDuration(claimOf("cut the travel time between Hong Kong and Zhuhai to 30 minutes")) // true
 */
export function fixedDuration(claim: Claim): boolean {
  const frame = claim.subject?.frame;
  return claim.kind === "duration" && Boolean(frame && namedMeasure(frame));
}

/** Present-tense verbs of a height that a change reader may take for a rise ("climbs 310 metres", "rises to 678.9 metres"). */
const HEIGHT_VERBS = new Set(["rises", "climbs", "soars", "towers", "stands"]);

/**
 * The change role a claim is compared by: a standing height of a named thing told with a height
 * verb ("The Oroville Dam rises 754 feet") is the thing's level, not an amount it rose by, so it
 * meets "is 770 feet tall"; so is a distance from a place after a placing verb the change reader
 * took for a fall ("sank 30 nautical miles off Mwanza"). Every other claim keeps the role its change was read with.
 * @example comparedRole(claimOf("The Oroville Dam rises 754 feet")) // "level"
 */
export function comparedRole(claim: Claim): "level" | "to" | "from" | "by" {
  const frame = claim.subject?.frame;
  if (!claim.change) return "level";
  // "MV Bukoba sank 30 nautical miles off Mwanza": a distance from a place says where, never by how much.
  if (frame?.measure.id.startsWith("distance.from-")) return "level";
  if (frame && namedMeasure(frame) && frame.measure.id.startsWith("height") && !claim.change.pairedWith && HEIGHT_VERBS.has(claim.change.text.trim().toLowerCase())) return "level";
  return claim.change.role;
}

/** How a named thing's measure class reads in an explanation. */
function measureLabel(id: string): string {
  if (id === "extent") return "size";
  if (id.startsWith("travel-time")) return id === "travel-time" ? "travel time" : "travel time before the change";
  // "distance.from-chongqing": a distance from a place (distance-from.ts), its id written back as words.
  const from = /^distance\.from-(.+)$/.exec(id)?.[1];
  if (from) return `distance from ${from.split("-").map((w) => w[0]!.toUpperCase() + w.slice(1)).join(" ")}`;
  const [cls, year] = id.split(".");
  if (year === "planned") return `planned ${cls}`;
  // "population.2010": a year's; "height.tip": a part's ("height to the tip").
  return year ? (/^\d{4}$/.test(year) ? `${cls} in ${year}` : `${cls} to the ${year}`) : cls!;
}

/** "both: the length of the Dali", "both: the size / height of Merdeka 118". */
export function namedWhy(fa: Frame, fb: Frame, thing: ScopeEntity): string {
  // The named dimension first: "the height / size of X" whichever claim is checked.
  // A figure of the thing its story tells of ("width.bridge", frame/thing-of-story.ts) is labelled by its dimension.
  const label = (frame: Frame) => measureLabel(namedMeasure(frame) ? frame.measure.id : frame.measure.id.split(".")[0]!);
  const labels = [...new Set([label(fa), label(fb)])].sort((x, y) => Number(x === "size") - Number(y === "size")).join(" / ");
  return `both: the ${labels} of ${thing.text}`;
}
