import type { ScopeEntity } from "../../model.js";
import { gapDays } from "../time.js";
import type { Pair } from "./pair.js";
import { storyClass } from "./story-names.js";
import { flag, sharedNames, storyNamesOf } from "./story-shared.js";
import { storyDay } from "./date-lead-day.js";

/**
 * One happening dated by two reports however far apart they were published: the day each lead
 * gives its story's event (extract/subject/story-day.ts, occurrence-story.ts, lead-event-day.ts),
 * of one class of event, tied by a rare name both leads give (the same name, or one word of a
 * longer one: "Endarasha" / "Hillside Endarasha Academy"; not a city the gazetteer knows, where
 * events of a class recur), on dates a day or two
 * apart. A report a year on that retells the fire at one school is about the same fire: a second
 * fire there within two days is rarer than a misdated one. The story match (story-names.ts) asks
 * the reports to be published within weeks; a date's own value makes that window needless here.
 */

/** Dates this close, of one class of event at one rare name, are one event's. */
const DAYS = 2;

/**
 * The rare name both leads give, when the pair is one event so dated; else undefined.
 * @example rareNameDay(pairOfEndarashaFireDays) // "Hillside Endarasha Academy"
 */
export function rareNameDay({ a, b, fa, fb }: Pair): string | undefined {
  if (a.articleId === b.articleId || !storyDay(fa) || !storyDay(fb)) return undefined;
  const days = gapDays(a.value, b.value);
  if (days === null || days > DAYS) return undefined;
  const cls = storyClass(fa);
  if (cls === undefined || cls !== storyClass(fb)) return undefined;
  const rareInLead = (name: ScopeEntity) => flag(name, "lead") && !flag(name, "known");
  const [mine, theirs] = [storyNamesOf(fa).filter(rareInLead), storyNamesOf(fb).filter(rareInLead)];
  const shared = sharedNames(mine, theirs).find((p) => !p.respelt);
  if (shared) return shared.theirs.text ?? shared.mine.text;
  const within = mine.flatMap((x) => theirs.filter((y) => inside(x, y) || inside(y, x)).map((y) => (inside(x, y) ? y : x)));
  return within[0]?.text;
}

/** The fewest letters of one word of a name that stands for the name it is part of. */
const MIN_WORD = 6;

const wordsOf = (name: ScopeEntity) => name.id.slice(name.id.indexOf(":") + 1).split("-").filter(Boolean);

/** A one-word rare name that is one of a longer name's words: "Endarasha" of "Hillside Endarasha Academy". */
function inside(short: ScopeEntity, long: ScopeEntity): boolean {
  const [x, y] = [wordsOf(short), wordsOf(long)];
  return x.length === 1 && y.length > 1 && x[0]!.length >= MIN_WORD && y.includes(x[0]!);
}
