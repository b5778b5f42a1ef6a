import type { Claim } from "../../model.js";
import { MEASURE_ADJECTIVES, STOP } from "../quantities/noun-words.js";
import { nounClass } from "./frame-measure.js";
import { BARE_COUNTS, DIRECTIONS, HEAD_COPULAS, HEAD_RATES, HEAD_SKIPPED_BEFORE, PLACE_NOUNS } from "./head-words.js";
import { CASUALTY, PHRASE_STOP } from "./lexicon.js";
import { isSpace } from "./name-neighbours.js";
import { singular } from "./words.js";
import { mapPacked } from "../packed.js";

/**
 * The head word of a figure no reader frames (issue 15, session 13), read with no measure's
 * sentence shape: the noun it counts or measures ("a 38 km tunnel", "550 passengers"), the noun it
 * is "of" ("2,312 acres of land", "a capacity of 2200"), the place it is "from" ("50 km (30 miles)
 * from Kabul", "from the capital Kabul": `from:kabul`), or the verb of its clause ("covered only 45
 * km", "31,000 people were relocated"); lemmatised through the subject reader's word data (a
 * noun's class, a casualty word's class), so two outlets' wordings meet. A head alone says little;
 * two figures of one head in two reports of one story name one thing (head-figures.ts).
 */

/** The head of a figure the words around it do not name, when it is its report's only figure of its dimension. */
export const ANY_HEAD = "~";

const WORD = String.raw`\p{L}[\p{L}'’-]*`;
// Built once: matchAll reads a copy of a global pattern from its lastIndex, which stays 0 here.
/** Every word of a stretch. */
const WORDS = new RegExp(WORD, "gu");
/** Every word and every mark that is not a space: "covered only 45 km", "Rs 99". */
const TOKENS = new RegExp(`${WORD}|[^\\s\\p{L}]`, "gu");
const alternation = (words: readonly string[]) => words.map((w) => w.replace(/ /g, String.raw`\s+`)).join("|");

/** A conversion or gloss in brackets right after the figure: "50 km (30 miles) from Kabul". */
const BRACKET = /^\s*\([^()]{0,40}\)/u;

/**
 * The figure then its noun: "38 km tunnel", "8.2-km-long tunnel", "550 passengers"; a measure's
 * adjective between them other than "long" is kept ("a six-meter wide bridge": the bridge's width,
 * not its length).
 */
const NOUN_AFTER = new RegExp(String.raw`^(?:-|\s+)(?:(long|high|tall|deep|wide)[\s-]+)?(${WORD})`, "u");

/** A head: the lemma two figures are matched by, and the words as the text says them, for the explanation. */
export interface Head {
  lemma: string;
  said: string;
}

const said = (word: string): Head => ({ lemma: lemma(word), said: word.toLowerCase() });

/** The head a noun after the figure gives, with its measure's adjective: "wide.bridge". */
function nounAfter(after: string): Head | undefined {
  const m = NOUN_AFTER.exec(after);
  if (!m || !content(m[2])) return undefined;
  const noun = said(m[2]);
  const adjective = m[1]?.toLowerCase();
  return adjective && adjective !== "long" ? { lemma: `${adjective}.${noun.lemma}`, said: `${adjective} ${noun.said}` } : noun;
}

/** The figure then what it is "of": "2,312 acres of land", "34 million liters per day of diesel", "700 meters of water". */
const OF_AFTER = new RegExp(String.raw`^\s+(?:(?:${alternation(HEAD_RATES)})\s+)?of\s+(${WORD})`, "iu");

/**
 * A measure's adjective with no noun after it: "measured 3metres long (98 ft)", "a 30 metre long, 15
 * metre deep fissure", "it was 20 metres long and four metres deep" (a function word after it is no noun).
 */
const ADJECTIVE_AFTER = /^[\s-]+(long|deep|wide|high|tall)\b(?:[\s-]+(\p{Ll}[\p{L}'’-]*))?/u;

function adjectiveAfter(after: string): string | undefined {
  const m = ADJECTIVE_AFTER.exec(after);
  return m && (m[2] === undefined || STOP.has(m[2]) || PHRASE_STOP.has(m[2])) ? m[1] : undefined;
}

/** A participle or verb after a count of people: "31,000 people were relocated", "3,000 people attend", "people were aboard". */
const VERB_AFTER = new RegExp(String.raw`^\s+(?:people|persons|others|individuals)?\s*(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s+)?(?:(?:also|reportedly|still)\s+)?(${WORD})`, "iu");

/** A distance told from a place: "from Pune", "off Mwanza", "southeast of Montreal", "away from the temple". */
const FROM_AFTER = new RegExp(String.raw`^\s+(?:(?:away\s+)?(?:from|off)|(?:${alternation(DIRECTIONS)})\s+(?:of|from))\s+([^.;:!?()]{1,60})`, "iu");

/** A word that can be a head: no function word, no number word, no name. */
function content(word: string | undefined): word is string {
  if (!word) return false;
  const w = word.toLowerCase();
  return w.length > 2 && !STOP.has(w) && !PHRASE_STOP.has(w) && !MEASURE_ADJECTIVES.has(w) && !HEAD_SKIPPED_BEFORE.has(w) && !/^\p{Lu}/u.test(word);
}

/**
 * One lemma for a noun and its verb: a noun's class or a casualty word's class when the word data
 * has one ("passengers" -> the class of passenger), else the singular without -ed, -ing or a final
 * e ("relocated" / "relocate": "relocat"). Both sides of a comparison go through it.
 * @example lemma("attended") === lemma("attending") // true
 */
export function lemma(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/u, "");
  const w = singular(lower);
  const cls = nounClass(w) ?? CASUALTY[lower];
  return cls ?? w.replace(/(?:ed|ing)$/u, "").replace(/e$/u, "");
}

/**
 * The place a distance is told from: the first name of the words after "from" ("the southern end of
 * Guimaras", "the capital Kabul"), else the first content word ("the temple site").
 */
function origin(after: string): string | undefined {
  const m = FROM_AFTER.exec(after);
  if (!m) return undefined;
  // The place's words: up to the first clause word after them ("from the temple town. Many", "from Kabul, effectively").
  const words = [...m[1]!.matchAll(WORDS)].map((w) => w[0]).slice(0, 6);
  const end = words.findIndex((w, i) => i > 0 && (STOP.has(w.toLowerCase()) && w.toLowerCase() !== "of"));
  if (end > 0) words.length = end;
  const at = words.findIndex((w) => /^\p{Lu}/u.test(w) && !PLACE_NOUNS.has(w.toLowerCase()));
  // A name of several words is one place: "Prince Rupert".
  if (at >= 0) return words.slice(at, at + 3).filter((w, i, all) => all.slice(0, i + 1).every((x) => /^\p{Lu}/u.test(x))).join(" ");
  return words.find((w) => content(w) && !PLACE_NOUNS.has(w.toLowerCase())) ?? words.find(content);
}

const COPULA_WORDS = new Set(HEAD_COPULAS.flatMap((c) => c.split(" ")));

/**
 * The word that governs a figure from before it, past qualifiers and copulas ("covered only 45 km",
 * "capacity was around 3,000"), and whether a copula or "of" tied it ("a capacity of 2200": a noun
 * the figure is the level of, not a verb).
 */
function governing(before: string): { word: string; tied: boolean } | undefined {
  let tied = false;
  // The tokens are read from the end, a stretch between spaces at a time: no token holds a space,
  // so a stretch's tokens are the same read alone, and the word sought is mostly in the last one or two.
  for (let end = before.length; end > 0;) {
    let start = end;
    while (start > 0 && !isSpace(before.charCodeAt(start - 1))) start--;
    const words = start === end ? [] : mapPacked([...before.slice(start, end).matchAll(TOKENS)], (w) => w[0]);
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i]!;
      const lower = w.toLowerCase();
      if (COPULA_WORDS.has(lower)) tied = true;
      if (HEAD_SKIPPED_BEFORE.has(lower) || COPULA_WORDS.has(lower) || /^[₹$€£]|^rs\.?$/iu.test(w)) continue;
      return content(w) ? { word: w, tied } : undefined;
    }
    end = start - 1;
  }
  return undefined;
}

/**
 * The head of a figure in `body`: a lemma, `from:<place>` for a distance told from a place, or
 * undefined when nothing general names one.
 * @example figureHead(claimOf("a 38 km tunnel"), body) // "tunnel"
 */
export function figureHead(claim: Claim, body: string): string | undefined {
  return headOf(claim, body)?.lemma;
}

/**
 * The head of a figure with its words as written ("tunnel", "wide bridge", "from Kabul").
 * @example headOf(claimOf("50 km (30 miles) from Kabul"), body) // { lemma: "from:kabul", said: "from Kabul" }
 */
export function headOf(claim: Claim, body: string): Head | undefined {
  const sentence = claim.sentence ?? { start: Math.max(0, claim.start - 200), end: Math.min(body.length, claim.end + 200) };
  const rawAfter = body.slice(claim.end, Math.min(sentence.end, claim.end + 80));
  const after = rawAfter.replace(BRACKET, "");
  const before = body.slice(Math.max(sentence.start, claim.start - 50), claim.start);
  if (claim.dimension === "count" || claim.dimension === undefined) {
    const noun = NOUN_AFTER.exec(after)?.[2];
    if (content(noun) && !BARE_COUNTS.has(noun.toLowerCase())) return said(noun);
    const verb = VERB_AFTER.exec(after)?.[1];
    if (content(verb) && !BARE_COUNTS.has(verb.toLowerCase())) return said(verb);
    // "relocated 225,000", "killing 40": a verb; "a capacity of 2200", "the capacity was around 3,000": a noun tied to it.
    const governs = governing(before);
    return governs && (governs.tied || /(?:ed|ing)$/iu.test(governs.word)) ? said(governs.word) : undefined;
  }
  // A place is a name, not a word to lemmatise: "Prince Rupert" is "prince", not "princ".
  const from = claim.dimension === "length" ? origin(after) : undefined;
  if (from) return { lemma: `from:${from.toLowerCase().replace(/\s+/gu, "-")}`, said: `from ${from}` };
  const noun = nounAfter(after);
  if (noun) return noun;
  const of = OF_AFTER.exec(after)?.[1];
  if (content(of)) return said(of);
  const adjective = adjectiveAfter(after);
  if (adjective) return { lemma: adjective, said: adjective };
  const governs = governing(before);
  return governs ? said(governs.word) : undefined;
}
