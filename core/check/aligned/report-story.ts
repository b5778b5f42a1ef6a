import type { ArticleSummary, Claim, Frame, ScopeEntity } from "../../model.js";
import { storyMatch, type StoryMatch } from "../frame/story-names.js";
import { isLeadName, isStoryName, mark, storyNamesOf, storyWhy } from "../frame/story-shared.js";
import { STORY_CLASS_FAMILIES } from "../data/story-classes.js";
import { daySpan } from "../time.js";

/**
 * Two reports of one story, aligned as a reader puts them side by side (issue 15, session 17):
 * before any figure is paired, the reports themselves must be of one event. The story identity is
 * the one the frames already use (frame/story-names.ts `storyMatch`), read once for the whole
 * report instead of once per toll: the distinctive names its headline and lead give (a rare name
 * ties; a known city ties only with the class of event and the same days), the one class of event
 * the lead tells (or none), and the days the reports were published (a week; three weeks when a
 * rare name both leads give ties them). Two events of one class in one busy city a week apart are
 * not aligned unless a rare name ties them.
 *
 * What it reads is on the stored claims (the story names the extraction lends a report's figures:
 * `slot.story`, `headWord.story`, the story names of a frame) and the report's summary (its day):
 * the earlier report's body is not at hand when a later report is checked.
 */

/** One report as a check sees it: its summary and its claims. */
export interface Report {
  article: ArticleSummary;
  claims: readonly Claim[];
}

/** Why two reports are judged to be of one story. */
export interface Alignment {
  /** The names both reports give. */
  names: ScopeEntity[];
  /** The class of event either report tells, when one does. */
  eventClass: string | undefined;
  /** Days between their publication. */
  days: number;
  /** For an explanation: "both reports: earthquake; both name Mandalay and Sagaing; published 1 day apart". */
  why: string;
}

/** How many flags a name carries: the fuller reading of one name wins when claims carry it differently. */
const weight = (name: ScopeEntity) => (name.within ?? []).length;

/**
 * The story names a report's claims carry, each once (the fullest reading of it).
 * @example reportNames(extractClaims(kryvyiRihReport)).map((n) => n.id) // ["name:kryvyi-rih", "name:moscow"]
 */
export function reportNames(claims: readonly Claim[]): ScopeEntity[] {
  const byId = new Map<string, ScopeEntity>();
  for (const claim of claims) {
    const frame = claim.subject?.frame;
    const names = [...(claim.slot?.story ?? []), ...(claim.headWord?.story ?? []), ...(frame ? storyNamesOf(frame) : [])];
    for (const name of names) {
      if (!isStoryName(name)) continue;
      const known = byId.get(name.id);
      if (!known || weight(name) > weight(known)) byId.set(name.id, name);
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The report's day (YYYY-MM-DD), or undefined when its summary gives none. */
export function dayOfReport(article: ArticleSummary): string | undefined {
  const day = typeof article.published === "string" ? article.published.slice(0, 10) : "";
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/** The report's day as a day number; a report without one is aligned with none. */
export const reportDay = (article: ArticleSummary): number | undefined => daySpan(dayOfReport(article))?.first;

/** A report as the story match reads a toll: its names as the scope, its day as the time it holds. */
function asToll(report: Report, day: string): { claim: Claim; frame: Frame } {
  const frame: Frame = { measure: { id: "report", text: "report" }, scope: reportNames(report.claims) };
  const claim: Claim = { id: `${report.article.id}#report`, articleId: report.article.id, kind: "quantity", text: "", start: 0, end: 0, value: 0, qualifier: "exact", modality: "asserted", asOf: day, rules: [] };
  return { claim, frame };
}

/**
 * Whether two reports are of one story, and why; null when nothing ties them, when they are of
 * two classes of event, or when they were published too far apart (frame/story-names.ts
 * `storyMatch` on the reports' names and days).
 * @example alignReports({ article: ferryDay1, claims }, { article: ferryDay2, claims: stored })?.why // "both reports: capsize; both name Padma and Munshiganj; published 1 day apart"
 */
export function alignReports(a: Report, b: Report): Alignment | null {
  if (a.article.id === b.article.id) return null;
  const [da, db] = [dayOfReport(a.article), dayOfReport(b.article)];
  if (da === undefined || db === undefined) return null;
  const [x, y] = [asToll(a, da), asToll(b, db)];
  if (x.frame.scope.length === 0 || y.frame.scope.length === 0) return null;
  const match: StoryMatch | null = storyMatch(x.claim, x.frame, y.claim, y.frame) ?? sameDayPlace(x.frame.scope, da, y.frame.scope, db);
  return match ? { names: match.names, eventClass: match.eventClass, days: match.days, why: storyWhy(match) } : null;
}

/** The day a report's lead tells its event on, if one. */
const leadDay = (names: readonly ScopeEntity[]): string | undefined => names.map((n) => mark(n, "day:")).find(Boolean);

/** The one class of event a report's lead tells, if one. */
const leadClass = (names: readonly ScopeEntity[]): string | undefined => {
  const id = names.map((n) => mark(n, "class:")).find(Boolean);
  return id === undefined ? undefined : STORY_CLASS_FAMILIES[id] ?? id;
};

/** The words of a name, "name:paravur-puttingal-devi" -> ["paravur", "puttingal", "devi"]. */
const wordsOf = (name: ScopeEntity): string[] => name.id.slice(name.id.indexOf(":") + 1).split("-").filter(Boolean);

/**
 * One name written shorter inside the other ("Puttingal Devi" / "Paravur Puttingal Devi"): two
 * words or more of one, in order, inside the other's.
 * @example nameInside(puttingalDevi, paravurPuttingalDevi) // true
 */
export function nameInside(a: ScopeEntity, b: ScopeEntity): boolean {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 2) return false;
  return long.some((_, i) => short.every((w, j) => long[i + j] === w));
}

/**
 * A report-level tie the toll-level story match leaves out: both reports of one day (published the
 * same day, or their leads telling the same day of the event), a place both leads give (a busy city
 * or a rare name, or one written shorter inside the other), and no two classes of event told. Two
 * events of one class in one city on one day are rare; a week apart they are not (storyMatch keeps those apart).
 * @example sameDayPlace([karachiLead], "2016-11-03", [karachiLeadCrash], "2016-11-03")?.names // [Karachi]
 */
function sameDayPlace(mine: readonly ScopeEntity[], da: string, theirs: readonly ScopeEntity[], db: string): StoryMatch | null {
  const [la, lb] = [leadDay(mine), leadDay(theirs)];
  const days = Math.abs((daySpan(da)?.first ?? 0) - (daySpan(db)?.first ?? 0));
  const oneDay = days === 0 ? !(la && lb && la !== lb) : la !== undefined && la === lb && days <= LEAD_DAY_REACH;
  if (!oneDay) return null;
  const [ca, cb] = [leadClass(mine), leadClass(theirs)];
  if (ca !== undefined && cb !== undefined && ca !== cb) return null;
  const inLead = (list: readonly ScopeEntity[]) => list.filter(isLeadName);
  const names = inLead(mine).filter((n) => inLead(theirs).some((m) => m.id === n.id || nameInside(n, m)));
  return names.length > 0 ? { names, eventClass: ca ?? cb, days } : null;
}

/** How many days apart two reports whose leads tell the same day of the event may be published. */
const LEAD_DAY_REACH = 2;

/**
 * The reports of a check, each once: the article checked and those its related claims come from,
 * with the claims each gave (for `alignReports`).
 * @example reportsOf(article, claims, related, articles).length // 1 + the related articles
 */
export function reportsOf(own: Report, related: readonly Claim[], articles: ReadonlyMap<string, ArticleSummary>): Report[] {
  const byArticle = new Map<string, Claim[]>();
  for (const claim of related) {
    if (claim.articleId === own.article.id) continue;
    byArticle.set(claim.articleId, [...(byArticle.get(claim.articleId) ?? []), claim]);
  }
  const others = [...byArticle].map(([id, claims]) => ({ article: articles.get(id) ?? { id }, claims }));
  return [own, ...others];
}
