import type { Frame, ScopeEntity } from "../../model.js";
import type { StoryMatch } from "./story-names.js";
import { spokenAlike } from "./story-spelling.js";

/**
 * Which distinctive names two reports' stories share (story-names.ts `storyMatch`), and where
 * each report gives them. Outlets write one name short and in full: "Himachal's Kullu" and
 * "Himachal Pradesh's Kullu district", "near Banjar" and "the Banjar Civil Hospital". A name is
 * shared when both stories carry it, or when the words of one are the first words of the other's
 * (a name of one word of four letters or more, so "San" never stands for "San Remigio"), or
 * when they are written one letter apart (`respelt`, a name of five letters or more), which
 * counts only when the reports agree on something else (story-names.ts `storyMatch`).
 */

/** A name two stories share, as each carries it (its flags: lead, known, day, class). */
export interface SharedName {
  mine: ScopeEntity;
  theirs: ScopeEntity;
  /** Written one letter apart (`respelt`): one name only when the reports agree on something else. */
  respelt?: boolean;
}

/** The prefix of a story name's id: `name:<slug>`. */
export const PREFIX = "name:";

/** Whether a story name carries a flag ("lead", "known"). */
export const flag = (entity: ScopeEntity, name: string): boolean => (entity.within ?? []).includes(name);

/** Whether a scope entity is one of its story's names (core/extract/subject/story-names.ts, ids `name:<slug>`). */
export function isStoryName(entity: ScopeEntity): boolean {
  return entity.kind === "named" && entity.id.startsWith(PREFIX);
}

/** The scope without the story's names. */
export function withoutStoryNames(scope: readonly ScopeEntity[]): ScopeEntity[] {
  return scope.filter((entity) => !isStoryName(entity));
}

/** The story's names a frame carries. */
export function storyNamesOf(frame: Frame): ScopeEntity[] {
  return frame.scope.filter(isStoryName);
}

/** Whether a story name is one of its headline and lead (else its body's). */
export function isLeadName(entity: ScopeEntity): boolean {
  return flag(entity, "lead");
}

/** Whether a story name is a place the gazetteer knows (a city or province many events share). */
export function isKnownName(entity: ScopeEntity): boolean {
  return flag(entity, "known");
}

/** The value of a story name's mark ("day:", "in:"), if it carries one. */
export const mark = (entity: ScopeEntity, prefix: string): string | undefined => (entity.within ?? []).find((w) => w.startsWith(prefix))?.slice(prefix.length);

const wordsOf = (name: ScopeEntity) => name.id.slice(PREFIX.length).split("-").filter(Boolean);

/**
 * Whether two story names name one thing: the same id, the same letters written joined or
 * spaced ("Chawkbazar" / "Chawk Bazar", one market of Old Dhaka in two outlets), or the words of
 * the shorter opening the longer's ("himachal" / "himachal-pradesh").
 * @example sameName(himachal, himachalPradesh) // true
 * @example sameName(chawkbazar, chawkBazar) // true
 * @example sameName(san, sanRemigio) // false: too short to stand for a name
 */
export function sameName(a: ScopeEntity, b: ScopeEntity): boolean {
  if (a.id === b.id) return true;
  const [x, y] = [wordsOf(a), wordsOf(b)];
  if (x.length !== y.length && joined(x) === joined(y) && joined(x).length >= MIN_JOINED) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === long.length || short.join("").length < MIN_SHORT) return false;
  return short.every((word, i) => long[i] === word);
}

/** A name's letters without the spaces between its words ("chawk-bazar" -> "chawkbazar"). */
const joined = (words: readonly string[]) => words.join("");

/** The fewest letters of a name written joined and spaced: short runs of letters read both ways may be two names. */
const MIN_JOINED = 8;

/** The fewest letters a short form must have to stand for a longer name. */
const MIN_SHORT = 4;

/** The fewest letters a name must have for a one-letter misspelling of it to stand for it. */
const MIN_RESPELT = 5;

/**
 * Whether two names are one name written one letter apart ("Princess Ishika" / "Princess Ashika",
 * "Tabieen" / "Tabiin"): the same words but one, and that one, of MIN_RESPELT letters or more in
 * both, one letter changed, added or dropped. Data-free: a transliteration or a typo, not a
 * list of spellings. Short names are left alone ("Hama" / "Homs" are two cities). A name spelt
 * from another script two ways ("Joda Phatak" / "Joda Fatak", story-spelling.ts) is one too.
 * @example respelt(ishika, ashika) // true
 */
export function respelt(a: ScopeEntity, b: ScopeEntity): boolean {
  return a.id !== b.id && (respeltWords(wordsOf(a), wordsOf(b)) || spokenAlike(wordsOf(a), wordsOf(b)));
}

/**
 * Whether two runs of words are the same but one, and that one, of MIN_RESPELT letters or more in
 * both, one letter changed, added or dropped (`respelt`; also the date rule's names, rules/date-names.ts).
 */
export function respeltWords(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length) return false;
  const differing = x.map((word, i) => [word, y[i]!] as const).filter(([p, q]) => p !== q);
  if (differing.length !== 1) return false;
  const [p, q] = differing[0]!;
  return Math.min(p.length, q.length) >= MIN_RESPELT && oneEditApart(p, q);
}

/** One letter changed, added or dropped (Levenshtein distance 1). */
function oneEditApart(p: string, q: string): boolean {
  if (Math.abs(p.length - q.length) > 1) return false;
  let i = 0;
  while (i < p.length && i < q.length && p[i] === q[i]) i++;
  if (p.length === q.length) return p.slice(i + 1) === q.slice(i + 1);
  return p.length > q.length ? p.slice(i + 1) === q.slice(i) : p.slice(i) === q.slice(i + 1);
}

/**
 * The names of `mine` that `theirs` also carries (`sameName`), each once, with its match.
 * @example sharedNames([kullu, banjar], [kullu, banjarCivil]).length // 2
 */
export function sharedNames(mine: readonly ScopeEntity[], theirs: readonly ScopeEntity[]): SharedName[] {
  const out: SharedName[] = [];
  const used = new Set<ScopeEntity>();
  for (const name of mine) {
    const other = theirs.find((t) => t.id === name.id && !used.has(t)) ?? theirs.find((t) => !used.has(t) && sameName(name, t));
    if (!other) continue;
    used.add(other);
    out.push({ mine: name, theirs: other });
  }
  // A name written one letter apart, once the names written alike are paired.
  for (const name of mine.filter((n) => !out.some((p) => p.mine === n))) {
    const other = theirs.find((t) => !used.has(t) && respelt(name, t));
    if (!other) continue;
    used.add(other);
    out.push({ mine: name, theirs: other, respelt: true });
  }
  return out;
}

/**
 * The explanation of a story match.
 * @example storyWhy(match) // "both reports: earthquake; both name Mandalay and Sagaing; published 2 days apart"
 */
export function storyWhy(match: StoryMatch): string {
  const names = match.names.map((n) => n.text);
  const listed = names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  const when = match.days === 0 ? "published the same day" : `published ${match.days} day${match.days === 1 ? "" : "s"} apart`;
  return `both reports: ${match.eventClass ?? "one event"}; both name ${listed}; ${when}`;
}
