import type { Claim, ScopeEntity } from "../../model.js";
import { isStoryName, respeltWords } from "../frame/story-shared.js";

/**
 * Whether two dates' named things or people are one, written short and long ("Key Bridge" /
 * "Francis Scott Key Bridge") or misspelt by one letter ("Yahyah Sinwar" / "Yahya Sinwar"):
 * outlets name one bridge, tunnel or person in full, in short, or with a slip, and the matching
 * (scope.ts, ids) takes them for one thing only when their ids are alike.
 */

/** Words of a name as compared: lowercase, without "the", a possessive or a ship's prefix. */
function nameWords(text: string): string[] {
  return text.toLowerCase().replace(/[’']s\b/g, "").split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "" && !/^(?:the|mv|ms|ss|rms|hms|uss|mt)$/.test(w));
}

/**
 * Whether two names of a thing or a person are one written short and long: the short one's
 * words, two at least, all among the long one's in order ("Key Bridge" / "Francis Scott Key
 * Bridge", "Gotthard tunnel" / "Gotthard Base Tunnel", "Fidel Castro" / "Fidel Alejandro Castro
 * Ruz"). One word alone ("Key", "Castro") is too common to tell.
 */
export function shortForm(x: ScopeEntity, y: ScopeEntity): boolean {
  if (x.kind !== "named" || y.kind !== "named" || x.id === y.id) return false;
  // As written ("Key Bridge" in "Francis Scott Key Bridge") or as ids ("champlain-towers" in "champlain-towers-south").
  return within(nameWords(x.text || x.id), nameWords(y.text || y.id)) || within(x.id.split("-"), y.id.split("-")) || reordered(x.id.split("-"), y.id.split("-"));
}

/** The same words of two or more in another order: "çanakkale-1915" / "1915-canakkale" (ids are folded when read, thing-phase.ts). */
function reordered(p: string[], q: string[]): boolean {
  if (p.length < 2 || p.length !== q.length) return false;
  const sorted = (words: string[]) => [...words].sort().join("-");
  return sorted(p) === sorted(q);
}

/** Whether the shorter run of words, two at least, is all in the longer one, in order. */
function within(p: string[], q: string[]): boolean {
  const [short, long] = p.length <= q.length ? [p, q] : [q, p];
  if (short.length < 2 || short.length === long.length) return false;
  let at = 0;
  for (const word of long) if (word === short[at]) at++;
  return at === short.length;
}

/**
 * A date claim with the named things of `other` where its own are the same names written
 * shorter or longer, so that the matching (scope.ts, ids) takes them for one thing: outlets name
 * one bridge, tunnel or person in full or in short.
 */
export function withNamesOf(claim: Claim, other: Claim): Claim {
  const [own, theirs] = [claim.subject?.frame, other.subject?.frame];
  if (!own || !theirs) return claim;
  let changed = false;
  const scope = own.scope.map((entity) => {
    // A story's name ("Breach Candy") is matched apart (frame/story-names.ts): a clause's "Breach
    // Candy Hospital" given its id would be taken for a story's name and dropped from the scope.
    if (isStoryName(entity)) return entity;
    const same = theirs.scope.find((t) => !isStoryName(t) && (shortForm(entity, t) || misspelt(entity, t) || (lifeDates(own, theirs) && (surname(entity, t) || surname(t, entity)))));
    if (!same) return entity;
    changed = true;
    return { ...entity, id: same.id };
  });
  return changed ? { ...claim, subject: { ...claim.subject!, frame: { ...own, scope } } } : claim;
}

/**
 * Two names of two words or more, the same but for one letter added, dropped or changed in one
 * word of five letters or more: "Yahyah Sinwar" / "Yahya Sinwar". A short word ("Ali" / "Alo")
 * or a one-word name differs by a letter too often to tell.
 */
export function misspelt(x: ScopeEntity, y: ScopeEntity): boolean {
  if (x.kind !== "named" || y.kind !== "named" || x.id === y.id) return false;
  const [p, q] = [x.id.split("-"), y.id.split("-")];
  return p.length >= 2 && respeltWords(p, q);
}

/** A birth or a death on both sides: a person's, which happens once. */
function lifeDates(x: { measure: { id: string } }, y: { measure: { id: string } }): boolean {
  return x.measure.id === y.measure.id && /^date\.(?:birth|death)$/.test(x.measure.id);
}

/**
 * A person named by the surname alone and in full ("Geingob, 82, died" / "Dr. Hage G. Geingob ...
 * has passed on"): the one word is the other name's last, of five letters or more. Only for a
 * birth or a death, which a report tells of the person it is about.
 * @example surname(named("geingob"), named("dr-hage-g-geingob")) // true
 */
export function surname(x: ScopeEntity, y: ScopeEntity): boolean {
  if (x.kind !== "named" || y.kind !== "named" || x.id === y.id) return false;
  const [p, q] = [x.id.split("-"), y.id.split("-")];
  return p.length === 1 && p[0]!.length >= 5 && q.length >= 2 && q[q.length - 1] === p[0];
}
