import events from "./data/events.js";
import { classOfEvent, EVENTS } from "./lexicon.js";

const TOLL_CLASSES: readonly string[] = events.tollClasses;

/** Every event word of a toll class, in one pattern: which classes an article names, in one pass. */
const TOLL_WORDS = new RegExp(String.raw`\b(?:${Object.keys(EVENTS).filter((w) => TOLL_CLASSES.includes(classOf(w))).sort((a, b) => b.length - a.length).join("|")})\b`, "gi");

function classOf(word: string): string {
  const kind = EVENTS[word]!;
  return classOfEvent(kind);
}

/** The toll classes whose words the text holds, in TOLL_CLASSES order (only these can be the story's event). */
export function namedClasses(text: string): string[] {
  const found = new Set<string>();
  TOLL_WORDS.lastIndex = 0;
  for (let m = TOLL_WORDS.exec(text); m; m = TOLL_WORDS.exec(text)) found.add(classOf(m[0].toLowerCase()));
  // A generic "disaster" may be a "ferry disaster": the classes its modifiers give are candidates too.
  if (found.has("disaster")) for (const cls of Object.values(events.modifierClasses)) found.add(cls);
  return TOLL_CLASSES.filter((cls) => found.has(cls));
}
