import events from "./data/events.js";
import { wordAlternation } from "./alternation.js";
import { BREACH } from "./breach.js";
import { ACT_VERBS, EVENT_VERBS, EVENTS } from "./lexicon.js";

/**
 * "a small dam collapsed ..., causing a flash flood", "Quake triggers tsunami": an event noun right
 * after a verb of causing (a determiner and two modifiers between at most), with a happening told
 * before it in its sentence ("Dam breach triggers flash flood"), is what that happening brought about, not the story's happening.
 * "caused by a dam burst" names the cause ("by" between breaks the link); "Heavy rain caused a
 * building collapse" tells no happening before the cue, and the collapse is the story's.
 */
export function isConsequence(text: string, at: number): boolean {
  const cue = CONSEQUENCE.exec(text.slice(Math.max(0, at - 60), at));
  if (!cue) return false;
  const end = Math.max(0, at - 60) + cue.index;
  const start = Math.max(0, text.lastIndexOf("\n", end), ...[". ", "! ", "? "].map((p) => text.lastIndexOf(p, end)));
  return (text.slice(start, end).toLowerCase().match(/[\p{L}-]+/gu) ?? []).some((w) => EVENTS[w] || EVENT_VERBS[w] || ACT_VERBS[w] || BREACH.includes(w));
}

const CONSEQUENCE = new RegExp(String.raw`\b(?:${wordAlternation(events.consequenceCues)})\s+(?:(?:a|an|the|further|more|new)\s+)?(?:(?!by\b)[\p{L}-]+\s+){0,2}$`, "iu");
