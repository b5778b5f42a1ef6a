import type { Claim, Frame } from "../../model.js";
import { isCountry } from "../data/countries.js";
import { daySpan, formatDate, type DaySpan } from "../time.js";
import { isKnownName, isLeadName, leadFullDay, storyClass, storyNamesOf } from "./story-names.js";
import { spokenSlug } from "./story-spelling.js";

/**
 * A past event retold years on, met with the reports of its time and with its other retellings.
 * "The Port Arthur massacre of 1996 ... 23 wounded" (2011) and "18 wounded" (an anniversary piece
 * of 2016 dating the attack 28 April 1996) tell one settled count two ways; so do a report of
 * the Bam earthquake a week after it and a page ten years on that dates it "December 26, 2003".
 * The story match (story-names.ts) ties reports weeks apart at most, and a retold toll's event is
 * no longer in any news cycle, so such pairs were never compared. What ties them is what a reader
 * goes by: one kind of event, when it happened (the retelling's own date for it, and the other
 * report's date or its time), and a name both give. A year alone ("the 2013 collapse") ties only
 * through a rare name (not a city: a city has several fires a year); a day or a month ties
 * through a place below country level too. The match is weak (a discrepancy at most): a figure
 * of the event's first days may have been superseded (retold.ts says so).
 */

/** Told this long after the event, a report retells it (retold.ts SETTLED_DAYS). */
const RETOLD_DAYS = 365;
/** A report that does not date its event is about one of this many days before it. */
const REPORT_DAYS = 7;

/** The event a claim tells of, as its retellings are met: its kind, when it happened and its names. */
export interface ToldEvent {
  kind: string;
  /** When it happened: the frame's own date for it, else its report's last days. */
  span: DaySpan;
  /** Whether the claim retells it a year or more on. */
  retold: boolean;
  /** The date the claim gives it, if any. */
  date?: string;
  /** Rare names (a story's names the gazetteer does not know), spoken. */
  rare: string[];
  /** Places below country level (the gazetteer's), spoken. */
  places: string[];
}

/**
 * @example toldEvent(tollOfPortArthurIn2011, frame) // { kind: "attack", span: 1996, retold: true, rare: ["artur"], … }
 */
export function toldEvent(claim: Claim, frame: Frame): ToldEvent | undefined {
  const kind = storyClass(frame);
  const at = daySpan(claim.asOf);
  if (kind === undefined || !at) return undefined;
  const names = storyNamesOf(frame).filter(isLeadName);
  const date = frame.event?.date ?? leadFullDay(names);
  const own = daySpan(date);
  const span = own ?? { first: at.first - REPORT_DAYS, last: at.last };
  const rare = names.filter((n) => !isKnownName(n)).map((n) => spokenSlug(n.id));
  const placed = [frame.event?.place, ...frame.scope.filter((e) => e.kind === "place").map((e) => e.id), ...names.filter(isKnownName).map((n) => n.id)];
  const places = placed.filter((p): p is string => Boolean(p) && !isCountry(p!.replace(/^name:/u, ""))).map(spokenSlug);
  return { kind, span, retold: Boolean(own) && at.first - own!.last >= RETOLD_DAYS, ...(own ? { date } : {}), rare: [...new Set(rare)], places: [...new Set(places)] };
}

/** Whether an event's time is told to a day or a month, not a year alone. */
const narrow = (event: ToldEvent) => event.span.last - event.span.first <= 31;

/**
 * The two claims tell one past event, one of them retelling it: the same kind, times that meet,
 * a rare name both give (or, both told to a month or finer, a place below country level).
 * @example retoldMatch(eighteenWoundedIn2016, fa, twentyThreeWoundedIn2011, fb)?.why // "both reports: attack, named Arthur; retold from 28 April 1996"
 */
export function retoldMatch(a: Claim, fa: Frame, b: Claim, fb: Frame): { strength: "weak"; why: string } | null {
  const [ea, eb] = [toldEvent(a, fa), toldEvent(b, fb)];
  if (!ea || !eb || !(ea.retold || eb.retold) || ea.kind !== eb.kind) return null;
  if (ea.span.first > eb.span.last || eb.span.first > ea.span.last) return null;
  const rare = ea.rare.filter((n) => eb.rare.includes(n));
  const places = narrow(ea) && narrow(eb) ? ea.places.filter((p) => eb.places.includes(p)) : [];
  const shared = [...rare, ...places];
  if (shared.length === 0) return null;
  const told = (ea.retold ? ea : eb).date;
  const said = [...storyNamesOf(fa), ...fa.scope].find((e) => shared.includes(spokenSlug(e.id)))?.text ?? shared[0];
  return { strength: "weak", why: `both reports: ${ea.kind}, named ${said}; one retells it from ${formatDate(told)}` };
}
