import type { SubjectContext } from "./context.js";
import { gazetteerPlace } from "./gazetteer.js";
import { datelinePlace, leadEnd } from "./story-lead.js";

/**
 * The one known place a short first line (a headline) names, not counting a dateline ("LONDON (AP) -").
 * @example headlinePlace(contextOf("Manchester raises number of wounded to 119\n...")) // "manchester"
 */
export function headlinePlace(context: SubjectContext): string | undefined {
  const first = context.sentences[0];
  if (!first || first.end - first.start > 120) return undefined;
  const line = context.text.slice(first.start, first.end).replace(/^\s*[\p{Lu} ]{3,}(?:,[^(—–-]*)?\s*(?:\([^)]*\))?\s*[—–-]\s*/u, "");
  const places = new Set<string>();
  const words = line.split(/[^\p{L}’'.-]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    const two = words[i + 1] && /^\p{Lu}/u.test(words[i + 1]!) ? gazetteerPlace(`${words[i]} ${words[i + 1]}`) : null;
    const place = two ?? gazetteerPlace(words[i]!.replace(/['’]s$/, ""));
    if (place) places.add(place);
    if (two) i++;
  }
  return places.size === 1 ? [...places][0] : undefined;
}

/**
 * The dateline's place when the lead names it again ("SURFSIDE, FLORIDA (NYTIMES) - ... the
 * collapse of a condominium tower in Surfside"): a dateline alone is where the reporter filed
 * from ("CAPE TOWN, South Africa (AP) -" over a collapse in another town), not where it happened.
 */
export function leadDateline(context: SubjectContext): string | undefined {
  const place = datelinePlace(context);
  if (!place) return undefined;
  const lead = context.text.slice(0, leadEnd(context));
  const name = place.replace(/-/g, "[ -]");
  const mentions = lead.match(new RegExp(`\\b${name}\\b`, "gi"))?.length ?? 0;
  return mentions >= 2 ? place : undefined;
}
