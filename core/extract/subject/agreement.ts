import type { NamedEvent } from "./frame-event.js";
import { isGazetteerPlace, placesAround } from "./gazetteer.js";

/**
 * Whether the mentions of one event class in an article agree on its day and place, and what
 * they agree on: an article about this year's and last year's bombing names no single day.
 */

/**
 * Whether a day is within a month before publication (or there is no publication date to say).
 * @example recent("2008", "2014-04-09") // false
 */
export function recent(day: string | undefined, published: string | undefined): boolean {
  if (!day || !published) return true;
  const at = Date.parse(published.slice(0, 10));
  const then = Date.parse(day.length === 4 ? `${day}-12-31` : day.length === 7 ? `${day}-28` : day);
  return Number.isNaN(at) || Number.isNaN(then) || at - then <= 31 * 86_400_000;
}

/** The most precise day the mentions give, when all that give one agree ("2021-05" and "2021-05-03" do). */
export function agreedDate(mentions: readonly NamedEvent[]): string | undefined {
  return agreed(mentions.map((e) => e.date), (a, b) => a.startsWith(b) || b.startsWith(a), (a, b) => a.length > b.length);
}

/** The most specific place the mentions give, when all that give one agree (a city and its country do). */
export function agreedPlace(mentions: readonly NamedEvent[], around: (id: string) => string[] = placesAround): string | undefined {
  // "in Maco town in the province of Davao de Oro" and "in the southern Philippines": a place the
  // gazetteer cannot place at all lies in the known place the same story names.
  const loose = (a: string, b: string) => isGazetteerPlace(b) && !isGazetteerPlace(a) && !around(a).some(isGazetteerPlace);
  const inside = (a: string, b: string) => around(a).includes(b) || loose(a, b);
  return agreed(mentions.map((e) => e.place), (a, b) => a === b || inside(a, b) || inside(b, a), inside);
}

/** The most specific of the given values when all of them agree, else undefined. */
function agreed(values: ReadonlyArray<string | undefined>, compatible: (a: string, b: string) => boolean, finer: (a: string, b: string) => boolean): string | undefined {
  let best: string | undefined;
  for (const value of values) {
    if (!value) continue;
    if (best === undefined) best = value;
    else if (!compatible(best, value)) return undefined;
    else if (finer(value, best)) best = value;
  }
  return best;
}
