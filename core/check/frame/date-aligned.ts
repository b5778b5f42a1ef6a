import type { ArticleSummary, Claim } from "../../model.js";
import { ONGOING_CLASSES } from "../data/story-classes.js";
import { alignReports, type Alignment, type Report, reportsOf } from "../aligned/report-story.js";
import type { SameThing } from "../same-thing.js";
import { gapDays } from "../time.js";
import { storyDay } from "./date-lead-day.js";
import { storyClass } from "./story-names.js";

/**
 * The day of one story's happening told by two reports a reader puts side by side: each report
 * dates the happening it tells (a date the extraction marks as its story's day: the lead's,
 * extract/subject/story-day.ts and lead-event-day.ts, or its incident's anywhere,
 * occurrence-story.ts and occurrence-body.ts), and the two reports are one story by what the
 * reports as wholes name (aligned/report-story.ts alignReports: their names, class of event and
 * days), though the two dates' own clauses name too little to tie them. A happening has one day,
 * so two days a little apart are one of them wrong; a weak match (a discrepancy), since a report
 * may date the day its news broke.
 * Not events that last days over many places (a flood, a war: data/story-classes.ts
 * ONGOING_CLASSES), two classes of event, two measures (a capture and a death), nor days further
 * apart than DAYS: a later development is another happening, and the leads of two stories
 * telling days apart are two stories already (frame/story-names.ts).
 */

/** Two days of one story's happening this far apart are one of them misdated. */
const DAYS = 3;

const ONGOING: ReadonlySet<string> = new Set(ONGOING_CLASSES);

/** How a check asks for the alignment of the report a related claim comes from. */
export type AlignedWith = (claim: Claim) => Alignment | null;

/**
 * The alignments of the article checked with each report its related claims come from, each read once when first asked.
 * @example alignedWith({ article, claims }, related, articles)(storedDate)?.why // "both reports: attack; both name Fambita ..."
 */
export function alignedWith(own: Report, related: readonly Claim[], articles: ReadonlyMap<string, ArticleSummary>): AlignedWith {
  let reports: Map<string, Report> | undefined;
  const known = new Map<string, Alignment | null>();
  return (claim) => {
    if (claim.articleId === own.article.id) return null;
    if (!known.has(claim.articleId)) {
      reports ??= new Map(reportsOf(own, related, articles).slice(1).map((r) => [r.article.id, r]));
      const report = reports.get(claim.articleId);
      known.set(claim.articleId, report ? alignReports(own, report) : null);
    }
    return known.get(claim.articleId) ?? null;
  };
}

/**
 * The match of two dates each report gives its story's happening, when the reports are aligned as one story; else null.
 * @example alignedStoryDay(fambitaFriday, fambitaSaturday, alignment)?.strength // "weak"
 */
export function alignedStoryDay(a: Claim, b: Claim, alignment: Alignment | null): SameThing | null {
  const [fa, fb] = [a.subject?.frame, b.subject?.frame];
  if (!alignment || !fa || !fb || a.articleId === b.articleId || !storyDay(fa) || !storyDay(fb)) return null;
  if (fa.measure.id !== fb.measure.id) return null;
  const [ca, cb] = [storyClass(fa), storyClass(fb)];
  const cls = ca ?? cb ?? alignment.eventClass;
  if ((ca !== undefined && cb !== undefined && ca !== cb) || cls === undefined || ONGOING.has(cls)) return null;
  if (alignment.eventClass !== undefined && alignment.eventClass !== cls) return null;
  const days = gapDays(a.value, b.value);
  if (days === null || days > DAYS) return null;
  return { strength: "weak", why: `each report dates its story's ${cls}, and the two reports are one story (${alignment.why})` };
}
