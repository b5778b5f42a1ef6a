import type { Claim, Frame, ScopeEntity } from "../../model.js";
import { daySpan } from "../time.js";

/**
 * A story's distinctive names (extraction step frame.story-names: "Kanjuruhan", "Itaewon") lent
 * to its tolls that name no event and no place. They are a weak anchor: two reports' tolls that
 * share one, within days of each other, are likely of one event (a discrepancy worth a look),
 * never enough for a contradiction. They never clash (two stories' names differ for many
 * reasons), and inside one story they say nothing (every toll of the story has them).
 */
export function isStoryName(entity: ScopeEntity): boolean {
  return entity.kind === "named" && entity.id.startsWith(PREFIX);
}

const PREFIX = "name:";

/** The scope without the story's names. */
export function withoutStoryNames(scope: readonly ScopeEntity[]): ScopeEntity[] {
  return scope.filter((entity) => !isStoryName(entity));
}

/**
 * How far apart two reports naming the same rare name may be for their tolls to be taken as of
 * one event: a week, the window over which a story is updated daily (tolls rise as bodies are
 * found and the injured die) and the index window of tolls without an event (incidentDays).
 */
export const STORY_NAME_DAYS = 7;

/**
 * The names both claims' stories share, when the two reports are close enough in time, else [].
 * @example sharedStoryNames(killed125, dead131) // [{ kind: "named", id: "name:kanjuruhan", text: "Kanjuruhan" }]
 */
export function sharedStoryNames(a: Claim, fa: Frame, b: Claim, fb: Frame): ScopeEntity[] {
  const mine = fa.scope.filter(isStoryName);
  if (mine.length === 0) return [];
  const theirs = new Set(fb.scope.filter(isStoryName).map((e) => e.id));
  const shared = mine.filter((e) => theirs.has(e.id));
  if (shared.length === 0) return [];
  const [x, y] = [daySpan(a.asOf), daySpan(b.asOf)];
  if (!x || !y || x.first !== x.last || y.first !== y.last || Math.max(x.first - y.last, y.first - x.last) > STORY_NAME_DAYS) return [];
  // Leads that tell different days ("on Saturday" / "on Friday" a week on): two events in one place.
  const [da, db] = [leadDay(mine), leadDay(fb.scope.filter(isStoryName))];
  if (da && db && daysApart(da, db) > 1) return [];
  return shared;
}

/** The day a story's lead tells, as its names carry it (extraction: story-names.ts, STORY_DAY). */
function leadDay(names: readonly ScopeEntity[]): string | undefined {
  return names.flatMap((n) => n.within ?? []).find((w) => w.startsWith("day:"))?.slice("day:".length);
}

function daysApart(x: string, y: string): number {
  const [a, b] = [daySpan(x), daySpan(y)];
  return a && b ? Math.abs(a.first - b.first) : 0;
}
