import type { ScopeEntity } from "../../model.js";
import data from "./data/thing-dimensions.js";
import { anyCase, wordAlternation as alt } from "./alternation.js";
import { thingOf } from "./named-thing.js";

/**
 * The report's main named thing: the one a reference or travel piece, or a news story about a
 * landmark, is about ("Lake Malawi", "the Kokoda Track", "Charyn Canyon", "the Iconic Tower"), told
 * by a name that holds a kind noun (data/thing-dimensions.ts 'kinds') and told more often than any
 * other such name. A sentence that measures "the lake", "the track" or "it" without naming the thing
 * is about it (named-subject.ts). Two names told equally often give none: the report is about both.
 */
export interface MainThing {
  thing: ScopeEntity;
  /** The kind groups its names hold ("track" and "trail" for "Kokoda Track" / "Kokoda Trail"). */
  groups: Set<number>;
  start: number;
  end: number;
}

const KIND_OF = new Map<string, number>(data.kinds.flatMap((group, i) => group.map((noun) => [noun, i] as [string, number])));
const KIND = anyCase(KIND_OF.keys());
const CAP = String.raw`\p{Lu}[\p{L}\p{N}’'-]*(?<![’']s)`;
/** "Charyn Canyon", "Darvaza gas crater", "the Kokoda track": capitalised words, at most one lowercase word, then the kind. */
const ENDING = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${CAP}\s+){1,4}(?:\p{Ll}+\s+)?(?:${KIND})s?(?![\p{L}])`, "gu");
/** "Lake Malawi", "Mount Bellamy", "the Monument of African Renaissance": a kind opening the name. */
const LEADING = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alt(data.leading)})\.?\s+(?:the\s+)?${CAP}(?:\s+${CAP}){0,3}`, "gu");
/** Words of a name that are no part of it when they open it: an article, a weekday, a sentence's opener. */
const OPENER = /^(?:The|A|An|This|That|In|At|On|From|To|Visit|Visiting|About|Explore|Exploring|Walk|Walking|Trek|Trekking|Hike|Hiking)\s+/u;

/** A headline that is a name and nothing else ("Issyk-Kul", "Charyn Canyon", "Kokoda Trail"): up to five capitalised words on the first line. */
const HEADLINE_NAME = new RegExp(String.raw`^\s*(?:Where\s+is\s+|About\s+)?(${CAP}(?:\s+(?:of\s+(?:the\s+)?)?${CAP}){0,4})\??\s*\n`, "u");
/** "Issyk-Kul is an endorheic lake", "The Kokoda Track is a single-file track": what kind the thing is. */
const IS_A_KIND = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:${CAP}\s+){0,3}${CAP})\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,4}?(${KIND})s?(?![\p{L}])`, "gu");

/** The headline's name when the headline is one, told again in the body. */
function headlineThing(text: string, tally: Map<string, { found: MainThing; count: number }>): MainThing | null {
  const hit = HEADLINE_NAME.exec(text);
  const thing = hit ? thingOf(hit[1]!) : null;
  if (!hit || !thing || thing.kind !== "named") return null;
  const start = hit.index + hit[0].indexOf(hit[1]!);
  const body = text.slice(hit.index + hit[0].length);
  const words = thing.id.split("-").filter((w) => !KIND_OF.has(w));
  // Told again below the headline: by its id, or by its words besides its kind ("the Kokoda Track" under "Kokoda Trail").
  if (!words.every((w) => new RegExp(String.raw`(?<![\p{L}])${w}(?![\p{L}])`, "iu").test(body))) return null;
  const known = [...tally.entries()].find(([id]) => id === thing.id || sameThing(id, thing.id));
  return { thing, groups: new Set([...groupsOf(hit[1]!), ...(known?.[1].found.groups ?? [])]), start, end: start + hit[1]!.length };
}

const CACHE = { text: "", found: null as MainThing | null };

function groupsOf(words: string): Set<number> {
  return new Set(words.split(/\s+/).map(kindGroup).filter((g): g is number => g !== undefined));
}

/** Whether one id's words are all among the other's ("issyk-kul" / "lake-issyk-kul"), or both share the words besides their kind nouns ("kokoda-track" / "kokoda-trail"). */
function sameThing(x: string, y: string): boolean {
  const bare = (id: string) => id.split("-").filter((w) => !KIND_OF.has(w) && w !== "of" && w !== "the").join("-");
  const [a, b] = [bare(x), bare(y)];
  return a !== "" && a === b;
}

/**
 * @example mainThing("Lake Malawi is long. Lake Malawi is deep.")?.thing.text // "Lake Malawi"
 */
export function mainThing(text: string): MainThing | null {
  if (CACHE.text === text) return CACHE.found;
  const tally = new Map<string, { found: MainThing; count: number }>();
  for (const pattern of [LEADING, ENDING]) {
    for (const hit of text.matchAll(pattern)) {
      let words = hit[0];
      for (let opener = OPENER.exec(words); opener; opener = OPENER.exec(words)) words = words.slice(opener[0].length);
      const thing = thingOf(words);
      if (!thing || thing.kind !== "named" || !/\s/.test(words.trim())) continue;
      const start = hit.index! + hit[0].length - words.length;
      const known = [...tally.keys()].find((id) => id === thing.id || sameThing(id, thing.id));
      const entry = known ? tally.get(known)! : { found: { thing, groups: new Set<number>(), start, end: start + words.length }, count: 0 };
      entry.count++;
      for (const g of groupsOf(words)) entry.found.groups.add(g);
      if (!known) tally.set(thing.id, entry);
    }
  }
  const ranked = [...tally.values()].sort((p, q) => q.count - p.count || p.found.start - q.found.start);
  const [first, second] = ranked;
  // Told once in a long report, or as often as another: no main thing, unless the headline is the name alone.
  // A numbered list of things ("1) Laerdal tunnel, Norway ... 2) Zhongnanshan Tunnel, China") has none either.
  const found = headlineThing(text, tally) ?? (first && first.count >= 2 && (!second || second.count < first.count) && !thingList(text) ? first.found : null);
  if (found) for (const hit of text.matchAll(IS_A_KIND)) if (sameThing(thingOf(hit[1]!)?.id ?? "", found.thing.id) || thingOf(hit[1]!)?.id === found.thing.id) for (const g of groupsOf(hit[2]!)) found.groups.add(g);
  CACHE.text = text;
  CACHE.found = found;
  return found;
}

/** A heading line of a numbered list that opens with a name: "1) Laerdal tunnel, Norway", "2. Zhongnanshan Tunnel". */
const NAMED_HEADING = /^[ \t]*\d{1,2}[).][ \t]+\p{Lu}[^\n]{0,80}$/gmu;

/** Whether the report is a numbered list of things, each item under its own name. */
function thingList(text: string): boolean {
  let headings = 0;
  for (const _ of text.matchAll(NAMED_HEADING)) if (++headings >= 2) return true;
  return false;
}

/** The kind group of a common noun ("track" and "trail" are one), or undefined for no kind. */
export function kindGroup(noun: string): number | undefined {
  return KIND_OF.get(noun.toLowerCase()) ?? KIND_OF.get(noun.toLowerCase().replace(/s$/, ""));
}

/** The report's main thing when its names hold the kind of a noun ("the tower", "the trail"), else null. */
export function mainOfKind(text: string, noun: string): MainThing | null {
  const main = mainThing(text);
  const group = kindGroup(noun);
  return main && group !== undefined && main.groups.has(group) ? main : null;
}

export const KIND_NOUNS = KIND;
