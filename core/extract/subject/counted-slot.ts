import type { Claim, FigureSlot, ScopeEntity } from "../../model.js";
import { leadEndOf } from "../text-lead.js";
import { splitSentences } from "../sentences.js";
import { subjectContext, type SubjectContext } from "./context.js";
import { STORY_NAME, storyNames } from "./story-names.js";
import { slotOf } from "./figure-slot.js";
import { magnitudeOf } from "./magnitude-slot.js";
import { measureSlotOf } from "./measure-slot.js";
import { BUILT_PARTS } from "./data/measure-slots.js";
import { THING } from "./data/counted-slots.js";

/**
 * What a figure counts, read as a reader pairs two reports of one story side by side (issue 15,
 * session 17), whether or not a frame reader gave it a subject: the class of its clause's verb for
 * counts of people ("20 people were killed", "killing 20", "the death toll rose to 20": dead), with
 * the class of the counted noun when it names a kind of people ("9 children": dead:child). Guards
 * tell a figure apart from the report's count of its slot: a part ("including", "of whom", "3 of
 * them"), an increment ("four more", "up by 4"), a rate ("12 a day"), another time (a past year,
 * "since", a record), a range, a conversion. A report gives a slot's value once: when its figures
 * of a slot give several values (tolls by region), only the headline and lead's one value is
 * marked, else none. The slot is stored with the claim (model.ts FigureSlot), with the report's
 * story names, because the check of a later report has only the earlier report's claims.
 * The clause of each figure is read by figure-slot.ts, the kind of people it counts by counted-kind.ts.
 */

interface Read {
  claim: Claim;
  slot: string;
  said: string;
  lead: boolean;
  counting?: boolean;
  /** The named thing a measure slot is of (measure-slot.ts): a report's figures of two things are two slots. */
  thing?: ScopeEntity;
}

const PARTS: ReadonlySet<string> = new Set(BUILT_PARTS);

/** The counted part of a built thing a counted-things slot names ("n:station": station), if one; a part in a state ("n:bridge.collapsed") is an event's. */
function builtPart(slot: string): string | undefined {
  if (!slot.startsWith(THING) || slot.includes(".")) return undefined;
  const noun = slot.slice(THING.length);
  return PARTS.has(noun) ? noun : undefined;
}

/** The built part a count's next word names ("32 stations": station), for a count no slot reader marked (a guard of counts of people or events). */
function partAfter(claim: Claim, body: string): string | undefined {
  if (claim.dimension !== undefined && claim.dimension !== "count") return undefined;
  const word = /^\s+([\p{Ll}-]+)/u.exec(body.slice(claim.end, claim.end + 30))?.[1];
  const noun = word?.replace(/(?<=ss)es$|(?<=[^s])s$/u, "");
  return noun !== undefined && PARTS.has(noun) && noun !== word ? noun : undefined;
}

/** The figures a report gives as its one value of their slot: all of a slot of one value, else its lead's one value. */
function soleValues(reads: readonly Read[]): Read[] {
  const bySlot = new Map<string, Read[]>();
  for (const read of reads) {
    const key = `${read.slot}\u0000${read.thing?.id ?? ""}`;
    bySlot.set(key, [...(bySlot.get(key) ?? []), read]);
  }
  return [...bySlot.values()].flatMap((group) => {
    const lead = group.filter((r) => r.lead);
    const sole = new Set(group.map((r) => r.claim.value)).size === 1 ? group : lead.length > 0 && new Set(lead.map((r) => r.claim.value)).size === 1 ? lead : [];
    // A value the report tells as still moving anywhere ("So far, 33") is so wherever it repeats it (the headline's "kills 33").
    const counting = group.some((r) => r.counting && sole.some((s) => s.claim.value === r.claim.value));
    return counting ? sole.map((r) => ({ ...r, counting })) : sole;
  });
}

/** The report's story names (story-names.ts), read from the shared subject context when the pipeline gives it. */
export function namesOf(claims: readonly Claim[], body: string, published: string | undefined, shared?: SubjectContext): ScopeEntity[] {
  const context = shared ?? subjectContext(body, claims.filter((c) => c.kind === "date").map((c) => ({ kind: c.kind, start: c.start, end: c.end, value: c.value, qualifier: c.qualifier, rules: [] })), published, splitSentences(body));
  return storyNames(context).filter((n) => n.id.startsWith(STORY_NAME));
}

/**
 * The claims, those a report gives as its one value of a slot marked `slot` (model.ts FigureSlot).
 * @example markCountedSlots(extractClaims(article), article.body, article.published).filter((c) => c.slot).map((c) => c.slot!.id) // ["dead", "injured"]
 */
export function markCountedSlots(claims: Claim[], body: string, published: string | undefined, context?: SubjectContext): Claim[] {
  const end = leadEndOf(body);
  const reads: Read[] = [];
  for (const claim of claims) {
    if (claim.modality !== "asserted" && claim.modality !== "quoted") continue;
    const found = slotOf(claim, body) ?? magnitudeOf(claim, body);
    const part = found ? builtPart(found.slot) : partAfter(claim, body);
    // A figure of a named thing (its length, its cost, its stations) is paired by the thing; an event's count by its story.
    const measured = found && part === undefined ? undefined : measureSlotOf(claim, body, part);
    if (measured) reads.push({ claim, slot: measured.slot, said: measured.said, lead: claim.start < end, thing: measured.thing });
    else if (found) reads.push({ claim, ...found, lead: claim.start < end });
  }
  const sole = soleValues(reads);
  if (sole.length === 0) return claims;
  const story = namesOf(claims, body, published, context);
  // A measure slot is told of its thing (measure-slot.ts); a count, of its story's names.
  const namesFor = (r: Read) => (r.thing ? [r.thing] : story);
  const marked = new Map(sole.filter((r) => namesFor(r).length > 0).map((r) => [r.claim, { id: r.slot, said: r.said, ...(r.lead ? { lead: true } : {}), ...(r.counting ? { counting: true } : {}), story: namesFor(r) } satisfies FigureSlot]));
  return claims.map((claim) => {
    const slot = marked.get(claim);
    return slot ? { ...claim, slot } : claim;
  });
}
