import type { Claim, ScopeEntity } from "../../model.js";
import { nameInside, reportNames } from "../aligned/report-story.js";
import { ONGOING_CLASSES, STORY_CLASS_FAMILIES } from "../data/story-classes.js";
import type { SameThing } from "../same-thing.js";
import { formatDate } from "../time.js";
import { isKnownName, isLeadName, isStoryName } from "./story-shared.js";
import { timesConflict } from "../rules/date-time-of-day.js";
import { literalPattern } from "../../extract/literal-pattern.js";

/**
 * Two reports dating a happening of one class to the very same day, each at its time of day
 * ("June 24, 2021, at 1:22 a.m." / "around 2 a.m. on Thursday, June 24, 2021", both a collapse),
 * when both reports' headlines or leads give one rare name (Surfside), or the report checked
 * writes the name of the thing the other's date is told of (Champlain Towers South): one
 * happening told at two times. The same day, the same class of happening and a name few places
 * share tie the two more surely than the reports' days do, so the reports may be years apart (an
 * anniversary piece and the first days' coverage). A weak match (a discrepancy): one place may see
 * two happenings of a class in one day. Not for happenings that last days over many places (a
 * flood, a war), whose bulletins give many times of many of their parts.
 */

const ONGOING: ReadonlySet<string> = new Set(ONGOING_CLASSES);

const familyOf = (id: string) => STORY_CLASS_FAMILIES[id] ?? id;

/** The claims of each report, as a check has them: its own, and the related ones by their article. */
export type ReportClaims = (claim: Claim) => readonly Claim[];

/** The claims of the report a claim comes from: the article checked, or a related one (grouped when first asked). */
export function reportClaims(own: string, claims: readonly Claim[], related: readonly Claim[]): ReportClaims {
  let byArticle: Map<string, Claim[]> | undefined;
  return (claim) => {
    if (claim.articleId === own) return claims;
    if (!byArticle) {
      byArticle = new Map();
      for (const c of related) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
    }
    return byArticle.get(claim.articleId) ?? [];
  };
}

/**
 * @example toldSameDay(surfside2024At122, surfside2021Around2, claimsOf, article)?.strength // "weak"
 */
export function toldSameDay(a: Claim, b: Claim, claimsOf: ReportClaims, own: { id: string; body: string }): SameThing | null {
  const [fa, fb] = [a.subject?.frame, b.subject?.frame];
  if (a.articleId === b.articleId || !fa?.event || !fb?.event || !timesConflict(a, b, claimsOf)) return null;
  if (fa.measure.id !== fb.measure.id || !fa.measure.id.startsWith("date.")) return null;
  const cls = familyOf(fa.event.id);
  if (cls !== familyOf(fb.event.id) || ONGOING.has(cls)) return null;
  const rare = (claims: readonly Claim[]) => reportNames(claims).filter((n) => isLeadName(n) && !isKnownName(n));
  const theirs = rare(claimsOf(b));
  const day = formatDate(a.value);
  const shared = rare(claimsOf(a)).filter((n) => theirs.some((m) => m.id === n.id || nameInside(n, m)));
  if (shared.length > 0) return { strength: "weak", why: `both date a ${cls} to ${day}, and both reports' leads name ${names(shared)}` };
  const other = a.articleId === own.id ? fb : b.articleId === own.id ? fa : undefined;
  const thing = other?.scope.filter((entity) => entity.kind === "named" && !isStoryName(entity) && written(entity.text, own.body)) ?? [];
  return thing.length > 0 ? { strength: "weak", why: `both date a ${cls} to ${day}, and both reports name ${names(thing)}` } : null;
}

/** A thing's name of two words or more, as the report writes it: "Champlain Towers South". */
function written(name: string, body: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(literalPattern).join("\\s+")}(?![\\p{L}\\p{N}])`, "u").test(body);
}

function names(list: readonly ScopeEntity[]): string {
  return list.map((n) => n.text).join(" and ");
}
