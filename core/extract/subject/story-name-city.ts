import { gazetteerPlace } from "./gazetteer.js";

/**
 * The known city a sentence puts a name the gazetteer lacks in: "Mazgaon in south Mumbai", "the
 * Kurar village in Malad, Mumbai" (the last known place of the chain), "south Mumbai's Dongri",
 * "Mumbai's congested Dongri area". The story match (core/check/frame/story-agree.ts) takes the
 * neighbourhood as inside that city, so a report naming it meets one naming the city only.
 * @example cityAround("collapsed in Mazgaon in south Mumbai on Friday", "Mazgaon") // "mumbai"
 */
export function cityAround(sentence: string, name: string): string | undefined {
  // Fixed patterns tried at each place the name stands: a pattern built per name would be compiled
  // for every name of every story, and so many compiled patterns slow every other reader's too.
  let after: RegExpExecArray | null = null;
  let before: RegExpExecArray | null = null;
  for (let at = sentence.indexOf(name); at >= 0 && !(after && before); at = sentence.indexOf(name, at + 1)) {
    const end = at + name.length;
    AFTER.lastIndex = end;
    after ??= AFTER.exec(sentence);
    // BEFORE tries every place of the words before the name; it needs a possessive there, found first by a plain search.
    if (!before && !LETTER.test(sentence.slice(end, end + 2)) && possessiveBefore(sentence, at)) before = BEFORE.exec(sentence.slice(0, at));
  }
  for (const m of [after, before]) {
    const id = m ? gazetteerPlace(m[1]!) : null;
    if (id) return id;
  }
  return undefined;
}

/** "south", "north-east", "southern", "central": a part of the city, not another place. */
const COMPASS = String.raw`(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?|central)`;

/** A capitalised name of one to three words ("Mumbai", "New Delhi", "Rio de Janeiro"). */
const PLACE = String.raw`\p{Lu}[\p{L}-]+(?:\s+(?:de\s+|do\s+)?\p{Lu}[\p{L}-]+){0,2}`;

/** Right after the name: "Mazgaon in south Mumbai", "Kurar village in Malad" (sticky, set at the name's end). */
const AFTER = new RegExp(String.raw`\s+(?:area\s+|district\s+|locality\s+)?in\s+(?:the\s+)?(?:${COMPASS}\s+)?(${PLACE})`, "uy");
/** Right before the name: "south Mumbai's Dongri", "Mumbai's congested Dongri". */
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${PLACE})['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$`, "u");
/** Whether "'s" or "’s" stands before `at`, as BEFORE needs. */
function possessiveBefore(sentence: string, at: number): boolean {
  const from = at - 2;
  return from >= 0 && (sentence.lastIndexOf("'s", from) >= 0 || sentence.lastIndexOf("’s", from) >= 0);
}

/** A letter right after the name: it is part of a longer word. */
const LETTER = /^\p{L}/u;
