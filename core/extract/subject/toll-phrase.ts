import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import tolls from "./data/tolls.js";
import { CASUALTY } from "./lexicon.js";
import { wordAlternation } from "./alternation.js";
import { boundaryFirst } from "../boundary-first.js";
import { caseBlind } from "../case-blind.js";

/**
 * A figure a toll phrase gives, with no casualty word next to the figure: "official figures put
 * the death toll at 26", "The death toll has been put at five", "the toll in Nice has risen to
 * 84", "taking the total number of those killed to 85", "put the death toll at 30 and the
 * number of injured at 47". Stories update a toll in these words, so without them every
 * updated figure is a number about nothing. The class comes from the toll's words (data/tolls.ts).
 */

const TOLL_CLASS = new Map<string, string>(Object.entries(tolls.tolls));
const COUNTED = new Map<string, string>([...Object.entries(CASUALTY), ...Object.entries(tolls.counted)]);

const QUALIFIER = String.raw`(?:(?:at\s+least|about|around|some|nearly|almost|roughly|over|more\s+than|less\s+than|up\s+to|an\s+estimated|approximately|just\s+over|just\s+under)\s+)?`;
/** "the death toll", "the total number of those killed", "the number of people killed or presumed dead", "the number of overall wounded". */
// "the death count", "the body count": a count named by what it counts, as a toll is.
// "the number of people who died in ...", "the number of dead people is 329 people": the counted
// word may follow a relative pronoun, and "people" may follow it; "the number of people reported missing by their
// relatives", "the number of confirmed dead": how the count was taken may come before the counted word.
const TOLL = String.raw`(?:\b([\p{L}-]+)\s+)?\b(toll|(?<=\b(?:death|body|casualty|fatality|injury)\s+)count)\b|\b(?:total\s+|overall\s+|final\s+|official\s+|confirmed\s+)?number\s+of\s+(?:the\s+|those\s+|people\s+|persons\s+|overall\s+)?(?:(?:who|that)\s+(?:have\s+|had\s+|has\s+|were\s+|was\s+)?(?:been\s+)?)?(?:(?:officially\s+)?(?:reported|listed|declared|confirmed)\s+(?:as\s+)?)?([\p{L}]+)(?:\s+(?:people|persons))?(?:\s+or\s+(?:presumed|feared|believed|confirmed)\s+dead)?(?:\s+(?:${wordAlternation(tolls.participles)}))?`;
/** "Deaths from the floods rose to 40", "the injuries amount to 551": the casualty noun itself as the subject of a level verb. */
const NOUN_LEVEL = String.raw`\b(?:the\s+)?(deaths|fatalities|casualties|injuries|dead|injured|wounded|missing)`;
/** "the triple train accident's death toll", "train tragedy toll": words of the event between the article and the toll. */
const OF_EVENT = String.raw`(?:[\p{L}’'-]+\s+){0,3}?`;
/** Where the toll is of: "in the ferry tragedy", "from the blast", "in Nice". */
// "from Saturday's stampede at Kanjuruhan Stadium, Malang, East Java": a comma chain of names is where, not a new clause.
// "from the 6.4 magnitude earthquake", "from the M5.6 quake": a figure that modifies a word is part of the event's name, not a count.
// A figure closing a clause ("has risen to 144, and the injuries amount to 551") is not one of them.
const OF_WORD = String.raw`(?:[^,;:.!?()\d]|\d+(?:[.,]\d+)*(?=[\s-]+\p{L}))`;
// A comma may close the event phrase before its verb ("... that struck Nepal on Friday midnight, has gone up to 154").
const OF = String.raw`(?:\s+(?:in|from|of|for|by|after)\s+${OF_WORD}{1,140}?(?:,\s+\p{Lu}${OF_WORD}{0,40}?){0,3})?,?`;
/** "revised down to 125", "raised sharply to 40": a word between the verb and its figure. */
// "jumped by nearly 1,200 to 5,209", "rose by 12 to 84": the change told before the level; the figure after "to" is the toll.
// "came in at 192", "came out at 30": the particle of "come in at" is no word of the figure.
const WAY = String.raw`(?:\s+(?:down|up|downwards?|upwards?|sharply|further|again|in|out))?(?:\s+(?:on\s+\p{L}+day|overnight|today|yesterday|later))?(?:\s+by\s+${QUALIFIER}\d[\d,.]*(?:\s+(?:people|persons))?(?=\s+to\s))?`;
// Any "-ly" adverb as well as the listed ones: "has risen dramatically to 440", "was now 55".
const ADVERBS = String.raw`(?:\s+(?:${wordAlternation(tolls.adverbs)}|on\s+\p{L}+day|\p{L}{3,}ly))*`;
// "confirmed the death toll as 41", "gave the toll as 30": "as" names the figure as "at" does.
const SET = boundaryFirst(String.raw`\b(?:${wordAlternation(tolls.setVerbs)})\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:overall\s+|total\s+|official\s+|final\s+|confirmed\s+)?${OF_EVENT}(?:${TOLL})${OF}${WAY}\s+(?:at|as|to(?:\s+be)?)\s+${QUALIFIER}$`, "iu");
// "The toll was earlier put at 288", "had \"risen to 107.\"" ("soared beyond 11,000" is a bound, not the toll).
/** Who gave the toll, before where it is of: "given by Chinese authorities". */
const GIVEN_BY = String.raw`(?:\s+(?:${wordAlternation(tolls.givenBy)})\s+by\s+(?:the\s+)?[^,;:.!?()\d]{1,40}?(?=\s+(?:in|from|of|for|after|has|have|had|was|were|is|are)\b))?`;
const LEVEL_TAIL = String.raw`${GIVEN_BY}${OF}${ADVERBS}(?:\s+(?:was|were|is|are))?${ADVERBS}\s+["“]?(?:${wordAlternation(tolls.levelVerbs)})${ADVERBS}${WAY}(?:\s+(?:to|at))?\s+${QUALIFIER}$`;
const LEVEL = new RegExp(String.raw`(?:${TOLL})${LEVEL_TAIL}`, "iu");
const LEVEL_NOUN = new RegExp(String.raw`${NOUN_LEVEL}${LEVEL_TAIL}`, "iu");
/** "... at 30 and the number of injured at 47", "with the number of missing people at 10,100": the verb is left out. */
const AND = boundaryFirst(String.raw`\b(?:and|with|while)\s+(?:the\s+|a\s+)?(?:${TOLL})${OF}\s+(?:at|to)\s+${QUALIFIER}$`, "iu");
/** "a death toll of 30": the figure after "of". */
const OF_FIGURE = new RegExp(String.raw`(?:${TOLL})\s+of\s+${QUALIFIER}$`, "iu");
/** "bringing to 64 the confirmed number of victims": the figure before the toll it sets, the toll after it. */
const TO_BEFORE = boundaryFirst(String.raw`\b(?:${wordAlternation(tolls.setVerbs)})\s+to\s+${QUALIFIER}$`, "iu");
/** How TO_BEFORE ends ("to", a qualifier): asked first, case-blind (case-blind.ts), as the verbs before it are tried at every place. */
const TO_END = caseBlind(String.raw`\bto\s+${QUALIFIER}$`);
const TOLL_AFTER = new RegExp(String.raw`^\s+(?:the\s+|its\s+|their\s+)?(?:overall\s+|total\s+|official\s+|final\s+|confirmed\s+)?(?:${TOLL})`, "iu");
const GATE = /toll|number\s+of|count/i;
/** The casualty noun as a level verb's subject, cheaply: the noun, then one of the common level verbs after it. */
const NOUN_GATE = /\b(?:deaths|fatalities|casualties|injuries|dead|injured|wounded|missing)\b[^.;]{0,100}\b(?:rose|risen|climbed|jumped|increased|stood|stands|reached|reaches|amount|amounted|amounts|total|totals|totalled|totaled|numbered|numbers|mounted|soared|swelled|grew|fell|dropped|declined|hit|edged)\b/i;
const NOUN_ALONE = new RegExp(NOUN_LEVEL, "iu");
const TOLL_ALONE = new RegExp(TOLL, "iu");

/**
 * The class of "<word> toll": "death toll" and "injury toll" by data; "the attacks toll", "the
 * official toll", "the toll" count the dead; "the economic toll", "a toll road" are no count.
 */
function tollClass(word: string | undefined): string | undefined {
  const lower = (word ?? "").toLowerCase();
  if (NOT_TOLLS.has(lower)) return undefined;
  return TOLL_CLASS.get(lower) ?? "killed";
}

const NOT_TOLLS = new Set<string>(tolls.notTolls);

/** A bound the quantity reader took with the figure that is a verb of the toll: "exceeded 180", "topped 50". */
const BOUND_VERB = /^(?:exceeded|exceeds|surpassed|surpasses|topped|tops|passed|crossed)$/i;

/**
 * "The death toll has risen by five, making a total of those already buried to 158", "10 more victims
 * were added to the death toll, bringing it to 122": a running total the sentence's toll reaches.
 */
const TOTAL_TO = new RegExp(String.raw`,?\s+(?:bringing|taking|making|pushing|raising|putting)\s+(?:it|the\s+(?:(?:overall|new|cumulative|final|official)\s+)?(?:total|tally|figure|count|number)|a\s+total)(?:\s+of\s+(?:those|the)\s+[^,.;:!?()\d]{1,40}?)?\s+to\s+${QUALIFIER}$`, "iu");
const TOLL_ALL = new RegExp(TOLL, "giu");

/** The class of the last toll the sentence names before a running total's "bringing it to N", or null. */
function totalOfToll(before: string, from: number): { kind: string; span: Span } | null {
  const total = TOTAL_TO.exec(before);
  if (!total) return null;
  const head = before.slice(0, total.index);
  let last: RegExpExecArray | null = null;
  TOLL_ALL.lastIndex = 0;
  for (let m = TOLL_ALL.exec(head); m; m = TOLL_ALL.exec(head)) last = m;
  if (!last) return null;
  const kind = last[2] ? tollClass(last[1]) : COUNTED.get(last[3]!.toLowerCase());
  return kind ? { kind, span: { start: from + last.index, end: from + last.index + last[0].length } } : null;
}

/**
 * @example tollPhrase("Officials put the death toll at 26.", sentence, mention26)?.kind // "killed"
 */
export function tollPhrase(text: string, sentence: Span, mention: Mention): { kind: string; span: Span } | null {
  // A count of people, not a share or a measure ("the toll on children was 40%").
  if (mention.kind !== "quantity" || (mention.dimension && mention.dimension !== "count")) return null;
  const from = Math.max(sentence.start, mention.start - 200);
  // "the death toll has reportedly exceeded 180": the quantity reader keeps the verb as the figure's
  // bound ("more than 180"), so the toll's verb stands inside the claim; read it as a level verb.
  const before = text.slice(from, mention.start) + (BOUND_VERB.test(mention.qualifierText ?? "") ? "reached " : "");
  const tollWords = GATE.test(before);
  if (!tollWords && !NOUN_GATE.test(before)) return tollAfter(text, sentence, mention, before);
  const m = tollWords ? SET.exec(before) ?? AND.exec(before) ?? LEVEL.exec(before) ?? OF_FIGURE.exec(before) : null;
  // "the injuries amount to 551": the casualty noun is the toll.
  const noun = m ? null : NOUN_GATE.test(before) ? LEVEL_NOUN.exec(before) : null;
  if (!m && !noun) return totalOfToll(before, from) ?? tollAfter(text, sentence, mention, before);
  const kind = m ? (m[2] ? tollClass(m[1]) : COUNTED.get(m[3]!.toLowerCase())) : COUNTED.get(noun![1]!.toLowerCase());
  if (!kind) return null;
  const found = (m ?? noun)!;
  const toll = (m ? TOLL_ALONE : NOUN_ALONE).exec(found[0])!;
  const at = from + found.index + toll.index;
  return { kind, span: { start: at, end: at + toll[0].length } };
}

/** "bringing to 64 the confirmed number of victims": a set verb and "to" before the figure, the toll named after it. */
function tollAfter(text: string, sentence: Span, mention: Mention, before: string): { kind: string; span: Span } | null {
  if (!TO_END.test(before) || !TO_BEFORE.test(before)) return null;
  const m = TOLL_AFTER.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 80)));
  if (!m) return null;
  const kind = m[2] ? tollClass(m[1]) : COUNTED.get(m[3]!.toLowerCase());
  return kind ? { kind, span: { start: mention.end, end: mention.end + m[0].length } } : null;
}
