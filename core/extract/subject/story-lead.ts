import type { Span } from "../span.js";
import type { SubjectContext } from "./context.js";
import { gazetteerPlace, isGazetteerPlace } from "./gazetteer.js";
import { readPlaceChain, rememberPlace } from "./named-place.js";

/**
 * Where a story's lead ends, as real pages lay it out: a headline, then byline, timestamp,
 * "UPDATE:" line and photo caption, then the first paragraph. Page furniture is skipped, so the
 * lead is the headline and the first sentence of the story itself, wherever it sits.
 */

/** "By Reuters - 02 October 2022 - 14:51", "By KIM TONG-HYUNG and HYUNG-JIN KIM (Associated Press)". */
const BYLINE = /^\s*(?:By|BY)\s+\p{Lu}/u;
/** "UPDATE: January 28 at 12:44 p.m. EST", "Published: 3 June 2023", "Last updated ...". */
const STAMP = /^\s*(?:UPDATE[DS]?|Updated|Published|Posted|Last\s+updated|Editor['’]s\s+note|Photo|Image|Video|File)\b\s*[:-]?/iu;
/** Photo credits that mark a caption: "(Photo: AP)", "REUTERS/Willy Kurniawan", "(AFP)", "AP Photo/Ahn Young-joon", "Getty Images". */
const CREDIT = /\((?:Photo|Image|Pic|Picture)[^)]*\)|\b(?:REUTERS|AFP|AP|EPA|Getty)\s*\/|\p{Lu}{2,}\s*\/\s*(?:Reuters|AFP|AP|EPA|Getty\s+Images)\b|\bvia\s+(?:Reuters|AFP|AP|Getty\s+Images)\s*$|\bAP\s+Photo\b|\bGetty\s+Images\b|\bPhoto(?:graph)?:\s|\.\s*\((?:AFP|AP|Reuters|PTI|ANI|EPA|Xinhua|IANS)\)\s*$/u;
/** A wire caption closes on the day the photo was taken: "..., Indonesia, October 2, 2022." */
const CAPTION_DAY = /,\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\s+\d{4})\.?\s*$/u;

/** Whether a sentence is page furniture, not the story: a byline, a time stamp, a photo caption. */
export function isFurniture(text: string, sentence: Span): boolean {
  const words = text.slice(sentence.start, sentence.end);
  if (BYLINE.test(words) && words.length < 160) return true;
  if (STAMP.test(words) && words.length < 120) return true;
  return CREDIT.test(words) || CAPTION_DAY.test(words);
}

/** The headline and the seven sentences after it: furniture past them is not looked through. */
const LEAD_SENTENCES = 8;

/**
 * Where the lead ends at the latest, known without reading its furniture: leadEnd never ends past
 * the LEAD_SENTENCES-th sentence. A reader that needs the lead only for what lies in it asks this first.
 * @example leadEndAtMost(context) >= leadEnd(context) // true
 */
export function leadEndAtMost(context: SubjectContext): number {
  const { sentences, text } = context;
  return sentences.length > 0 ? sentences[Math.min(LEAD_SENTENCES, sentences.length) - 1]!.end : text.length;
}

/**
 * Where the story's lead ends: its headline (or first sentence) and the next sentence that is
 * not page furniture.
 * @example leadEnd(context) // the end offset of the first story sentence after the headline
 */
export function leadEnd(context: SubjectContext): number {
  if (context.leadEnd !== undefined) return context.leadEnd;
  const { sentences, text } = context;
  let end = sentences[0]?.end ?? text.length;
  for (let i = 1, taken = 0; i < sentences.length && taken < 1 && i < LEAD_SENTENCES; i++) {
    if (isFurniture(text, sentences[i]!)) continue;
    end = sentences[i]!.end;
    taken++;
  }
  if (sentences.length > 1 && end === sentences[0]!.end) end = sentences[1]!.end;
  context.leadEnd = end;
  return end;
}

/**
 * "SURFSIDE, FLORIDA (NYTIMES) -", "SEOUL, South Korea (AP) --", "ISLAMABAD, April 9 -", "MUMBAI, Sept 1 —",
 * "MUMBAI (Reuters, AFP) -": a dateline opening a paragraph (with no comma, only before an agency's name),
 * after the syndicator's mark where one stands first ("(MENAFN- Nam News Network) BEIRUT, Sept 18 (NNN-NNA) –").
 */
const DATELINE = /(?:^|\n)\s*(?:\([^()\n]{1,40}\)\s*)?(\p{Lu}[\p{Lu}.'’ -]{2,30})(?:,\s+((?:\p{Lu}[\p{L}.'’-]*\s*){1,3})?(?:\d{1,2}\s*)?(?:\s*\([^)]{1,30}\))?|\s*\([^)]{1,30}\))\s*[-–—]{1,2}\s/u;

/**
 * "COLOMBO: The death toll ...", "JAKARTA - Rescuers ...": a dateline of the city alone, then a
 * colon or a dash. Capitals before a colon or a dash also open a heading ("BREAKING: ...",
 * "WATCH - ..."), so this form counts only for a place the gazetteer knows.
 */
const BARE_DATELINE = /(?:^|\n)\s*(\p{Lu}[\p{Lu}.'’ -]{2,30}?)\s*(?::|\s[-–—]{1,2})\s/u;

function knownBare(text: string): RegExpExecArray | null {
  const m = BARE_DATELINE.exec(text);
  if (!m) return null;
  const city = m[1]!.trim().toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
  const place = gazetteerPlace(city);
  return place && isGazetteerPlace(place) ? m : null;
}

/**
 * The place of a story's dateline, remembered for the article with what contains it
 * ("SURFSIDE, FLORIDA" -> surfside within florida): a name the gazetteer lacks is then known
 * as a place wherever the story names it.
 * @example datelinePlace(contextOf("SURFSIDE, FLORIDA (NYTIMES) - ...")) // "surfside"
 */
export function datelinePlace(context: SubjectContext): string | undefined {
  if (context.dateline !== undefined) return context.dateline || undefined;
  const m = DATELINE.exec(context.text.slice(0, 1500)) ?? knownBare(context.text.slice(0, 1500));
  let place = "";
  if (m) {
    const city = m[1]!.trim().toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
    const rest = m[2] && !/^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(m[2]) ? m[2].trim().toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()) : "";
    const written = rest ? `${city}, ${rest}` : city;
    const chain = readPlaceChain(written, 0);
    if (chain) {
      place = chain.entity.id;
      rememberPlace(context, chain.entity);
      (context.places ??= new Map()).set(place, context.places.get(place) ?? chain.entity.within ?? []);
    }
  }
  context.dateline = place;
  return place || undefined;
}
