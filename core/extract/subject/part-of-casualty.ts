import { countedPeople } from "./frame-scope.js";
import { nounClass } from "./frame-measure.js";
import { CASUALTY, isRoleOf, PEOPLE } from "./lexicon.js";
import type { SubjectStep } from "./reading.js";

/**
 * "killed over 150 people, including 132 children", "Not less than 50 people are confirmed dead,
 * including 12 firefighters": a part named right after its whole counts the whole's casualty of
 * its own people (`killed.child`, `killed.firefighter`), as "122 children ... were killed" does in
 * another report; never the whole toll (another measure), never a role that is all of them
 * ("including 28 workers" of a mine's dead).
 */
export const PART_OF_CASUALTY_STEP: SubjectStep = {
  name: "frame.part-of-casualty",
  run: (r) => {
    if (r.casualty || !r.phrase || r.input.mention.kind !== "quantity") return;
    const { text, sentence, mention } = r.input;
    const before = text.slice(sentence.start, mention.start);
    const state = casualtyOfWhole(before) ?? (SET_OFF_PART.test(before) || dashAside(before) ? casualtyAfterAside(text.slice(mention.end, sentence.end)) : undefined);
    if (state === undefined) return;
    // A noun the figure's unit already counts as people ("12 firefighters": person) is a kind of people.
    const counted = countedPeople(r.phrase.words, nounClass, (noun) => PEOPLE.has(noun) || mention.unit === "person");
    if (!counted || isRoleOf(counted.id, state)) return;
    r.frame.measure = { id: `${state}.${counted.id}`, text: r.frame.measure?.text ?? counted.text };
    r.frame.scope.push(counted);
    r.frame.rules.push("frame.part-of-casualty");
  },
};

/** The cue of a part right before its figure, set off from its whole: ", including", " - among them", "(including". */
const SET_OFF_PART = /(?:,|[-–—(])\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+(?:(?:at\s+least|about|around|some|nearly|almost|over|more\s+than)\s+)?$/iu;
/** How many words before the cue the whole's casualty word may be ("killed over 150 people, including"). */
const REACH = 8;

/** A whole of people set off by a dash before the part: "At least nine people – eight children and a teacher – have been killed". */
const DASH_ASIDE = /\b(?:people|persons|others|victims)\s+[-–—]\s+$/iu;

/**
 * DASH_ASIDE, asked only of a stretch ending in a dash and white space: the pattern, anchored at
 * the end, is tried at every position of the stretch before every figure. `trimEnd` cuts what
 * `\s` matches (white space and line terminators), so the dash is the last character it leaves.
 */
function dashAside(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return (last === 0x2d || last === 0x2013 || last === 0x2014) && DASH_ASIDE.test(before);
}
/** The aside closing after the part, then the whole's verb: "..., have been killed", "... – were injured". */
const AFTER_ASIDE = /^(?:[^,;:()–—-]|(?<=\S)-(?=\S)){0,60}?(?:,|\s[-–—])\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:been\s+)?([\p{L}]+)/u;

/** The casualty of a whole told after the aside that holds its part ("At least nine people, including eight children, have been killed"). */
function casualtyAfterAside(after: string): string | undefined {
  const verb = AFTER_ASIDE.exec(after)?.[1];
  return verb === undefined ? undefined : CASUALTY[verb.toLowerCase()];
}

/** The casualty class of the clause the part's whole is told in, or undefined. */
function casualtyOfWhole(before: string): string | undefined {
  const cue = SET_OFF_PART.exec(before);
  if (!cue) return undefined;
  const words = before.slice(0, cue.index).split(/[^\p{L}'’-]+/u).filter(Boolean).slice(-REACH).reverse();
  for (const word of words) {
    const state = CASUALTY[word.toLowerCase()];
    if (state !== undefined) return state;
  }
  return undefined;
}
