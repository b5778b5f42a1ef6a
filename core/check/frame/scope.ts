import type { ScopeEntity } from "../../model.js";
import { VENUES } from "../data/event-words.js";

/**
 * How the scopes of two claims relate: the entities both name (the anchors a comparison stands
 * on), a clash (two different cities, groups, organisations or named things: never one
 * figure), or a place inside the other (a part and its whole, not one scope).
 */
export interface ScopeRelation {
  /** Entities named on both sides, as the first claim words them. */
  shared: ScopeEntity[];
  /** Why the two are different things: "Kabul / Herat". */
  conflict?: string;
  /** Why one is a part of the other: "Istanbul is in Turkey". */
  partOfWhole?: string;
}

const KINDS = ["place", "group", "organisation", "named"] as const;

/** The places an id stands for: a joint place "syria+turkey" is both of them. */
function parts(entity: ScopeEntity): string[] {
  return entity.id.split("+");
}

/** Whether place `inner` lies inside place `outer` (its ancestors, or one of a joint place's parts). */
export function inside(inner: ScopeEntity, outer: ScopeEntity): boolean {
  if (inner.id === outer.id) return false;
  // "in:<id>" marks a container read from the words around ("in Oruro, Bolivia"): still a container.
  const ancestors = (inner.within ?? []).map((id) => id.replace(/^in:/, ""));
  const outerParts = parts(outer);
  return outerParts.length > 1 ? outerParts.includes(inner.id) || ancestors.some((id) => outerParts.includes(id)) : ancestors.includes(outer.id);
}

function ofKind(scope: readonly ScopeEntity[], kind: ScopeEntity["kind"]): ScopeEntity[] {
  return scope.filter((entity) => entity.kind === kind && entity.id.trim() !== "");
}

function describe(entity: ScopeEntity): string {
  return entity.text.trim() || entity.id;
}

/**
 * Places compare by their most specific entry: equal, one inside the other, or a clash. Within
 * one event ("the bombing on Istiklal Street" and "the Istanbul bombing") a street and its city
 * are the same scope, because the figure belongs to the event, not to the place.
 */
function relatePlaces(a: ScopeEntity[], b: ScopeEntity[], oneEvent: boolean, into: ScopeRelation): void {
  const [x, y] = [a[0], b[0]];
  if (!x || !y) return;
  if (x.id === y.id) {
    into.shared.push(x);
    return;
  }
  const [inner, outer] = inside(x, y) ? [x, y] : inside(y, x) ? [y, x] : [undefined, undefined];
  if (!inner || !outer) {
    into.conflict ??= `${describe(x)} / ${describe(y)}`;
    return;
  }
  if (oneEvent) into.shared.push(outer);
  else into.partOfWhole ??= `${describe(inner)} is in ${describe(outer)}`;
}

/**
 * Two named things are one when their ids are equal, or when the words of one are all among the
 * other's, in order, and there are at least two ("Fidel Castro" and "Fidel Alejandro Castro
 * Ruz"): a full name and its short form. One word alone ("castro") is too common to tell.
 */
export function sameName(x: ScopeEntity, y: ScopeEntity): boolean {
  if (x.id === y.id) return true;
  if (x.kind !== "named" || y.kind !== "named") return false;
  const [short, long] = [x.id.split("-"), y.id.split("-")].sort((p, q) => p.length - q.length) as [string[], string[]];
  if (short.length < 2 || LOCAL_LABEL.test(x.id) || LOCAL_LABEL.test(y.id)) return false;
  let at = 0;
  for (const word of long) if (word === short[at]) at++;
  return at === short.length;
}

/** Labels of document structure ("section:", "row:") are compared whole. */
const LOCAL_LABEL = /^(?:section|row):/;

/** Groups, organisations and named things: some id in common, or two different things. */
function relateNames(a: ScopeEntity[], b: ScopeEntity[], into: ScopeRelation): void {
  if (a.length === 0 || b.length === 0) return;
  const common = a.filter((x) => b.some((y) => sameName(x, y)));
  if (common.length > 0) {
    into.shared.push(...common);
    return;
  }
  // "the market" and "Kurram" do not clash: the market may be in Kurram. Two proper names do,
  // and two venues do ("the market" / "the mosque": two targets).
  const [properA, properB] = [a.filter((e) => !VENUES.has(e.id)), b.filter((e) => !VENUES.has(e.id))];
  if ((properA.length === 0) !== (properB.length === 0)) return;
  into.conflict ??= `${describe(a[0] as ScopeEntity)} / ${describe(b[0] as ScopeEntity)}`;
}

/**
 * @example relateScopes([kabul], [herat], false).conflict // "Kabul / Herat"
 * @example relateScopes([istanbul], [turkey], false).partOfWhole // "Istanbul is in Turkey"
 */
export function relateScopes(a: readonly ScopeEntity[], b: readonly ScopeEntity[], oneEvent: boolean): ScopeRelation {
  const relation: ScopeRelation = { shared: [] };
  // One id read as two kinds ("Beirut" as a named thing here, a place there) is one entity.
  const [idsA, idsB] = [new Set(a.map((e) => e.id)), new Set(b.map((e) => e.id))];
  const crossKind = (e: ScopeEntity, other: readonly ScopeEntity[]) => other.some((o) => o.id === e.id && o.kind !== e.kind);
  // Either side may hold the non-place reading: the relation is the same whichever claim comes first.
  relation.shared.push(...a.filter((e) => e.kind !== "place" && crossKind(e, b)));
  relation.shared.push(...b.filter((e) => e.kind !== "place" && crossKind(e, a) && !relation.shared.some((s) => s.id === e.id)));
  const restA = a.filter((e) => !(e.kind !== "place" && idsB.has(e.id) && crossKind(e, b)));
  const restB = b.filter((e) => !(e.kind !== "place" && idsA.has(e.id) && crossKind(e, a)));
  for (const kind of KINDS) {
    if (kind === "place") relatePlaces(ofKind(restA, kind), ofKind(restB, kind), oneEvent, relation);
    else relateNames(ofKind(restA, kind), ofKind(restB, kind), relation);
  }
  return relation;
}
