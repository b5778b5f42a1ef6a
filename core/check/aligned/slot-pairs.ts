import type { ArticleSummary, Claim } from "../../model.js";
import type { SameThing } from "../same-thing.js";
import { valuesDisagree } from "../tally.js";
import { ONGOING_CLASSES } from "../data/story-classes.js";
import { BY_THE_HOUR_SLOTS, FIXED_SLOTS, GROWING_SLOTS } from "../data/slot-counts.js";
import { THING } from "../../extract/subject/data/counted-slots.js";
import { MEASURE } from "../../extract/subject/data/measure-slots.js";
import { alignReports, type Alignment, type Report, reportDay, reportsOf } from "./report-story.js";
import { leadDay } from "../frame/story-names.js";

/**
 * The figures of two aligned reports of one story (report-story.ts) paired by what each counts
 * (model.ts FigureSlot, read by core/extract/subject/counted-slot.ts), whether or not a frame
 * reader gave them a subject, and judged as a reader judges two tolls of one event:
 * - each report gives one value for the slot (the extraction marks only such figures);
 * - things counted once for the event ("more than 80 vehicles" aboard, "17 underpasses"): any two values;
 * - a count that only grows (the dead, the bodies found, the injured, the arrested, the rescued,
 *   the evacuated) given LOWER by a later report; a later higher count is the count going on; two
 *   counts of one day conflict when both are exact and neither is told as still moving (`slotValuesConflict`). Counts that fall as well as
 *   rise (the missing, the hospitalised, the trapped, the displaced) are not compared.
 * The match is weak (a discrepancy at most): the sameness is read from the reports' story and the
 * words around each figure, never from a reading of its sentence.
 */

const ONGOING: ReadonlySet<string> = new Set(ONGOING_CLASSES);

const BY_THE_HOUR: ReadonlySet<string> = new Set(BY_THE_HOUR_SLOTS);
const GROWING: ReadonlySet<string> = new Set(GROWING_SLOTS);
const FIXED: ReadonlySet<string> = new Set(FIXED_SLOTS);

/** A pair of figures of one slot in two aligned reports, and why they are one thing. */
export interface SlotPair {
  mine: Claim;
  theirs: Claim;
  match: SameThing;
  /** What both count, for the finding's first words: "people killed". */
  label: string;
  /** The figures the finding quotes when they are not `mine` and `theirs`: a conversion in the other's unit ("2.1 miles (3.39 km)"). */
  quoted?: { mine: Claim; theirs: Claim };
  /** Paired by the thing measured (thing-pairs.ts): the frames' judgement of the pair does not stand in for it. */
  byThing?: boolean;
}

/** Two figures counted as the same unit: the slot says they count the same people. */
const asCount = (claim: Claim): Claim => ({ ...claim, unit: "person", dimension: "count" });

/**
 * Whether two figures of one slot, of reports published on days `x` (mine) and `y` (theirs),
 * cannot both be right: a count that only grows, given lower by the later report; on one day, two
 * exact counts neither of which is told as still moving (the retired look-alikes: "two killed at
 * midday, at least eight by evening"; "So far, 33 people have died", then 36).
 * @example slotValuesConflict("dead", twenty, 0, nineteen, 4) // true: the later report gives one fewer dead
 */
export function slotValuesConflict(slot: string, mine: Claim, x: number, theirs: Claim, y: number): boolean {
  if (!valuesDisagree(asCount(mine), asCount(theirs))) return false;
  // Things counted once for the event (vehicles aboard, underpasses built, houses destroyed) and its fixed measures (a quake's magnitude): any two values.
  if (slot.startsWith(THING) || FIXED.has(slot)) return true;
  if (!GROWING.has(slot.split(":")[0]!)) return false;
  // One day: two exact counts are one count at one time, unless the lower is told as still moving
  // ("So far, 33 people have died": an earlier hour's); not what a search finds by the hour.
  if (x === y) {
    const lower = (mine.value as number) < (theirs.value as number) ? mine : theirs;
    return !BY_THE_HOUR.has(slot.split(":")[0]!) && [mine, theirs].every((c) => c.qualifier === "exact" && c.change === undefined) && !lower.slot?.counting;
  }
  const [earlier, later] = x < y ? [mine, theirs] : [theirs, mine];
  return (later.value as number) < (earlier.value as number);
}

/** The day each figure's report's lead tells its event on, when both tell one and they differ. */
function twoLeadDays(a: Claim, b: Claim): boolean {
  const [x, y] = [leadDay(a.slot!.story), leadDay(b.slot!.story)];
  return x !== undefined && y !== undefined && x !== y;
}

/** The figures of a report that give one figure's value for its slot (the same value repeated, worded otherwise). */
const sameValue = (claims: readonly Claim[], figure: Claim): Claim[] => claims.filter((c) => c.slot?.id === figure.slot!.id && c.value === figure.value);

/**
 * The pairs of own and related figures of one slot in reports aligned with this one, whose values conflict.
 * @example slotPairs({ article, claims }, related, articles) // [{ mine: "19 people", theirs: "killing 20 people", ... }]
 */
export function slotPairs(own: Report, related: readonly Claim[], articles: ReadonlyMap<string, ArticleSummary>): SlotPair[] {
  // Measures of a named thing are aligned by the thing (thing-pairs.ts), not by the story.
  // The hour of an event is a date's (clock-pairs.ts).
  const counted = (c: Claim) => c.slot !== undefined && !c.slot.id.startsWith(MEASURE) && c.kind !== "date";
  const mine = own.claims.filter(counted);
  if (mine.length === 0) return [];
  const out: SlotPair[] = [];
  const x = reportDay(own.article);
  if (x === undefined) return [];
  // One finding per report pair, slot and pair of values, however often either report repeats its figure.
  const told = new Set<string>();
  for (const report of reportsOf(own, related, articles).slice(1)) {
    const theirs = report.claims.filter(counted);
    const y = reportDay(report.article);
    if (theirs.length === 0 || y === undefined) continue;
    let aligned: Alignment | null | undefined;
    for (const a of mine) {
      for (const b of theirs) {
        if (a.slot!.id !== b.slot!.id) continue;
        // A report's one value of a slot, however it words it: "78 injured" and "at least 78" are a lower bound.
        if (!sameValue(mine, a).every((va) => sameValue(theirs, b).every((vb) => slotValuesConflict(a.slot!.id, va, x, vb, y)))) continue;
        aligned ??= alignReports(own, report);
        if (!aligned) break;
        // An event that lasts days over many places (a flood's daily bulletins) counts its things anew each day.
        if (a.slot!.id.startsWith(THING) && ONGOING.has(aligned.eventClass ?? "")) continue;
        // A fixed measure of two events a day apart in one place (a foreshock's magnitude and the main quake's): the leads tell two days.
        if (FIXED.has(a.slot!.id) && twoLeadDays(a, b)) continue;
        const once = `${b.articleId}\u0000${a.slot!.id}\u0000${a.value}\u0000${b.value}`;
        if (told.has(once)) continue;
        told.add(once);
        // How the slot reads in the explanation: the words the text said it with ("children killed").
        const label = a.slot!.said;
        const why = `both: the ${label} of ${aligned.names.map((n) => n.text).join(", ")}, each report's one figure of it (${aligned.why}; paired by what each counts, as the clause of each figure tells it)`;
        out.push({ mine: a, theirs: b, match: { strength: "weak", why }, label });
      }
      if (aligned === null) break;
    }
  }
  return out;
}
