import { capitalOf, gazetteerPlace, isCountryPlace, placeOfDemonym } from "./gazetteer.js";
import { saidAsWhere } from "./name-neighbours.js";

/**
 * A country's capital named by the country ("in Sierra Leone’s capital", "in the Iranian
 * capital", "in the capital of Iraq"), not by its own name: news writes a capital so as often as
 * by name, and another report of the story names it ("Freetown", "Tehran"). story-names.ts tallies
 * it as the capital itself, a known place, said as where when a preposition of place stands before.
 * Not a province's or a state's capital ("the capital of Logar", "the State capital"): only a
 * country the gazetteer gives a capital.
 * @example capitalsNamed("killed in Sierra Leone’s capital on Friday") // [{ id: "freetown", at: 10, located: true }]
 */
export function capitalsNamed(sentence: string): { id: string; at: number; located: boolean }[] {
  if (!sentence.includes("capital")) return [];
  const out: { id: string; at: number; located: boolean }[] = [];
  for (const m of sentence.matchAll(CAPITAL_PHRASE)) {
    const [, owner, demonym, country] = m;
    const place = owner !== undefined ? gazetteerPlace(owner) : country !== undefined ? gazetteerPlace(country) : placeOfDemonym(demonym!);
    const capital = place !== null && isCountryPlace(place) ? capitalOf(place) : null;
    if (capital === null) continue;
    // "in the Iranian capital", "in Sierra Leone's capital": where the phrase, with its article, opens.
    const at = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ id: capital, at, located: saidAsWhere(sentence, Math.max(0, at - 20), at) });
  }
  return out;
}

/**
 * "Sierra Leone’s capital", "the Iranian capital", "the capital of Iraq" (then no capitalised word:
 * "the capital, Kabul" names it anyway, "Iran's capital Tehran" too). A name of one to three words.
 */
const CAPITAL_PHRASE = /(?:\b(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})['’]s\s+capital|\bthe\s+(\p{Lu}[\p{L}-]+)\s+capital|\bthe\s+capital\s+of\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2}))(?![\p{L}-])(?!,?\s+\p{Lu})/gu;
