import type { Change } from "../../model.js";
import type { Candidate } from "./candidate.js";
import type { CandidateChange } from "./change.js";
import { AFTER_TO, COMPARATIVES, CONNECTOR_ONLY, FILLERS, LEVEL_NOUNS, MONEY_RESULTS } from "./change-words.js";
import { changeWord, DIRECTION, particleReads } from "./change-word.js";
import { GRADE_WORDS } from "./data/label-words.js";
import { REACH, wordsBefore } from "./clause-words.js";
import { changeOnBase, verbBeforeLevel } from "./level-clauses.js";

export { DIRECTION, REACH };

/** " to $16.5 billion", " to Rs 42.72", " to 4.5%": a figure of the new level right after an amount. */
const LEVEL_AFTER = /^[ \t]{1,2}to[ \t]{1,2}(?:[A-Z]{0,3}[$€£¥₹]|Rs\.?[ \t]?\d|\d)/;

/** A year or a span of years as an object word: "2019-20", "2018–19", "fy2024". */
const YEAR = /^(?:fy)?(?:19|20)\d\d(?:[-\u2013/](?:\d\d|(?:19|20)\d\d))?(?:'s)?$/;

/** Comparatives that name a level only right before "at": "0.11% firmer at $0.9871". */
const AT_COMPARATIVES = new Map<string, "up" | "down">(Object.entries(COMPARATIVES));
const FILLER = new Set(FILLERS);
const NEEDS_CONNECTOR = new Set(CONNECTOR_ONLY);
const LEVEL = new Set(LEVEL_NOUNS);
const TO_VERBS = new Set(AFTER_TO);
const RESULTS = new Set(MONEY_RESULTS);
/** Participles that open a clause of the level a change reached: ", trading at", ", closing at". */
const LEVEL_CLAUSE = new Set(["trading", "closing", "ending", "finishing", "settling", "standing", "last", "exchanging"]);
// "fell from the 60s into the 20s": "into" names the new level as "to" does.
// "the year-to-date depreciation is 2.80 percent": "to be" after a change noun gives its amount, as "of" does.
const CONNECTORS = new Map([["by", "by"], ["to", "to"], ["from", "from"], ["of", "of"], ["into", "to"], ["is", "of"], ["was", "of"]]);
/** "an average of", "a total of": words that measure the amount a change word names. */
const MEASURE_OF = new Set(["average", "total", "combined", "cumulative"]);
/** How many words of an object may stand between a change word and its figure ("cut the tax from"). */
const MAX_OBJECT_WORDS = 6;
/** Before a "between" range read as the amount, a short object only: "increased the prices on fuel between 15-20%". */
const MAX_OBJECT_WORDS_BETWEEN = 4;
/** Before an amount ("by"), a longer object: "lowered its forecast for wheat exports for the 2019/20 season by 7.7%". */
const MAX_OBJECT_WORDS_BY = 9;
const GRADES = new Set(GRADE_WORDS);
const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
/** "added a higher-than-expected 273,000 jobs", "a weaker-than-forecast 2%": an adjective of the amount itself. */
const COMPARED_ADJECTIVE = /^[a-z]+-than-[a-z-]+$/;
/** Words that say a figure stayed where it was. */
const UNCHANGED = new Set(["unchanged", "steady", "flat", "stable", "unmoved"]);
/** Prepositions that open a change noun's object: "an increment in fares", "a rollback on the price". */
const NOUN_OBJECT = new Set(["in", "on", "to"]);
/** Adjectives between "to a" and a level noun: "a four-year high", "a more than 6-1/2-year low", "the current mean pump retail price". */
const MAX_LEVEL_WORDS = 5;
/** "four-year", "6-1/2-year", "52-week": an adjective of a level noun, not a figure of its own. */
const SPAN_ADJECTIVE = /^[\d/.]+-(?:year|month|week|day|decade)s?$|-(?:year|month|week|day|decade)$/;


/** Qualifiers of a threshold crossed: "fell below", "rose above". */
const THRESHOLDS = /^(?:below|above|under)$/i;
const AS_FAR_AS = /^as (?:low|high) as$/;
/** Comparatives are in DIRECTION too ("higher"); "higher above" is no verb of change. */
const COMPARATIVE_WORDS = new Set(["higher", "lower", "up", "down", "more", "less"]);
/** A change of the figure itself, the role it continues from the figure before, or nothing. */
export type Reading = { change: CandidateChange } | { inherit: Change["role"] } | { clauseFrom: true } | { clauseTo: true; verb?: CandidateChange | null } | null;

/**
 * The change words before a figure, read backwards within its clause: "rose 6% to", "cut the
 * tax from", "fell to a more than 6-1/2-year low of", "dropped 21,000 to a seasonally adjusted",
 * "surged 1,400 points to hit above". A clause that opens with "from" (", from RM2.39 billion a
 * year ago") is the old level of the change before it, if there is one (see change.ts).
 */
export function readBefore(text: string, c: Candidate): Reading {
  const { words, clauseStart, comma } = wordsBefore(text, c.start);
  // "gusts strengthened up to 330 kilometres per hour": right after a change verb the qualifier's "to" names the new level.
  // A percent after it stays the amount: "prices rose up to 5%" rose by at most 5%.
  const last = words[words.length - 1]?.text;
  let connector: string | undefined = c.kind !== "percent" && c.qualifierText !== undefined && /^up to$/i.test(c.qualifierText) && last !== undefined && DIRECTION.has(last) ? "to" : undefined;
  // "Unemployment ticked up to 5 percent", "expected to pick up to 3.6 percent": the "up" is the verb's, "to" names the new level.
  if (connector === undefined && last !== undefined && c.qualifierText !== undefined && /^up to$/i.test(c.qualifierText) && DIRECTION.get(`${last} up`) === "up") {
    words.push({ text: "up", start: c.start });
    connector = "to";
  }
  // "fell below $1,800 an ounce", "dipped below 30,000 points", "has risen above US$19": a threshold
  // crossed right after a change verb is where the level went, not an amount of change.
  if (last !== undefined && c.qualifierText !== undefined && THRESHOLDS.test(c.qualifierText) && DIRECTION.has(last) && !COMPARATIVE_WORDS.has(last)) connector = "to";
  // "have fallen as low as -12°", "could rise as high as 30C": the same, in words the qualifiers do not read.
  if (connector === undefined && words.length >= 4 && AS_FAR_AS.test(`${words.at(-3)!.text} ${words.at(-2)!.text} ${words.at(-1)!.text}`) && DIRECTION.has(words.at(-4)!.text)) {
    words.length -= 3;
    connector = "to";
  }
  // "increased the prices on fuel between 15-20%": a range opened by "between" right after the object is the amount.
  // "rose to between 5% and 6%" keeps its "to"; "between" inside the span ("between 4% and 7%") counts the same.
  let betweenAmount = false;
  if (connector === undefined && c.low !== undefined && c.high !== undefined && (last === "between" || c.qualifierText === "between")) {
    if (last === "between") words.pop();
    if (words.at(-1)?.text !== "to") {
      connector = "by";
      betweenAmount = true;
    }
  }
  const onBase = changeOnBase(text, c);
  if (onBase) return { change: onBase };
  let objectWords = 0;
  /** Past "high of": adjectives counted until "to" or "from". */
  let levelWords: number | undefined;
  /** Past "hit", "close at": only "to" may come next. */
  let toVerb = false;
  /** Only "at" right before the figure so far ("higher at"). */
  let atOnly = false;
  for (let i = words.length - 1; i >= 0 && i >= words.length - 12; i--) {
    const w = words[i]!.text;
    // "rose by an average of 6.1 per cent", "fell by a total of 300": the measure words stand between "by" and the figure.
    // "to a national average of £306,499" is a level: the measure words are not skipped after "to".
    if (w === "of" && connector === undefined && i > 0 && MEASURE_OF.has(words[i - 1]!.text) && !words.slice(Math.max(0, i - 4), i - 1).some((x) => x.text === "to")) {
      i--;
      continue;
    }
    // "lowered its wheat export forecast for 2019-20 by nearly 18%": a year in the object names what changed, no figure.
    // "increased the prices of 92 Octane Petrol and 95 Octane Petrol to Rs 155": a fuel's grade names it, too.
    if (connector !== undefined && connector !== "of" && levelWords === undefined && (YEAR.test(w) || GRADES.has(words[i + 1]?.text ?? "")) && ++objectWords <= MAX_OBJECT_WORDS) continue;
    // "down from its previous estimate in June of 11.7 million tonnes": when the earlier figure was given.
    if (connector === "of" && objectWords === 0 && levelWords === undefined && i >= 2 && words[i - 1]!.text === "in" && LEVEL.has(words[i - 2]!.text) && (MONTHS.has(w) || YEAR.test(w))) {
      i--;
      continue;
    }
    if (/\d/.test(w) && !(levelWords !== undefined && SPAN_ADJECTIVE.test(w))) {
      return connector === "to" || connector === "from" ? { inherit: connector } : null;
    }
    // "rose 6% to RM2.53 billion in the year to March from RM2.39 billion": past a short
    // object only the figure before (whose change this one continues) is looked for.
    if (objectWords > (betweenAmount ? MAX_OBJECT_WORDS_BETWEEN : connector === "by" ? MAX_OBJECT_WORDS_BY : MAX_OBJECT_WORDS)) {
      if (connector === "from" || connector === "to") continue;
      return null;
    }
    if (levelWords !== undefined && connector === undefined) {
      if (w === "to" || w === "from") connector = w;
      else if (++levelWords > MAX_LEVEL_WORDS) return null;
      continue;
    }
    const comparative = atOnly && connector === undefined ? AT_COMPARATIVES.get(w) : undefined;
    if (comparative) return { change: { direction: comparative, role: "to", text: text.slice(words[i]!.start, words[i]!.start + w.length), at: words[i]!.start } };
    // "an increment in transport fares by 19 per cent", "a rollback on the price of kerosene by Php 0.20": a change noun
    // with its object, then "by" the amount.
    const found = changeWord(words, i, connector === "of", c.kind === "percent") ??
      (connector === "by" && objectWords > 0 && NOUN_OBJECT.has(words[i + 1]?.text ?? "") ? changeWord(words, i, true) : null);
    if (found) {
      // "closed higher at $5.20", "opened down at 4.45": a comparative or particle right before "at" names the new level.
      // "went up at 109.68 points on Wednesday from 109.61": a phrasal verb of up or down too.
      if (atOnly && connector === undefined && /^(?:[a-z]+ )?(?:higher|lower|up|down)$/.test(found.text)) {
        return { change: { direction: found.direction, role: "to", text: text.slice(found.start, found.start + found.text.length), at: found.start } };
      }
      if (toVerb && connector !== "to") return null;
      // "Ningbo-Zhoushan growing at 14.4%", "the economy grew at 3 percent": a percent "at" right after the verb is its rate, the amount.
      if (atOnly && c.kind === "percent" && i === words.length - 2 && !COMPARATIVE_WORDS.has(found.text)) {
        return { change: { direction: found.direction, role: "by", text: text.slice(found.start, found.start + found.text.length), at: found.start } };
      }
      if (connector === "of" && c.unit?.dimension === "money" && RESULTS.has(found.text)) return null;
      const role = connector === "to" || connector === "from" ? connector : "by";
      if (/^(?:up|down|off)$/.test(found.text) && !particleReads(c, words, i, connector, { clauseStart, comma })) return null;
      // "off" is a preposition but before a percent ("off 8 percent", "Off 14.41% from its high"): no word of its own.
      if (found.text === "off" && (c.kind !== "percent" || connector !== undefined)) return null;
      // "were reduced $1.9 billion to $16.5 billion": with the new level after it, the amount needs no "by".
      if (connector === undefined && NEEDS_CONNECTOR.has(found.text) && !LEVEL_AFTER.test(text.slice(c.end, c.end + 16))) return null;
      return { change: { direction: found.direction, role, text: text.slice(found.start, found.start + found.text.length), at: found.start } };
    }
    if (connector === "of" && objectWords === 0 && LEVEL.has(w)) {
      connector = undefined;
      levelWords = 0;
    } else if (connector === undefined && CONNECTORS.has(w)) {
      connector = CONNECTORS.get(w);
      if (toVerb && w !== "to") return null;
    } else if (FILLER.has(w) || COMPARED_ADJECTIVE.test(w)) continue;
    // "to remain unchanged at 3.9%": the figure is where something stayed, no change.
    else if (UNCHANGED.has(w)) return null;
    else if (connector === undefined && w === "at" && i === words.length - 1 && (c.kind === "percent" || c.unit?.dimension === "money")) {
      // "a 20 per cent rise in net interest income at Rs 3,524 crore": the level a change noun
      // reached; read as "to", so the object words and the figure before are looked for.
      atOnly = true;
      connector = "to";
    } else if (connector === undefined && TO_VERBS.has(w)) {
      atOnly = !toVerb && w === "at" && i === words.length - 1;
      toVerb = true;
    }
    else if ((connector === "to" || connector === "from" || connector === "by") && ++objectWords) continue;
    else return null;
  }
  if (connector === "from" && words.length <= 3 && clauseStart && !toVerb) return { clauseFrom: true };
  // "a 7.5% decrease in net profit, to ¥49,891 billion": a clause opening with "to" is the new level of the amount before.
  if (connector === "to" && words.length === 1 && comma && !toVerb) return { clauseTo: true };
  // ", to a national average of £306,499": the same, with a level noun between.
  if (connector === "to" && levelWords !== undefined && comma && words[0]?.text === "to") return { clauseTo: true };
  // "weakened by 1% on Monday, trading at R18,93": a clause of the level reached after the amount.
  // "The Naira depreciated against the dollar ..., exchanging at N461.67": with no amount before, the level the verb's change reached.
  if (comma && words.length === 2 && words[1]!.text === "at" && LEVEL_CLAUSE.has(words[0]!.text)) return { clauseTo: true, verb: verbBeforeLevel(text, c) };
  if (words.length >= 2 && words.at(-1)!.text === "at" && LEVEL_CLAUSE.has(words.at(-2)!.text)) {
    const verb = verbBeforeLevel(text, c);
    return verb ? { change: verb } : null;
  }
  return null;
}
