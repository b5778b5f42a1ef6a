/**
 * The anchors of a claim frame for the claim index (claim-index.ts): the event and the scope
 * entities a claim is about, as key parts after its measure, with the containment of places
 * (a claim in Baghdad is filed as inside Iraq, and an event's place as inside "anywhere").
 */
import type { Claim, EventFrame, Frame, ScopeEntity } from "../model.js";
import { INDEX_WINDOWS } from "./claim-index-windows.js";

/** Ids become key parts: lowercase, no separators of the key grammar, bounded length. */
export function part(id: string): string {
  return id.trim().toLowerCase().replace(/[\s/#|@:]+/gu, "-").slice(0, 80);
}

/** Linear measures of a named thing: a bare length ("the 948-foot Dali") may be its length or its height. */
const SIZES = new Set(["extent", "length", "height"]);

/**
 * The frame as the index files it: the linear measures of one named thing share one key
 * (`size/named:burj-khalifa`), so "Burj Khalifa (828 metres)" and "the 829.8-metre-tall Burj
 * Khalifa" are read together; same-thing.ts then tells a length from a height.
 */
function indexedFrame(frame: Frame): Frame {
  if (!frame.rules?.includes("frame.named-measure") || !SIZES.has(frame.measure.id)) return frame;
  return { ...frame, measure: { ...frame.measure, id: "size" } };
}

/** The frame of a claim, or one read from the older subject fields (claims stored before frames). */
export function frameOf(claim: Claim): Frame | null {
  const subject = claim.subject;
  if (!subject) return null;
  if (subject.frame && subject.frame.measure.id.trim() !== "") return indexedFrame(subject.frame);
  const head = (subject.head || subject.key.split("|")[0] || "").trim();
  if (head === "") return null;
  const scope: ScopeEntity[] = [];
  if (subject.place) scope.push({ kind: "place", id: subject.place, text: subject.place });
  if (subject.group) scope.push({ kind: "group", id: subject.group, text: subject.group });
  const event: EventFrame | undefined = subject.event ? { id: subject.event, text: subject.event, ...(subject.place ? { place: subject.place } : {}) } : undefined;
  return { measure: { id: head, text: subject.text }, scope, ...(event ? { event } : {}) };
}

const PHYSICAL = new Set(["length", "area", "volume", "mass", "speed", "fuelEconomy", "temperature"]);

/** A place and the places containing it, nearest first, at most maxContainers of them. */
function placeChain(id: string, within: readonly string[] | undefined): string[] {
  return [id, ...(within ?? []).slice(0, INDEX_WINDOWS.maxContainers)].map(part).filter((p) => p !== "");
}

/** The marker of an "inside" anchor: `place:in:iraq` holds what is said of places inside Iraq. */
const INSIDE = "in:";
/**
 * What contains every place: an event told without its place (`event:attack`) may be any of the
 * events of its type told with one (`event:attack@in:*` holds those), so the two meet.
 */
const ANYWHERE = "*";

/**
 * One thing a claim is about, as key parts after the measure: the anchor itself (`exact`), the
 * anchors of the places containing it that it is filed under as "inside" (`inside`), and what a
 * check of it reads besides its own anchor (`reads`: what is said of those containing places
 * themselves, and what is filed as inside its own: places inside a place, the events' tolls told
 * inside a group or a named thing). So "Baghdad" meets "Iraq" both ways, but one Iraqi city
 * never reads what is said of every other one.
 */
export interface Anchor {
  exact: string;
  inside: string[];
  reads: string[];
  event: boolean;
}

function placed(prefix: string, chain: string[], event: boolean): Anchor {
  const [own, ...containers] = chain;
  // An event's place sits inside "anywhere": the same event told without a place is read too.
  const unplaced = event ? [prefix.slice(0, -1)] : [];
  return {
    exact: `${prefix}${own}`, event,
    inside: [...containers, ...(event ? [ANYWHERE] : [])].map((c) => `${prefix}${INSIDE}${c}`),
    reads: [...containers.map((c) => `${prefix}${c}`), ...unplaced, `${prefix}${INSIDE}${own}`],
  };
}

/** The anchors of a frame. */
export function anchors(frame: Frame): Anchor[] {
  const out: Anchor[] = [];
  const places = frame.scope.filter((s) => s.kind === "place");
  if (frame.event) {
    const type = part(frame.event.id);
    const chains = frame.event.place
      ? [placeChain(frame.event.place, places.find((p) => part(p.id) === part(frame.event!.place!))?.within)]
      : places.map((p) => placeChain(p.id, p.within));
    const located = chains.filter((chain) => chain.length > 0);
    if (type !== "") {
      out.push(...(located.length > 0 ? located.map((chain) => placed(`event:${type}@`, chain, true))
        : [{ exact: `event:${type}`, inside: [], reads: [`event:${type}@${INSIDE}${ANYWHERE}`], event: true }]));
    }
  }
  for (const entity of frame.scope) {
    if (entity.kind === "place") {
      const chain = placeChain(entity.id, entity.within);
      if (chain.length > 0) out.push(placed("place:", chain, false));
    } else if (part(entity.id) !== "") {
      // What is told of a group or a named thing itself reads the tolls of events told inside it, as a
      // place's does: "Nine passengers were killed" meets "Twelve passengers died when the express
      // derailed" whichever report is checked first (the batch re-check meets them both ways already).
      out.push({ exact: `${entity.kind}:${part(entity.id)}`, inside: [], reads: [`${entity.kind}:${INSIDE}${part(entity.id)}`], event: false });
    }
  }
  return [...new Map(out.map((a) => [a.exact, a])).values()];
}

/**
 * For the key of an anchor, the key holding what is filed as inside it (`killed/place:iraq` ->
 * `killed/place:in:iraq`), or null for a key no place is inside of. The batch re-check walks the
 * two together: each pair in which at least one claim is filed under the anchor itself.
 * @example insideKey("killed/event:attack@iraq") // "killed/event:attack@in:iraq"
 * @example insideKey("killed/event:attack") // "killed/event:attack@in:*": the events told with a place
 */
export function insideKey(key: string): string | null {
  const slash = key.indexOf("/");
  const anchor = key.slice(slash + 1);
  if (anchor.includes(INSIDE)) return null;
  const at = anchor.indexOf("@");
  if (anchor.startsWith("event:") && at < 0) return `${key}@${INSIDE}${ANYWHERE}`;
  if (anchor.startsWith("event:") && at > 0) return `${key.slice(0, slash + 1)}${anchor.slice(0, at + 1)}${INSIDE}${anchor.slice(at + 1)}`;
  if (anchor.startsWith("place:")) return `${key.slice(0, slash + 1)}place:${INSIDE}${anchor.slice("place:".length)}`;
  return null;
}

/** Whether a key is an anchor's own (a partition of the batch), not one of claims inside a place. */
export function isAnchorKey(key: string): boolean {
  return !key.slice(key.indexOf("/") + 1).includes(INSIDE);
}

/**
 * The anchor key a key of claims inside a place belongs to: `killed/place:in:iraq` ->
 * `killed/place:iraq`, `killed/event:attack@in:*` -> `killed/event:attack`.
 */
export function anchorOf(key: string): string {
  if (isAnchorKey(key)) return key;
  return key.endsWith(`@${INSIDE}${ANYWHERE}`) ? key.slice(0, -`@${INSIDE}${ANYWHERE}`.length) : key.replace(INSIDE, "");
}

/**
 * A physical measure with no entity or event to anchor it ("the 30-km strip") is specific enough
 * by its head noun: it is filed under the noun and the dimension, whatever measure class the
 * frame gave it ("deep" and "long" strips meet, and the matching decides).
 */
export function physicalKey(claim: Claim): string | null {
  const head = part(claim.subject?.head || claim.subject?.key.split("|")[0] || "");
  return head !== "" && claim.dimension !== undefined && PHYSICAL.has(claim.dimension) ? `${head}/dim:${claim.dimension}` : null;
}
