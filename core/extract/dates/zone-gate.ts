import { ParsingComponents, ParsingResult, ReferenceWithTimezone, type ParsingContext, type Refiner } from "chrono-node";

/**
 * Chrono's time-zone abbreviation refiner looks at the word after every result ("5 May and",
 * "in 2011 the") and, when it has two to four letters, builds the result's Date and looks the
 * word up in chrono's zone table: a Date per result, for a word that is almost never a zone.
 * It changes a result only when that word is a zone ("at 9:00 EST", "5 May (GMT)"), so a text
 * where no result is followed by one is left as it is, and the refiner is skipped there.
 *
 * Chrono exports neither the refiner class nor its zone table, and a minifier renames classes:
 * the refiner is known by what it does to a sample, and whether a word is a zone is asked of
 * the refiner itself, once per word (a few hundred distinct words follow dates in news).
 */
const ZONE_WORD = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;

const PROBE_REFERENCE = new ReferenceWithTimezone(new Date(Date.UTC(2024, 0, 15)));

/** Whether `refiner` appends `word` to a clock time written before it, as it does a zone. */
function appendsZone(refiner: Refiner, word: string): boolean {
  const result = new ParsingResult(PROBE_REFERENCE, 0, "9", new ParsingComponents(PROBE_REFERENCE, { hour: 9 }));
  const context = { text: `9 ${word}`, option: {}, reference: PROBE_REFERENCE, refDate: PROBE_REFERENCE.instant, debug: () => {} };
  try {
    refiner.refine(context as unknown as ParsingContext, [result]);
  } catch {
    return false;
  }
  return result.text !== "9";
}

/**
 * Whether `refiner` is chrono's time-zone abbreviation refiner: it takes "EST" after a time.
 * @example casual.refiners.filter(readsZoneAbbreviation) // [ExtractTimezoneAbbrRefiner]
 */
export function readsZoneAbbreviation(refiner: Refiner): boolean {
  return appendsZone(refiner, "EST") && !appendsZone(refiner, "AND");
}

/** Words seen after results, zone or not; bounded, past the bound a word is simply asked again. */
const MAX_KNOWN = 5000;

/**
 * @example chrono.refiners = chrono.refiners.map((r) => (readsZoneAbbreviation(r) ? new NeedsZone(r) : r))
 */
export class NeedsZone implements Refiner {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.some((result) => this.zoneFollows(context.text, result)) ? this.inner.refine(context, results) : results;
  }

  private zoneFollows(text: string, result: ParsingResult): boolean {
    const word = ZONE_WORD.exec(text.substring(result.index + result.text.length))?.[1]?.toUpperCase();
    if (word === undefined) return false;
    let zone = this.known.get(word);
    if (zone === undefined) {
      zone = appendsZone(this.inner, word);
      if (this.known.size < MAX_KNOWN) this.known.set(word, zone);
    }
    return zone;
  }
}
