import type { ScopeEntity } from "../../model.js";
import { datesBetween, lowerText, type SubjectContext } from "./context.js";
import { namesOf, storyWords } from "./sentence-names.js";
import { isProperAt } from "./capitalised-words.js";
import { isCountryPlace, isGazetteerPlace, placeOfDemonym } from "./gazetteer.js";
import { datelinePlace, leadEnd } from "./story-lead.js";
import { datelineDay } from "../dateline-day.js";
import { storyClasses } from "./story-class.js";
import { cityAround } from "./story-name-city.js";
import { capitalsNamed } from "./story-capital.js";
import { stormTitled } from "./story-name-storm.js";
import { placedAround } from "./story-name-placed.js";
import { literalPattern } from "../literal-pattern.js";
import { anniversaryYears, yearsBefore } from "./anniversary.js";
import { wordAlternation } from "./alternation.js";
import phases from "./data/date-phases.js";

/**
 * The story's identity: its distinctive names, what a reader recognises two reports of one story
 * by when their tolls name no place or day of their own ("Palu", "Sulawesi"; "Mandalay",
 * "Sagaing"; "Idai"). A name is a capitalised word or a gazetteer place below country level,
 * written where a common word would not be capitalised (inside a sentence that is not in title
 * case, not at a sentence or clause start) at least once, said as where something happened
 * ("in", "at", "near", "struck", "hit" ... before it) at least once, and not a common or title
 * word (data), a month or weekday, a country or a demonym. It is the story's when its headline or
 * lead (story-lead.ts leadEnd: the headline and the first sentence that is not page furniture)
 * names it and the article names it again (flag `lead`), or when the body names it three times
 * or more. Each name carries in `within` what the story says of it, for the matching
 * (core/check/frame/story-names.ts): `lead`, `known` (a gazetteer place: many events share a city),
 * `day:<the one day the lead tells>`, `class:<the story's one event class>` (or `both:<class>+<class>`), `site` (a built
 * thing's name: "the Morandi bridge").
 * Ids are `name:<slug>`.
 * @example storyNames(contextOf("Quake toll rises in Palu\nThe earthquake that struck Palu, on Sulawesi, ...")) // [{ kind: "named", id: "name:palu", within: ["lead", "known", "class:earthquake"] }, ...]
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
 * Marker of a name written before a built site's word ("the Morandi bridge", "the Marmaray
 * tunnel"), kept in a story name's `within`: a thing that stands in a place, not a place of its
 * own beside the city its story names (core/check/frame/story-agree.ts `knownOnce`).
 */
export const STORY_SITE = "site";

/**
 * Marker of the two classes of event a lead tells of one incident ("crash and fire at Cairo train
 * station"), when it tells no one class: `both:crash+fire` (story-class.ts storyClasses).
 */
export const STORY_BOTH = "both:";

/** Marker of the known city a sentence puts a rare name in ("Mazgaon in south Mumbai"): `in:mumbai`. */
export const STORY_CITY = "in:";

/**
 * The one full day the headline and lead tell the event on, if they tell exactly one: not a day
 * something was said ("the minister said on Saturday") nor a toll's day ("rose to 769 on Monday").
 */
function leadDay(context: SubjectContext, sentences: readonly { start: number; end: number }[]): string | undefined {
  const days = new Set<string>();
  for (const sentence of sentences) {
    const words = context.text.slice(sentence.start, sentence.end);
    if (TOLL_CHANGE.test(words) || WORK_GOES_ON.test(words)) continue;
    // "Armenia commemorates 24th anniversary of Spitak earthquake": the lead's day, or its report's, is the commemoration's.
    const years = anniversaryYears(words);
    let dated = false;
    for (const date of datesBetween(context, sentence.start, sentence.end)) {
      const value = String(date.value);
      const before = context.text.slice(Math.max(sentence.start, date.start - 30), date.start);
      if (!FULL_DAY.test(value) || SAID.test(before) || AS_OF.test(before) || datelineDay(context.text, date.start, date.end)) continue;
      // "the 19th anniversary of the October 8, 2005 earthquake": a day long before the report is the event's own.
      days.add(years !== undefined && nearReport(value, context.published) ? yearsBefore(value, years) : value);
      dated = true;
    }
    if (years !== undefined && !dated && context.published && FULL_DAY.test(context.published)) days.add(yearsBefore(context.published, years));
  }
  return days.size === 1 ? [...days][0] : undefined;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day within a week of the report's: a commemoration's, not a past event's. */
function nearReport(day: string, published: string | undefined): boolean {
  if (!published || !FULL_DAY.test(published)) return false;
  return Math.abs(Date.parse(day) - Date.parse(published)) <= 7 * 86_400_000;
}

/** A sentence about a toll or its change, whose day is the count's, not the event's. */
const TOLL_CHANGE = /\b(?:toll|rose|risen|rises|climbed|climbs|revised)\b/i;

/**
 * "Tanzanian rescue workers continued their efforts on Sunday, digging through the rubble", "the
 * search resumed on Monday": a sentence of work that goes on after the event, whose day is the
 * work's, not the event's (AP on the Kariakoo collapse of Saturday 16 Nov 2024).
 */
const WORK_GOES_ON = /\b(?:continued|continues|continuing|resumed|resumes|resuming)\b/i;

/** "As of 4pm on Tuesday, 127 had been identified": the day a count stood, not the event's. */
const AS_OF = /\bas\s+of\b[^,;.]{0,25}$/iu;

/** A day right after a speech verb (data/date-phases.ts heads.saying): when it was said ("apologised on Tuesday"). */
const SAID = new RegExp(String.raw`\b(?:${wordAlternation(phases.heads.saying)})\s+(?:\p{L}+\s+)?$`, "iu");

const NAMES = new WeakMap<SubjectContext, readonly ScopeEntity[]>();

/** At most this many names a story: the lead's first, then the body's most repeated. */
const MAX_NAMES = 10;

interface Tally {
  text: string;
  /** Capitalised as a name at least once; read last, only for the names a story could pick (null: not read yet). */
  proper: boolean | null;
  /** Said as where it happened (`where` below; null: not read yet). */
  where: boolean | null;
  /** A lead name (`inLead` below; null: not read yet). */
  inLead: boolean | null;
  located: boolean;
  lead: number;
  all: number;
  known: boolean;
  /** Written before a built site's word at least once ("the Morandi bridge"). */
  site: boolean;
  /** Each sentence that names it (by index) with where the name starts there. */
  seen: { sentence: number; starts: number[] }[];
}

function read(context: SubjectContext): readonly ScopeEntity[] {
  const { sentences, text } = context;
  if (sentences.length < 2) return [];
  const end = leadEnd(context);
  const tally = new Map<string, Tally>();
  const words = storyWords((key) => tally.get(key)?.located === true);
  const anyCapital = text.includes("capital");
  for (let j = 0; j < sentences.length; j++) {
    const sentence = sentences[j]!;
    const inLead = sentence.start < end;
    for (const [written, name] of namesOf(text.slice(sentence.start, sentence.end), words)) {
      const key = eitherWayRound(written);
      const known = tally.get(key);
      const seen = { sentence: j, starts: name.starts };
      if (known) {
        known.located ||= name.located;
        known.lead += inLead ? 1 : 0;
        known.all++;
        known.known = name.known;
        known.site ||= name.site;
        known.seen.push(seen);
      } else tally.set(key, { text: name.text, proper: null, where: null, inLead: null, located: name.located, lead: inLead ? 1 : 0, all: 1, known: name.known, site: name.site, seen: [seen] });
    }
    // "in Sierra Leone’s capital": the capital, as another report names it (asked only of a text that has the word).
    for (const capital of anyCapital ? capitalsNamed(text.slice(sentence.start, sentence.end)) : []) {
      const had = tally.get(capital.id);
      const seen = { sentence: j, starts: [capital.at] };
      if (had) {
        had.located ||= capital.located;
        had.lead += inLead ? 1 : 0;
        had.all++;
        had.seen.push(seen);
      } else tally.set(capital.id, { text: titled(capital.id), proper: true, where: null, inLead: null, located: capital.located, lead: inLead ? 1 : 0, all: 1, known: true, site: false, seen: [seen] });
    }
  }
  addDateline(context, tally);
  // Capitalised as a name somewhere: asked only of a name said as where, or a known place of the lead.
  const proper = (n: Tally) => (n.proper ??= n.seen.some(({ sentence, starts }) => isProperAt(text.slice(sentences[sentence]!.start, sentences[sentence]!.end), starts)));
  // Lead names: capitalised as a name once, said as where it happened once (a known place is one anyway).
  // A known place may open the headline ("Mumbai building collapse: ..."), capitalised by position
  // only: it is the name when the text never writes it as a common word ("nice", "reading").
  // Said as where it happened, or a storm's name after its title in lower case ("typhoon Haiyan"),
  // or a place by the words around it ("Mandalay city", "northwest of Sagaing").
  // Read once per name (the filter, the sort and the marks below ask again; nothing changes the tally now).
  // Kept on the tally itself: a map of answers per tally cost a hash of each tally to ask.
  const where = (n: Tally) => (n.where ??= n.located || n.seen.some(({ sentence, starts }) => {
    const words = text.slice(sentences[sentence]!.start, sentences[sentence]!.end);
    return stormTitled(words, starts) || placedAround(words, starts, n.text.length);
  }));
  const inLead = (n: Tally) => (n.inLead ??= n.lead > 0 && (where(n) || n.known) && (proper(n) || (n.known && neverCommon(text, n.text))));
  // Body names: where it happened, as the body says it.
  const inBody = (n: Tally) => !inLead(n) && where(n) && proper(n);
  // "in Sri Lankan garbage collapse", "a South Korean ferry": a people's word of two words is no name (one word never runs into one).
  const picked = [...tally].filter(([, n]) => (inLead(n) || inBody(n)) && !(n.text.includes(" ") && placeOfDemonym(n.text)))
    .sort(([, x], [, y]) => Number(inLead(y)) - Number(inLead(x)) || y.all - x.all).slice(0, MAX_NAMES);
  if (picked.length === 0) return [];
  // What every name carries: the lead's one day and the story's one class (a scan of the whole text).
  const day = leadDay(context, sentences.filter((s) => s.start < end));
  const { one: cls, both } = storyClasses(text, end, lowerText(context));
  return picked.map(([key, n]) => {
    // "Mazgaon in south Mumbai", "south Mumbai's Dongri": the known city a sentence puts the name in.
    const city = n.known ? undefined : n.seen.reduce<string | undefined>((found, { sentence }) => found ?? cityAround(text.slice(sentences[sentence]!.start, sentences[sentence]!.end), n.text), undefined);
    const within = [...(inLead(n) ? ["lead"] : []), ...(n.known ? ["known"] : []), ...(n.site && !n.known ? [STORY_SITE] : []), ...(city ? [`${STORY_CITY}${city}`] : []), ...(day ? [`${STORY_DAY}${day}`] : []), ...(cls ? [`class:${cls}`] : []), ...(both ? [`${STORY_BOTH}${both.join("+")}`] : [])];
    return { kind: "named", id: `${STORY_NAME}${key}`, text: n.text, within };
  });
}

/** "the Iran-Iraq border" and "the Iraq-Iran border": two known places joined are one name whichever comes first. */
function eitherWayRound(key: string): string {
  const parts = key.split("-");
  return parts.length === 2 && parts.every(isGazetteerPlace) ? [...parts].sort().join("-") : key;
}

/** Whether a text never writes a name in lower case, as a common word would be. */
function neverCommon(text: string, name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === name) return false;
  return !new RegExp(`(?<![\\p{L}])${literalPattern(lower)}(?![\\p{L}])`, "u").test(text);
}

/**
 * "AMASRA, Turkey (AP) —": the place a story is datelined from opens its lead, so it is a lead
 * name ("Amasra" in one report, "in Amasra" in another). A known place (a city) stays `known`, so
 * it ties two stories only with another name; a country is no name. A dateline the text never
 * names again, over a lead that puts the event at another place below country level ("BEIJING,
 * Sept 16 (Xinhua) -- A 6.0-magnitude earthquake jolted Luxian County in Sichuan", "NEW DELHI -
 * ... in Jharkhand"), is where the reporter files from, not where it happened: no name.
 */
function addDateline(context: SubjectContext, tally: Map<string, Tally>): void {
  const place = datelinePlace(context);
  if (!place || isCountryPlace(place)) return;
  const had = tally.get(place);
  if (!had && [...tally].some(([key, n]) => n.lead > 0 && (n.known || n.located) && !isCountryPlace(key))) return;
  tally.set(place, { text: had?.text ?? titled(place), proper: true, where: null, inLead: null, located: true, lead: (had?.lead ?? 0) + 1, all: (had?.all ?? 0) + 1, known: isGazetteerPlace(place), site: had?.site ?? false, seen: had?.seen ?? [] });
}

/** A place's id written as a name ("sierra-leone" -> "Sierra Leone"). */
function titled(id: string): string {
  return id.replace(/(^|-)\p{L}/gu, (c) => c.toUpperCase()).replace(/-/g, " ");
}
