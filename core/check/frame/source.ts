import type { Claim } from "../../model.js";
import { sentenceOf } from "../context.js";
import { ATTRIBUTING, SOURCE_NOUNS } from "../data/sources.js";
import { literalPattern } from "../../extract/literal-pattern.js";

/**
 * Who a figure is attributed to in its sentence: "official figures put the death toll at 26"
 * (officials), "local media was reporting a total of 34" (local media), "Surgeon Issa Ali Ilwan
 * said 47 were killed" (doctors). The source noun nearest the figure counts, and only in a
 * sentence that attributes (a speech verb or "according to"): "the hospital was hit" names no
 * source. Two figures of one story from different sources are the sources differing, which an
 * editor wants shown and the explanation says.
 */

const escaped = (word: string) => literalPattern(word).replace(/ /g, String.raw`\s+`);
/** Longest first, so "local media" wins over "media". */
const NOUNS = new RegExp(String.raw`(?<![\p{L}])(?:${Object.keys(SOURCE_NOUNS).sort((a, b) => b.length - a.length).map(escaped).join("|")})(?![\p{L}])`, "giu");
const ATTRIBUTES = new RegExp(String.raw`(?<![\p{L}])(?:${ATTRIBUTING.map(escaped).join("|")})(?![\p{L}])`, "iu");

/**
 * The kind of source a claim's sentence gives for it ("hospital", "local media"), or undefined.
 * @example sourceOf(claimIn("Official figures put the death toll at 26."), body) // "officials"
 */
export function sourceOf(claim: Claim, body: string): string | undefined {
  const sentence = sentenceOf(claim, body);
  if (!ATTRIBUTES.test(sentence)) return undefined;
  const offset = claim.sentence && Number.isInteger(claim.sentence.start) ? claim.sentence.start : Math.max(0, claim.start - 160);
  const at = claim.start - offset;
  let best: { kind: string; distance: number } | undefined;
  for (const match of sentence.matchAll(NOUNS)) {
    const word = match[0].toLowerCase().replace(/\s+/g, " ");
    const kind = SOURCE_NOUNS[word];
    // Short all-capital names ("UN", "AP") only as written: "un" and "ap" are parts of other words.
    if (!kind || (word.length <= 2 && match[0] !== match[0].toUpperCase())) continue;
    const start = match.index ?? 0;
    const distance = start < at ? at - (start + match[0].length) : start - at;
    if (!best || distance < best.distance) best = { kind, distance };
  }
  return best?.kind;
}

/**
 * The two sources when two figures are attributed to different ones, else undefined.
 * @example sourcesDiffer(ministersFiftyEight, hospitalsThirty, body) // ["minister", "hospital"]
 */
export function sourcesDiffer(a: Claim, b: Claim, body: string): [string, string] | undefined {
  const [x, y] = [sourceOf(a, body), sourceOf(b, body)];
  return x && y && x !== y ? [x, y] : undefined;
}
