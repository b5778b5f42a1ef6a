import type { Claim, Frame } from "../../model.js";
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
 * report's date or its time), and a rare name both give: not a city, which has had other events
 * of the kind (story-names.ts `retoldStory` holds the same). The match is weak (a discrepancy at
 * most): a figure of the event's first days may have been superseded (retold.ts says so).
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
  /** Rare names (a story's lead names the gazetteer does not know), spoken. */
  rare: string[];
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
  return { kind, span, retold: Boolean(own) && at.first - own!.last >= RETOLD_DAYS, ...(own ? { date } : {}), rare: [...new Set(rare)] };
}

/**
 * The two claims tell one past event, one of them retelling it: the same kind, times that meet,
 * a rare name both give.
 * @example retoldMatch(eighteenWoundedIn2016, fa, twentyThreeWoundedIn2011, fb)?.why // "both reports: attack, named Arthur; retold from 28 April 1996"
 */
export function retoldMatch(a: Claim, fa: Frame, b: Claim, fb: Frame): { strength: "weak"; why: string } | null {
  const [ea, eb] = [toldEvent(a, fa), toldEvent(b, fb)];
  if (!ea || !eb || !(ea.retold || eb.retold) || ea.kind !== eb.kind) return null;
  if (ea.span.first > eb.span.last || eb.span.first > ea.span.last) return null;
  const shared = ea.rare.filter((n) => eb.rare.includes(n));
  if (shared.length === 0) return null;
  const told = (ea.retold ? ea : eb).date;
  const said = [...storyNamesOf(fa), ...fa.scope].find((e) => shared.includes(spokenSlug(e.id)))?.text ?? shared[0];
  return { strength: "weak", why: `both reports: ${ea.kind}, named ${said}; one retells it from ${formatDate(told)}` };
}
