import { ParsingComponents, ParsingResult, ReferenceWithTimezone, type ParsingContext, type Refiner } from "chrono-node";

/**
 * Chrono's date-and-time merge ("5 May at 3pm" into one result) compares every pair of
 * neighbouring results, twice (chrono runs it at two places), though it merges only a pair of
 * which one is a time alone. A merged result holds date and time, so it is neither and merges
 * nothing further: a call whose results include no time alone leaves them as they are, and the
 * refiner is skipped there. Times alone are rare by then: drop-bare-hours.ts has removed the
 * bare numbers chrono reads as hours, and the time parser runs only on windows with a clock.
 *
 * Known by what it does to a sample (a minifier renames chrono's classes).
 */
const PROBE_REFERENCE = new ReferenceWithTimezone(new Date(Date.UTC(2024, 0, 15)));

/**
 * Whether `refiner` joins a date and the time written after it into one result.
 * @example casual.refiners.filter(mergesDateAndTime) // [ENMergeDateTimeRefiner, ENMergeDateTimeRefiner]
 */
export function mergesDateAndTime(refiner: Refiner): boolean {
  const date = new ParsingResult(PROBE_REFERENCE, 0, "5 May", new ParsingComponents(PROBE_REFERENCE, { day: 5, month: 5 }));
  const time = new ParsingResult(PROBE_REFERENCE, 9, "3pm", new ParsingComponents(PROBE_REFERENCE, { hour: 15 }));
  const context = { text: "5 May at 3pm", option: {}, reference: PROBE_REFERENCE, refDate: PROBE_REFERENCE.instant, debug: () => {} };
  try {
    const out = refiner.refine(context as unknown as ParsingContext, [date, time]);
    return out.length === 1 && out[0]!.text === "5 May at 3pm";
  } catch {
    return false;
  }
}

/** A time of day with no date part: what the merge needs one of. */
function isTimeAlone(result: ParsingResult): boolean {
  return result.start.isOnlyTime();
}

/**
 * @example chrono.refiners = chrono.refiners.map((r) => (mergesDateAndTime(r) ? new NeedsTimeAlone(r) : r))
 */
export class NeedsTimeAlone implements Refiner {
  constructor(private readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (!results.some(isTimeAlone)) return results;
    return sentenceRuns(context.text, results).flatMap((run) => (run.some(isTimeAlone) ? this.inner.refine(context, run) : run));
  }
}

/** A sentence's end between two results: a full stop, question or exclamation mark and a space, or a line break. */
const SENTENCE_END = /[.!?]["”’)]?\s|\n/;

/**
 * The results in runs that no sentence end divides: chrono merges a day and a time across a full
 * stop ("on Monday.\n\nAt 5:15pm, the tank ruptured"), making one date of two sentences that the
 * event-clock reader (event-clock.ts) and the subject steps then cannot place.
 */
function sentenceRuns(text: string, results: ParsingResult[]): ParsingResult[][] {
  const runs: ParsingResult[][] = [];
  let run: ParsingResult[] = [];
  for (const result of results) {
    const last = run[run.length - 1];
    if (last && SENTENCE_END.test(text.slice(last.index + last.text.length, result.index))) {
      runs.push(run);
      run = [];
    }
    run.push(result);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
