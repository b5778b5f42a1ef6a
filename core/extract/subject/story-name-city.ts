import { gazetteerPlace } from "./gazetteer.js";
import { isSpace } from "./name-neighbours.js";

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
    // BEFORE tries every place of the words before the name; what it needs right before the name is read first, backwards.
    if (!before && !letterAt(sentence, end) && possessiveTail(sentence, at)) before = BEFORE.exec(sentence.slice(0, at));
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
/**
 * Whether `sentence.slice(0, at)` ends as BEFORE needs, `/['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u`:
 * a possessive, white space, then at most two lowercase words each followed by white space.
 * Read backwards, word by word; a character outside the Basic Multilingual Plane is left to BEFORE.
 */
export function possessiveTail(sentence: string, at: number): boolean {
  let end = at;
  for (let words = 0; ; words++) {
    let start = end;
    while (start > 0 && isSpace(sentence.charCodeAt(start - 1))) start--;
    if (start === end) return false;
    const c = sentence.charCodeAt(start - 1);
    const apostrophe = start >= 2 ? sentence.charCodeAt(start - 2) : -1;
    if (c === 115 && (apostrophe === 39 || apostrophe === 0x2019)) return true;
    if (words === 2) return false;
    end = start;
    while (start > 0 && !isSpace(sentence.charCodeAt(start - 1))) {
      const code = sentence.charCodeAt(start - 1);
      if (code >= 0xd800 && code <= 0xdfff) return true;
      if (!(code === 45 || (code >= 97 && code <= 122) || (code >= 128 && LOWER.test(sentence[start - 1]!)))) return false;
      start--;
    }
    if (start === end || start === 0) return false;
    end = start;
  }
}

const LOWER = /^\p{Ll}$/u;

/** A letter right after the name: it is part of a longer word. */
const LETTER = /^\p{L}/u;

/** Whether a letter stands at i, as LETTER tests `text.slice(i, i + 2)`: ASCII by its code. */
function letterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : LETTER.test(text.slice(i, i + 2));
}
