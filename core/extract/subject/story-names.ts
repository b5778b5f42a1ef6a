import type { ScopeEntity } from "../../model.js";
import { datesBetween, type SubjectContext } from "./context.js";
import { gazetteerPlace, groupOfDemonym, MAX_NAME_WORDS, placeOfDemonym } from "./gazetteer.js";
import { MONTHS_AND_DAYS } from "./lexicon.js";
import NOT_NAMES from "./data/story-name-words.js";

/**
 * The story's distinctive proper names: the capitalised words its headline and lead (its first
 * two sentences) both use, not at a sentence's start, not common or title words (data), not
 * months or weekdays, countries, demonyms or places the gazetteer knows ("Kanjuruhan", "Itaewon").
 * A story's tolls that name no event and no place ("the crush", "the stampede" are often no
 * event word the steps know) are about what its headline and lead are about; two reports of one
 * event, whatever their vocabulary, name it by the same rare names. A known place or a country is
 * left out: many events share it within a week. Ids are `name:<slug>` (matching tells them from
 * other named things, frame/story-names.ts in check).
 * @example storyNames(contextOf("Kanjuruhan stadium crush toll rises to 131\nThe toll of the crush at the Kanjuruhan stadium in Malang rose.")) // [{ kind: "named", id: "name:kanjuruhan", ... }, ...]
 */
export function storyNames(context: SubjectContext): readonly ScopeEntity[] {
  let names = NAMES.get(context);
  if (!names) NAMES.set(context, (names = read(context)));
  return names;
}

/** Prefix of the ids of story names. */
export const STORY_NAME = "name:";

/**
 * Marker of the day the lead tells ("on Saturday night" in a Sunday paper), kept in a story
 * name's `within` (a named thing contains nothing else): two stories naming one place whose
 * leads tell different days are about two events there.
 */
export const STORY_DAY = "day:";

/**
 * The one full day the headline and lead tell the event on, if they tell exactly one: not a day
 * something was said ("the minister said on Saturday") nor a toll's day ("rose to 769 on Monday").
 */
function leadDay(context: SubjectContext, sentences: readonly { start: number; end: number }[]): string | undefined {
  const days = new Set<string>();
  for (const sentence of sentences) {
    if (TOLL_CHANGE.test(context.text.slice(sentence.start, sentence.end))) continue;
    for (const date of datesBetween(context, sentence.start, sentence.end)) {
      const value = String(date.value);
      if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !SAID.test(context.text.slice(Math.max(sentence.start, date.start - 30), date.start))) days.add(value);
    }
  }
  return days.size === 1 ? [...days][0] : undefined;
}

/** A sentence about a toll or its change, whose day is the count's, not the event's. */
const TOLL_CHANGE = /\b(?:toll|rose|risen|rises|climbed|climbs|revised)\b/i;

/** A day right after a speech verb: when it was said. */
const SAID = /\b(?:said|says|told|announced|reported|confirmed|added)\s+(?:\p{L}+\s+)?$/iu;

const NAMES = new WeakMap<SubjectContext, readonly ScopeEntity[]>();

const COMMON: ReadonlySet<string> = new Set(NOT_NAMES);

function read(context: SubjectContext): readonly ScopeEntity[] {
  const [first, second] = context.sentences;
  if (!first || !second) return [];
  const inFirst = namesOf(context.text.slice(first.start, first.end));
  const inSecond = namesOf(context.text.slice(second.start, second.end));
  const out: ScopeEntity[] = [];
  const day = leadDay(context, [first, second]);
  for (const [key, one] of inFirst) {
    const other = inSecond.get(key);
    // Capitalised inside a sentence-case sentence at least once: a name, not a headline's title case.
    if (other && (one.proper || other.proper) && (one.located || other.located)) out.push({ kind: "named", id: `${STORY_NAME}${key}`, text: one.text, ...(day ? { within: [`${STORY_DAY}${day}`] } : {}) });
  }
  return out;
}

/** A capitalised word (not all capitals: datelines and acronyms of outlets), with an optional possessive. */
const WORD = /[\p{L}][\p{L}’'-]*/gu;

/**
 * A distinctive capitalised word of one sentence: `proper` when capitalised where a common word
 * would not be (inside a sentence that is not in title case); `located` when its name follows
 * "in", "at", "near" ("at the Kanjuruhan stadium", "in Seoul's Itaewon district"): where the
 * event was. A name only said as who acted or spoke ("President X said") is no anchor: a
 * person, a team or a company is in the news for many events in one week.
 */
interface Name {
  text: string;
  proper: boolean;
  located: boolean;
}

/** Whether the capitalised run holding word i follows a preposition of place. */
function located(sentence: string, words: readonly { at: number; end: number }[], i: number): boolean {
  let start = i;
  while (start > 0 && /^\s+$/u.test(sentence.slice(words[start - 1]!.end, words[start]!.at))) start--;
  return LOCATIVE.test(sentence.slice(Math.max(0, words[start]!.at - 20), words[start]!.at));
}

const LOCATIVE = /\b(?:in|at|near|outside|inside|from|aboard|on)\s+(?:the\s+)?$/iu;

/** Distinctive capitalised words of one sentence, by lower-case slug. */
function namesOf(sentence: string): Map<string, Name> {
  const out = new Map<string, Name>();
  const titleCase = isTitleCase(sentence);
  const words = capitalised(sentence);
  const placed = inKnownPlaces(sentence, words);
  words.forEach(({ word, at }, i) => {
    if (placed.has(i)) return;
    const key = word.toLowerCase().replace(/[’']/g, "");
    if (COMMON.has(key) || MONTHS_AND_DAYS.has(key) || placeOfDemonym(word) || groupOfDemonym(word)) return;
    const proper = !titleCase && !startsClause(sentence, at);
    const where = located(sentence, words, i);
    const known = out.get(key);
    out.set(key, { text: word, proper: proper || (known?.proper ?? false), located: where || (known?.located ?? false) });
  });
  return out;
}

/** The capitalised words of a sentence (not all capitals: datelines, acronyms), possessives cut. */
function capitalised(sentence: string): { word: string; at: number; end: number }[] {
  const out: { word: string; at: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    const word = m[0].replace(/[’']s?$/u, "");
    if (/^\p{Lu}\p{Ll}/u.test(word) && word.length >= 3) out.push({ word, at: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Indexes of words inside a run the gazetteer knows as a place ("Las Vegas", "Sri Lanka", "Malang"). */
function inKnownPlaces(sentence: string, words: readonly { word: string; at: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const run = words.slice(i, i + n);
      // Only words next to each other ("Las Vegas", not "Las ... Vegas").
      if (run.some((w, k) => k > 0 && !/^\s+$/u.test(sentence.slice(run[k - 1]!.end, w.at)))) continue;
      if (!gazetteerPlace(run.map((w) => w.word).join(" "))) continue;
      for (let k = 0; k < n; k++) out.add(i + k);
      break;
    }
  }
  return out;
}

/** A headline in title case ("Stadium Crush Toll Rises To 131"): most of its longer words capitalised. */
function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/** Whether a word opens its sentence, line, quotation, or a clause after a colon or dash: capitalised by position, not as a name. */
function startsClause(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return /^[\s"“‘'([•*·–—-]*$/u.test(before) || /(?:\n|[:;—–]\s|\s-\s|["“‘(]\s*)$/u.test(before);
}
