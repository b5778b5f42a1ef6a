import type { ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import phases from "./data/date-phases.js";
import { leadThing } from "./date-thing-lead.js";
import { objectThing, phraseThing, previousThing } from "./date-thing-phrase.js";
import { bareName, NAME, THINGS, thingOf } from "./named-thing.js";
import { norm, phaseReading, planned, TO_DATE } from "./thing-phase.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { anyCase, wordAlternation } from "./alternation.js";
import { ceremony } from "./thing-ceremony.js";
import { wholeWords } from "../word-trie.js";
import { cueFamily, mayHold } from "./date-cues.js";

/**
 * Dates of the building of a made thing, told by a noun rather than by a verb of the thing
 * (date-thing.ts): "The construction of the bridge started on March 18, 2017", "Construction on
 * the bridge began in March 2018", "the main tower, whose construction was completed in 2018",
 * "The foundation stone for the tunnel was laid by the Prime Minister on February 9, 2019",
 * "Modi had laid the foundation stone of Sela tunnel by remote control on February 19, 2019";
 * then of its ceremonies (thing-ceremony.ts). The thing is the noun's object, its owner ("its",
 * "whose", "X's"), or the thing the story opens with. Phases and words are data
 * (data/date-phases.ts); a plan ("is expected to be completed") is no date.
 */

const WORK_VERBS = new Map(Object.entries(phases.works.verbs));
/** A cheap test first: most dates have no word of building, stone-laying or a ceremony before them (date-thing.ts asks it of the date's cue words). */
export const WORKS_CUES = ["onstruct", "work", "stone", "laid", "eremon", "opening", "inaugura", "dedicat", "round-?break"];
const GATE = new RegExp(WORKS_CUES.join("|"), "i");
/** The same cues in the date's window (date-cues.ts), read once per date: asked before GATE. */
const CUE = cueFamily(WORKS_CUES);

/** Whole words found by a trie, the character before checked by hand (word-trie.ts): a lookbehind ran at every position. */
const nextWorkVerb = wholeWords(WORK_VERBS.keys(), { caseBlind: false });
const nextWorkNoun = wholeWords(phases.works.nouns.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]), { caseBlind: false });
/** Between the noun and its verb: its object ("of the bridge"), auxiliaries and adverbs. */
const AUX = String.raw`(?:\s+(?:has|had|have|was|were|is|been|officially|formally|finally|first|eventually|only|reportedly|actually|already|fully|also))*`;
const NOUN_TO_VERB = new RegExp(String.raw`^(?:\s+(?:of|on|for|at)\s+([^,;:()]{2,90}?))?${AUX}\s+$`, "u");
/** "the construction of", "Construction on": the noun opens its clause, with no owner before it. */
const CLAUSE_OPENS = /(?:^|[,;:]\s*|\b(?:and|when|after|as|while)\s+)(?:[Tt]he\s+)?$/u;

/** @example workDate(input)?.subject.frame?.measure.id // "date.construction-start" for "The construction of the bridge started on March 18, 2017" */
export function workDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const from = Math.max(sentence.start, mention.start - 200);
  const stretch = text.slice(from, mention.start);
  if (!mayHold(input, CUE) || !GATE.test(stretch)) return null;
  return works(input, from, stretch) ?? foundation(input, from, stretch) ?? ceremony(input);
}

/** "The construction of X started on", "whose construction was completed in", "Construction on X began in". */
function works(input: SubjectInput, from: number, stretch: string): SubjectReading | null {
  const { text, sentence, mention } = input;
  let verb: RegExpExecArray | null = null;
  for (let m = nextWorkVerb(stretch); m; m = nextWorkVerb(stretch, m.index + m[0].length)) if (TO_DATE.test(stretch.slice(m.index + m[0].length))) verb = m;
  if (!verb) return null;
  const before = stretch.slice(0, verb.index);
  let noun: RegExpExecArray | null = null;
  for (let m = nextWorkNoun(before); m; m = nextWorkNoun(before, m.index + m[0].length)) noun = m;
  const tail = noun ? NOUN_TO_VERB.exec(before.slice(noun.index + noun[0].length)) : null;
  if (!noun || !tail) return null;
  const verbAt = from + verb.index;
  const nounAt = from + noun.index;
  if (planned(text, sentence.start, verbAt)) return null;
  const objAt = tail[1] ? nounAt + noun[0].length + tail[0].indexOf(tail[1]) : -1;
  const thing = tail[1] ? objectThing(text, objAt, objAt + tail[1].length) : ownerThing(text, sentence, nounAt, mention.end);
  return thing ? phaseReading(thing, `${noun[0]} ${verb[0]}`, WORK_VERBS.get(norm(verb[0]))!, "subject.thing-date-works") : null;
}

const WHOSE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${wordAlternation(THINGS)})\s+of\s+(?:the\s+)?(${NAME})\s*,\s*$`, "u");

/**
 * The owner of a noun without an object: "its construction" (the sentence's subject, or the one the
 * sentence before opens with), "X, whose construction", "the bridge's construction", "The tunnel
 * (construction started in 1996)", or, with no owner at all ("Construction began in 1994"), the
 * thing the story opens with, when the sentence names no other and no part follows the date.
 */
function ownerThing(text: string, sentence: Span, nounAt: number, dateEnd: number): ScopeEntity | null {
  const lead = text.slice(Math.max(sentence.start, nounAt - 160), nounAt);
  if (/(?:^|[^\p{L}])[Ii]ts\s+$/u.test(lead)) {
    return /^\s*Its\s+$/u.test(text.slice(sentence.start, nounAt)) ? previousThing(text, sentence.start) ?? leadThing(text) : phraseThing(text, sentence.start)?.thing ?? null;
  }
  const whose = /,\s*whose\s+$/.exec(lead);
  if (whose) return ownerBefore(text, sentence.start, nounAt - lead.length + whose.index);
  const owner = /[’']s\s+$/.exec(lead);
  if (owner) return ownerBefore(text, sentence.start, nounAt - lead.length + owner.index);
  const paren = /\(\s*$/.exec(lead);
  if (paren) return ownerBefore(text, sentence.start, nounAt - lead.length + paren.index);
  if (!CLAUSE_OPENS.test(lead) || /^\s*(?:on|of|for|at)\s/.test(text.slice(dateEnd, dateEnd + 5))) return null;
  const story = leadThing(text);
  return story && !phraseThing(text, sentence.start) ? story : null;
}

/** The made thing whose phrase ends at `end`: "The 462-metre main tower of Lakhta Center", "the bridge", "The tunnel". */
function ownerBefore(text: string, sentenceStart: number, end: number): ScopeEntity | null {
  const stretch = text.slice(Math.max(sentenceStart, end - 120), end);
  const of = WHOSE.exec(`${stretch},`);
  if (of) {
    const name = bareName(of[1]!);
    const thing = thingOf(name);
    // "the main tower of Lakhta Center": a thing's noun heads the phrase, so the name is the made thing (a place is none).
    if (thing?.kind === "named") return thing;
  }
  for (const m of stretch.matchAll(/(?:^|\s)(?=[Tt]he\s|\p{Lu})/gu)) {
    const at = end - stretch.length + m.index + m[0].length;
    const found = phraseThing(text, at);
    if (found && text.slice(found.end, end).trim() === "") return found.thing;
  }
  return null;
}

const FOUNDATION = anyCase(phases.foundation);
/** "The foundation stone for the tunnel was laid by PM Modi on", "with the foundation stone laid for X on". */
const LAID_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:${FOUNDATION})\s+(?:(?:of|for|to)\s+([^,;:()]{2,90}?)${AUX}\s+laid|laid\s+(?:of|for)\s+([^,;:()]{2,90}?))(?=\s|,)`, "gu");
/** "Modi had laid the foundation stone of Sela tunnel by remote control on". */
const LAID_BEFORE = new RegExp(String.raw`(?<![\p{L}])laid\s+(?:the\s+)?(?:${FOUNDATION})\s+(?:of|for)\s+`, "gu");
/** After the object, before the date: how it was laid ("by remote control", "virtually"), where, by whom. */
const LAYING_TO_DATE = /^(?:\s+(?:through|via|by|with|using|at|in|near)\s+[^,;:.]{1,40}?|\s+virtually|\s+remotely)?,?\s*(?:on|in)\s+(?:the\s+)?$/u;

/** "was laid by the minister on", "was laid by Prime Minister Modi at a ceremony on". */
const BY_TO_DATE = /^\s+by\s+[^,;:.]{1,50}?(?:\s+(?:through|via|with|using|at|in|near)\s+[^,;:.]{1,40}?)?,?\s*(?:on|in)\s+(?:the\s+)?$/u;

/** The laying of a thing's foundation stone, as a passive or as an agent's act. */
function foundation(input: SubjectInput, from: number, stretch: string): SubjectReading | null {
  const { text, sentence, mention } = input;
  const phase = "foundation-stone";
  LAID_AFTER.lastIndex = 0;
  for (let m = LAID_AFTER.exec(stretch); m; m = LAID_AFTER.exec(stretch)) {
    const rest = stretch.slice(m.index + m[0].length);
    const obj = m[1] ?? m[2]!;
    const objAt = from + m.index + m[0].indexOf(obj, m[0].search(/\s(?:of|for|to)\s/u));
    if (m[2]) {
      // "laid for the access road on": the object runs to the date.
      const found = phraseThing(text, objAt);
      if (found && LAYING_TO_DATE.test(text.slice(found.end, mention.start)) && !planned(text, sentence.start, from + m.index + m[0].indexOf("laid"))) {
        return phaseReading(found.thing, "foundation stone laid", phase, "subject.thing-date-foundation");
      }
      continue;
    }
    if (!(TO_DATE.test(rest) || BY_TO_DATE.test(rest)) || planned(text, sentence.start, from + m.index + m[0].length - 4)) continue;
    const thing = objectThing(text, objAt, objAt + obj.length);
    if (thing) return phaseReading(thing, "foundation stone laid", phase, "subject.thing-date-foundation");
  }
  LAID_BEFORE.lastIndex = 0;
  for (let m = LAID_BEFORE.exec(stretch); m; m = LAID_BEFORE.exec(stretch)) {
    const laidAt = from + m.index;
    const found = phraseThing(text, laidAt + m[0].length);
    if (!found || found.end > mention.start || !LAYING_TO_DATE.test(text.slice(found.end, mention.start))) continue;
    if (/\b(?:will|would|to|set|due|expected|scheduled)\s+(?:\S+\s+)?$/.test(text.slice(Math.max(sentence.start, laidAt - 30), laidAt))) return null;
    return phaseReading(found.thing, "laid the foundation stone", phase, "subject.thing-date-foundation");
  }
  return null;
}
