import type { Span } from "../span.js";
import type { SubjectContext } from "./context.js";
import { leadEnd } from "./story-lead.js";

/**
 * Days between the end of a dated period and the story's time beyond which a sentence dated so
 * tells of an earlier event: a story recalls past disasters of its kind ("In February 2024, a boat
 * capsized near Bahimba and killed 64 people"), and a toll there is not the story's. The story's
 * time is the earliest date its lead names, else the report's day, so a retrospective ("On June 12,
 * 2016, a gunman ...", published years on) keeps its own event; two months leave a report some
 * weeks after its event with its own story.
 */
const RECALLED_AFTER_DAYS = 60;

/** "since June", "from 2019", "As of 27 August": the start or the day of a running total, the story's own count. */
const RUNNING_TOTAL_DATE = /\b(?:since|from|between|began\s+in|started\s+in|as\s+of|as\s+at|until|through|by)\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)[\s-]+)?$/i;

/** "born in 2006", "built in 1998", "founded in 1952": a date that describes who or what is told of, no event told. */
const DESCRIBING_DATE = /\b(?:born|built|founded|established|constructed|manufactured)\s+(?:in|on)\s+$/i;

/**
 * Whether the count's sentence dates what it tells, before the count, to a period that ended
 * more than two months before the story's time.
 * @example recalledEvent(context, text, sentence, mentionOf("64")) // true in "In February 2024, a boat capsized near Bahimba and killed 64 people" of a report of 2024-10-05
 */
export function recalledEvent(context: SubjectContext, text: string, sentence: Span, mention: Span): boolean {
  const story = storyDay(context);
  if (story === null) return false;
  for (const date of context.dates) {
    if (date.start >= mention.start) break;
    if (date.start < sentence.start || typeof date.value !== "string") continue;
    const before = text.slice(Math.max(sentence.start, date.start - 30), date.start);
    if (RUNNING_TOTAL_DATE.test(before) || DESCRIBING_DATE.test(before)) continue;
    const end = dayOf(date.value, true);
    if (end !== null && story - end > RECALLED_AFTER_DAYS) return true;
  }
  return false;
}

/** The first day of the earliest date the lead names, or the report's day. */
function storyDay(context: SubjectContext): number | null {
  const end = leadEnd(context);
  let day = context.published ? dayOf(context.published, false) : null;
  for (const date of context.dates) {
    if (date.start >= end) break;
    const first = typeof date.value === "string" ? dayOf(date.value, false) : null;
    if (first !== null && (day === null || first < day)) day = first;
  }
  return day;
}

/** The day number of "YYYY", "YYYY-MM" or "YYYY-MM-DD": its last day when `last`, else its first. */
function dayOf(value: string, last: boolean): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : last ? 12 : 1;
  const day = m[3] ? Number(m[3]) : last ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 1;
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}
