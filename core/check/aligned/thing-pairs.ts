import type { ArticleSummary, Claim, ScopeEntity } from "../../model.js";
import { valuesDisagree } from "../tally.js";
import { isStoryName } from "../frame/story-shared.js";
import { MEASURE, STANDING_SLOTS, VERTICAL_KINDS } from "../../extract/subject/data/measure-slots.js";
import thingData from "../../extract/subject/data/thing-dimensions.js";
import { type Report, reportDay, reportsOf } from "./report-story.js";
import type { SlotPair } from "./slot-pairs.js";

/**
 * The measures of one named thing in two reports (issue 15, session 18): a bridge's length, a
 * tower's height, a stadium's capacity, a railway's cost, each report's one value of it (the
 * extraction marks only such figures: core/extract/subject/measure-slot.ts). Two reports are
 * aligned by the thing, not by the story's week: both name the same thing (one name written
 * shorter inside the other, "the Nile Bridge" / "the Source of the Nile Bridge", of one kind).
 * Two different things are never aligned, even in one place. A dimension that holds at any time (a length, a
 * height, an area) is compared whatever the reports' days; one that changes (a cost, a capacity)
 * only within LEVEL_DAYS, and the finding says the two dates. The match is weak: a discrepancy at most.
 */

/** How many days apart two reports may give a measure that changes (a cost, a capacity) and be compared. */
const LEVEL_DAYS = 3 * 366;

const STANDING: ReadonlySet<string> = new Set(STANDING_SLOTS);

const KIND_GROUP = new Map<string, number>(thingData.kinds.flatMap((group, i) => group.map((noun) => [noun, i] as [string, number])));

/** The words of a thing's id besides its kind nouns and particles: "source-of-the-nile-bridge" -> ["source", "nile"]. */
const bareWords = (id: string) => id.split("-").filter((w) => w !== "" && !KIND_GROUP.has(w) && w !== "of" && w !== "the");

/** The kind group of a thing's last kind noun ("bridge"), if its id holds one. */
const kindOf = (id: string) => id.split("-").map((w) => KIND_GROUP.get(w)).filter((g) => g !== undefined).at(-1);

/**
 * Whether two named things are one: the same id, or the words of one (besides kind nouns) all
 * inside the other's, with no two kinds told ("Suez Canal" is not "Suez Canal Bridge").
 * @example sameThingNamed(nileBridge, sourceOfTheNileBridge) // true
 */
export function sameThingNamed(a: ScopeEntity, b: ScopeEntity): boolean {
  if (a.id === b.id) return true;
  const [ka, kb] = [kindOf(a.id), kindOf(b.id)];
  if (ka !== undefined && kb !== undefined && ka !== kb) return false;
  const [x, y] = [bareWords(a.id), bareWords(b.id)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.join("").length >= MIN_LETTERS && short.every((w) => long.includes(w));
}

/** The fewest letters a thing's words must have to stand for a longer name holding them. */
const MIN_LETTERS = 4;

const thingOf = (claim: Claim) => claim.slot?.story.find((n) => !isStoryName(n));

/** The thing two figures measure, told by its fuller name, or undefined for two things. */
function tie(a: Claim, b: Claim): ScopeEntity | undefined {
  const [x, y] = [thingOf(a), thingOf(b)];
  if (!x || !y || !sameThingNamed(x, y)) return undefined;
  return x.text.length >= y.text.length ? x : y;
}

const VERTICAL: ReadonlySet<number> = new Set(VERTICAL_KINDS.map((noun) => KIND_GROUP.get(noun)).filter((g) => g !== undefined));

/**
 * Whether two measure slots of one thing are of one dimension: the same, or a bare size ("the
 * 984-foot tower", "the 8.5 km tunnel") and the dimension the thing's kind is measured by: a
 * tower's or a statue's height, anything else's length.
 */
function slotsMeet(x: string, y: string, thing: ScopeEntity): boolean {
  if (x === y) return true;
  // A plan meets a plan only: "m:extent.planned" and "m:height.planned".
  const [[dx, px], [dy, py]] = [x.split("."), y.split(".")];
  if (px !== py) return false;
  const size = `${MEASURE}${VERTICAL.has(kindOf(thing.id) ?? -1) ? "height" : "length"}`;
  return (dx === `${MEASURE}extent` && dy === size) || (dy === `${MEASURE}extent` && dx === size);
}

/** The figure as a reader compares it with another's unit: its conversion in that unit when the report gives one ("2.1 miles (3.39 km)"). */
function shownIn(figure: Claim, claims: readonly Claim[], unit: string | undefined): Claim {
  return figure.unit === unit ? figure : claims.find((c) => c.conversionOf === figure.id && c.unit === unit) ?? figure;
}

/** The figures of a report that give one figure's value for its slot. */
const sameValue = (claims: readonly Claim[], figure: Claim): Claim[] => claims.filter((c) => c.slot?.id === figure.slot!.id && c.value === figure.value && c.unit === figure.unit);

/**
 * The pairs of own and related measures of one named thing whose values disagree.
 * @example thingPairs({ article, claims }, related, articles) // [{ mine: "2,404 metres", theirs: "2.4 km" ... }]
 */
export function thingPairs(own: Report, related: readonly Claim[], articles: ReadonlyMap<string, ArticleSummary>): SlotPair[] {
  const mine = own.claims.filter((c) => c.slot?.id.startsWith(MEASURE));
  const x = reportDay(own.article);
  if (mine.length === 0 || x === undefined) return [];
  const out: SlotPair[] = [];
  const told = new Set<string>();
  for (const report of reportsOf(own, related, articles).slice(1)) {
    const theirs = report.claims.filter((c) => c.slot?.id.startsWith(MEASURE));
    const y = reportDay(report.article);
    if (theirs.length === 0 || y === undefined) continue;
    for (const a of mine) {
      for (const b of theirs) {
        const slot = a.slot!.id;
        if (!STANDING.has(slot.slice(MEASURE.length)) && Math.abs(x - y) > LEVEL_DAYS) continue;
        const name = tie(a, b);
        if (!name || !slotsMeet(slot, b.slot!.id, name) || !sameValue(mine, a).every((va) => sameValue(theirs, b).every((vb) => valuesDisagree(va, vb)))) continue;
        const once = `${b.articleId}\u0000${slot}\u0000${a.value}\u0000${b.value}`;
        if (told.has(once)) continue;
        told.add(once);
        const label = `${a.slot!.said} of ${name.text}`;
        const why = `both: the ${label}, each report's one figure of it (both name ${name.text}; published ${Math.abs(x - y)} days apart; paired by what each measures, as the clause of each figure tells it)`;
        out.push({ mine: a, theirs: b, quoted: { mine: shownIn(a, own.claims, b.unit), theirs: shownIn(b, report.claims, a.unit) }, match: { strength: "weak", why }, label, byThing: true });
      }
    }
  }
  return out;
}
