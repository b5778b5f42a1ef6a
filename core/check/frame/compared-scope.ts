import type { Frame, ScopeEntity } from "../../model.js";
import { placeStem, venueStem } from "./event.js";
import { withoutStoryNames } from "./story-names.js";

/**
 * A claim's scope as two claims are compared: across reports a name as another outlet writes it,
 * a document's own labels left out; and a scope the text narrows on purpose, which the other
 * claim must share.
 */

/** Labels from a document's structure ("section:", "row:") mean something only inside their article. */
export const LOCAL = /^(?:section|row):/;

/**
 * A claim's scope as compared: a story's names (frame/story-names.ts) are matched apart, and
 * across reports a place is known by its name without the word of its division ("Banjarnegara
 * Regency" is the "Banjarnegara" of another outlet, frame/event.ts placeStem), and a venue by one
 * word for its kind ("shrine" / "temple", venueStem).
 */
export function scopeFor(frame: Frame, oneArticle: boolean): Frame["scope"] {
  const scope = withoutStoryNames(frame.scope);
  return oneArticle ? scope : scope.filter((entity) => !LOCAL.test(entity.id)).map(stemmed);
}

function stemmed(written: ScopeEntity): ScopeEntity {
  const entity = unaccented(written);
  // "the shrine" of one outlet is "the temple" of another (frame/event.ts venueStem).
  if (entity.kind === "named") {
    const id = venueStem(entity.id);
    return id === entity.id ? entity : { ...entity, id };
  }
  if (entity.kind !== "place") return entity;
  const within = entity.within?.map(placeStem);
  const id = placeStem(entity.id);
  return id === entity.id && within?.every((w, i) => w === entity.within![i]) !== false ? entity : { ...entity, id, ...(within ? { within } : {}) };
}

/**
 * A name as another outlet may write it without its accents ("Örebro" / "Orebro", "Teófilo
 * Otoni" / "Teofilo Otoni"): across reports the marks over letters tell no two places apart.
 * @example unaccented({ kind: "named", id: "örebro", text: "Örebro" }).id // "orebro"
 */
function unaccented(entity: ScopeEntity): ScopeEntity {
  const id = entity.id.normalize("NFD").replace(/\p{M}/gu, "");
  return id === entity.id ? entity : { ...entity, id };
}

/** Rules of the subject steps that mark a scope narrower than the story's ("in the capital alone", a heading). */
const NARROWING = new Set(["frame.scope-alone", "frame.structure"]);

/**
 * Inside one report, a figure told at a place set before it ("before making landfall in China,
 * where four deaths were reported"; "In Turkey, at least 2,921 people were killed") is that
 * place's part of the story's count: the report gives it beside a figure it places nowhere (the
 * storm's "at least 65" in the Philippines) on purpose. Across reports the unplaced figure may be
 * the other story's count of that very place, so there it narrows nothing.
 */
const NARROWING_IN_ONE_REPORT = new Set([...NARROWING, "frame.scope-place-before"]);

/**
 * A figure the text narrows on purpose ("in the capital alone", a list under a region heading)
 * is not the figure of a claim that lacks that narrowing entity.
 */
export function narrowedAlone(frame: Frame, own: Frame["scope"], other: Frame["scope"], oneArticle: boolean): boolean {
  const narrowing = oneArticle ? NARROWING_IN_ONE_REPORT : NARROWING;
  if (!(frame.rules ?? []).some((rule) => narrowing.has(rule))) return false;
  return own.some((entity) => !other.some((o) => o.id === entity.id));
}
