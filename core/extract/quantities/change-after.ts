import type { Change } from "../../model.js";
import type { Candidate } from "./candidate.js";
import type { CandidateChange } from "./change.js";
import { CLOSING_NOUNS, CLOSING_VERBS, COMPARATIVES, INDEX_POINTS, LEVEL_NOUNS, NOUN_MODIFIERS, DOWN_NOUNS, MONEY_RESULTS, UP_NOUNS } from "./change-words.js";

/** Nouns of a change and their direction: "a rise of", "a 5% increase". */
export const CHANGE_NOUNS = new Map<string, "up" | "down">([...UP_NOUNS.map((w) => [w, "up"] as const), ...DOWN_NOUNS.map((w) => [w, "down"] as const)]);
const NOUNS = CHANGE_NOUNS;
const COMPARATIVE_WORDS = Object.keys(COMPARATIVES).join("|");
/** "52 points": the counted noun of index points, which may stand between an amount and the words after it. */
const POINT_WORDS = INDEX_POINTS.join("|");
/** "from Monday's close of", "from a high of": nouns of the old level. */
const LEVEL_WORDS = [...LEVEL_NOUNS, ...CLOSING_NOUNS].join("|");
/**
 * Words opening a clause of the level a change reached: ", reaching", ", amounting to", ", taking
 * prices to", ", to reach a new high of", ", which reached", ", hitting a low of".
 */
const LEVEL_CLAUSE_WORDS = [
  "reaching", "totall?ing", "amounting[ \\t]{1,2}to", "coming[ \\t]{1,2}in[ \\t]{1,2}at", "hitting", "peaking[ \\t]{1,2}at",
  "which[ \\t]{1,2}(?:reached|totall?ed|amounted[ \\t]{1,2}to|stood[ \\t]{1,2}at|came[ \\t]{1,2}to)", "to[ \\t]{1,2}(?:reach|hit|(?:stand|sit|be|rest)[ \\t]{1,2}at)",
  "(?:taking|bringing|pushing|lifting|sending|putting)(?:[ \\t]{1,2}[A-Za-z’'-]{1,20}){0,5}?[ \\t]{1,2}(?:up[ \\t]{1,2})?to",
].join("|");
const LEVEL_CLAUSE = new RegExp(`^(?:[ \\t]{1,2}[A-Za-z-]{1,20}){0,4},[ \\t]{1,2}(?:${LEVEL_CLAUSE_WORDS})(?:[ \\t]{1,2}(?:an?|the)(?:[ \\t]{1,2}[A-Za-z-]{2,20}){0,3}[ \\t]{1,2}(?:${[...LEVEL_NOUNS, ...CLOSING_NOUNS].join("|")})[ \\t]{1,2}of)?[ \\t]{1,2}(?:just[ \\t]{1,2})?$`, "i");
/** "to close at", "to end at": where a market's day ended, between "to" and the new level. */
const CLOSE_VERBS = CLOSING_VERBS.join("|");

/**
 * Between a figure of a change and the next one: "86,700 contracts or 5.5%" (the same amount
 * restated), ", to $10.2 million" (the new level), "compared with $93.9 million" (the old).
 */
const NEXT_FIGURE: [Change["role"] | "same" | "at", RegExp][] = [
  // "eased to 5.88% in November, compared to 6.77%": a phrase of when or where may stand before the comparison.
  ["from", /^(?:[ \t]{1,2}[A-Za-z]{1,20}){0,3},?[ \t]{1,2}(?:compared[ \t]{1,2}(?:with|to)|versus|vs\.?|against)[ \t]{1,2}(?:an?[ \t]{1,2})?$/i],
  // "40.40 points higher or 0.38 per cent": the counted noun and a comparative may stand before "or".
  // "fell by 1%, or the equivalent of $55, to": the restatement may say it is one.
  // "gained 71 points,or 2.41%": the space after the comma may be lost.
  // "declined 0.7 per cent, or just 40 properties": a word of size may open the restatement.
  ["same", /^(?:[ \t]{1,2}[A-Za-z]{1,20}){0,2}(?:,[ \t]{0,2}|[ \t]{1,2})or(?:[ \t]{1,2}(?:the[ \t]{1,2})?equivalent[ \t]{1,2}(?:of|to)|[ \t]{1,2}(?:just|only|about|around|roughly|nearly|almost|some))?[ \t]{1,2}$/i],
  // "risen by 0.4% (£1,118)", "by 7.65 UAH (7.76%)": the amount restated in brackets in another measure.
  // "an increase of 0.9% (+£2,623)": with the sign of the change.
  ["same", /^[ \t]{0,2}\([+\u2212-]?$/],
  // "at 6,170.33 from Monday's close of 5,900.41", "to 74.24 from its previous close of 74.34": the old level, named.
  // "down 8,000 from the prior week's revised total of 228,000": up to four words before the level noun.
  ["from", new RegExp(`^(?:[ \\t]{1,2}(?:${POINT_WORDS}))?,?[ \\t]{1,2}from[ \\t]{1,2}(?:[A-Za-z’'-]{1,20}[ \\t]{1,2}){0,4}(?:${LEVEL_WORDS})[ \\t]{1,2}of[ \\t]{1,2}$`, "i")],
  // ", to close at 16,568.80": a verb of where the day ended may stand between "to" and the level.
  ["to", new RegExp(`^(?:[ \\t]{1,2}[A-Za-z]{1,20})?,[ \\t]{1,2}to[ \\t]{1,2}(?:(?:${CLOSE_VERBS})[ \\t]{1,2}(?:at[ \\t]{1,2})?)?(?:an?[ \\t]{1,2})?(?:(?:record|new)[ \\t]{1,2})?$`, "i")],
  // "were up 3% at $5.20", "closed 0.5 per cent higher at 7,100": the level after an amount of change.
  // "appreciated by 269.92 points at 6,170.33", "0.34 per cent up, at 35,260.54": the counted noun, a comparative, a comma.
  // "settled up $15.4 an ounce at $1,758": a rate's denominator too.
  ["at", new RegExp(`^(?:[ \\t]{1,2}(?:${POINT_WORDS})|[ \\t]{1,2}(?:an?|per)[ \\t]{1,2}[A-Za-z]{2,12})?,?(?:[ \\t]{1,2}(?:${COMPARATIVE_WORDS}|up|down))?,?[ \\t]{1,2}at[ \\t]{1,2}(?:an?[ \\t]{1,2})?$`, "i")],
  // "rose by 8.7%, amounting to S$83.3 million", "a 1% increase, reaching S$1.1 billion", "by 7.8% annually, taking
  // prices to £308,151", "down 10 million bushels in September, coming in at just 155 million": a clause of the level reached.
  ["at", LEVEL_CLAUSE],
  // "cut its rate by another half percentage point to 1.5%", "by 25 basis points to the current 6.75%": the new level after the amount.
  ["at", /^[ \t]{1,2}to[ \t]{1,2}(?:(?:an?|the)[ \t]{1,2})?(?:(?:record|new|current)[ \t]{1,2})?$/i],
  // "is now down $110,143 since peaking at $920,143": the peak the change is measured from is its old level.
  ["from", /^(?:[ \t]{1,2}[A-Za-z]{1,20}){0,2}[ \t]{1,2}since[ \t]{1,2}(?:peaking|topping|hitting|reaching|its[ \t]{1,2}(?:peak|high|low)[ \t]{1,2}of)(?:[ \t]{1,2}at)?(?:[ \t]{1,2}an?)?[ \t]{1,2}$/i],
  // "fallen 4.5 per cent from its IPO price of HK$17", "dropped 20-30 percent from normal volumes of 2.2 million": the old level, named by any noun.
  ["from", /^,?[ \t]{1,2}from[ \t]{1,2}(?:[A-Za-z’'-]{1,20}[ \t]{1,2}){1,3}of[ \t]{1,2}$/i],
];

/**
 * The change a figure continues from the figure before it, read from the words between.
 * @example readAfterFigure("jumped by 86,700 contracts or 5.5%", c86700, c55) // role "by"
 */
export function readAfterFigure(text: string, previous: Candidate | undefined, c: Candidate): CandidateChange | null {
  if (!previous?.change || previous.end > c.start || c.start - previous.end > 64) return null;
  // "totaling S$140.5 million": a qualifier the figure took may be the word that links it.
  // "pushing the cost up to $1,099": "up to" after the verb of a level clause.
  const gap = text.slice(previous.end, c.start) + (c.qualifierText && /^(?:total|up to$)/i.test(c.qualifierText) ? `${c.qualifierText} ` : "");
  for (const [role, pattern] of NEXT_FIGURE) {
    // "$376 million, or 47 cents a share" restates a level per share; only an amount of change is restated ("86,700 contracts or 5.5%").
    if (role === "same" && previous.change.role !== "by") continue;
    // "at" is the new level only after an amount of change ("rose to 5% at noon" is a time).
    if (role === "at" && previous.change.role !== "by") continue;
    // Only a clause of the level reached may run past 40 characters ("1.1% over the quarter, taking the average to").
    if (gap.length > 40 && pattern !== LEVEL_CLAUSE) continue;
    if (pattern.test(gap)) return { ...previous.change, role: role === "same" ? previous.change.role : role === "at" ? "to" : role, pairedWith: undefined };
  }
  return null;
}

/** "a 5% year-on-year increase", "a 3% annual rise", "a 2% sharp fall": words between the amount and its noun. */
const MODIFIERS = NOUN_MODIFIERS.join("|");
// "a 20 % year-on-year (y-o-y) increase": the modifier may carry its abbreviation in brackets.
// "an average 30 paise per unit increase": a rate's denominator may stand between too.
const NOUN_AFTER = new RegExp(`^(?:[ \\t]{1,2}per[ \\t]{1,2}[A-Za-z]{2,12})?(?:[ \\t]{1,2}|-)(?:(?:${MODIFIERS})(?:[ \\t]{1,2}\\([A-Za-z-]{2,8}\\))?[ \\t]{1,2}){0,2}(${[...NOUNS.keys()].join("|")})(?![A-Za-z])`, "i");
/** "2,158, up from 1,809", "$209 million, down 36.8 percent": the figure before is the new level. */
const UP_FROM_AFTER = /^(?:,?[ \t]{1,2}(up|down)[ \t]{1,2}from[ \t]|,[ \t]{1,2}(up|down)[ \t]{1,2}(?:by[ \t]{1,2})?(?=[-$€£\d]))/i;

// "1.1ºC (2ºF) hotter than": the conversion in brackets may stand between.
// "52 points, or 0.3%, higher at", "40.40 points higher": index points and a comma may stand between.
// After a comma only before "at" the level: "USD583.5 million, higher than the USD441.2 million" compares two levels.
const COMPARATIVE_AFTER = new RegExp(`^(?:[ \\t]{1,2}\\([^()]{1,24}\\))?(?:[ \\t]{1,2}(?:${POINT_WORDS}))?(?:[ \\t]{1,2}(${COMPARATIVE_WORDS})(?![A-Za-z])|,[ \\t]{1,2}(${COMPARATIVE_WORDS})(?=[ \\t]{1,2}at[ \\t]))`, "i");
/** After "than", another thing: an average, another place, rivals, what was expected ("than the national average", "than in Texas", "than economists' expectations"). */
const OTHER_THING = /^[ \t]{1,2}than[ \t]{1,2}(?:the[ \t]{1,2}(?:[A-Za-z.-]{2,14}[ \t]{1,2}){0,2}(?:average|mean|median)(?![A-Za-z])|in[ \t]{1,2}(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z]|(?:its|their)[ \t]{1,2}(?:rivals?|peers?|competitors?)(?![A-Za-z])|(?:[A-Za-z]+['’]s?[ \t]{1,2})?(?:expectations|estimates?|forecasts?|consensus|predictions?)(?![A-Za-z]))/;
/** "closed 0.34 per cent up, at 35,260.54", "shares were 3% down on the day": a bare up or down after the amount ends its phrase. */
const UP_DOWN_AFTER = new RegExp(`^(?:[ \\t]{1,2}(?:${POINT_WORDS}))?[ \\t]{1,2}(up|down)(?=[ \\t]*[,;]|\\.(?!\\d)|[ \\t]{1,2}(?:at|on)[ \\t])`, "i");

/** "a 5% increase" (the amount), "2,158, up from 1,809" (the new level). */
export function readAfter(text: string, c: Candidate): CandidateChange | null {
  const tail = text.slice(c.end, c.end + 48);
  const level = UP_FROM_AFTER.exec(tail);
  const word = level?.[1] ?? level?.[2];
  if (word) {
    const at = c.end + tail.indexOf(word);
    return { direction: word.toLowerCase() === "up" ? "up" : "down", role: "to", text: word, at };
  }
  // "7% higher", "3 points lower": the amount of a change, the comparison after it.
  const comparative = COMPARATIVE_AFTER.exec(tail);
  const amount = c.kind === "percent" || c.unit !== undefined || c.countUnit === "point";
  const comparativeWord = comparative?.[1] ?? comparative?.[2];
  // "almost 200,000 higher than a year ago": any count is an amount of change when "than" names what it is compared with.
  const than = comparativeWord !== undefined && /^[ \t]{1,2}than(?![A-Za-z])/i.test(tail.slice(comparative![0].length));
  // "2 cents lower than the national average": compared with another thing, not with itself earlier, nothing changed.
  if (comparativeWord && than && OTHER_THING.test(text.slice(c.end + comparative![0].length, c.end + comparative![0].length + 60))) return null;
  if (comparativeWord && (amount || (than && c.kind === "quantity"))) {
    return { direction: COMPARATIVES[comparativeWord.toLowerCase()] ?? "up", role: "by", text: comparativeWord, at: c.end + comparative![0].length - comparativeWord.length };
  }
  const upDown = amount ? UP_DOWN_AFTER.exec(tail) : null;
  if (upDown?.[1]) {
    return { direction: upDown[1].toLowerCase() === "up" ? "up" : "down", role: "by", text: upDown[1], at: c.end + upDown[0].length - upDown[1].length };
  }
  const restated = levelThenChange(text, c);
  if (restated) return restated;
  const participle = participleAfterNoun(text, c);
  if (participle) return participle;
  const noun = NOUN_AFTER.exec(tail);
  const result = noun?.[1] !== undefined && c.unit?.dimension === "money" && MONEY_RESULTS.includes(noun[1].toLowerCase());
  // "a 5% increase", "a healthy 20 per cent rise": an article, perhaps one adjective, before the amount.
  // "Peru's 12% decline in mine production": a possessive stands for the article.
  if (noun?.[1] && !result && /(?:\b(?:an?|the|its|their)|[A-Za-z]['’]s)[ \t]{1,2}(?:[a-z]{3,12}[ \t]{1,2})?$/i.test(text.slice(Math.max(0, c.start - 22), c.start))) {
    return { direction: NOUNS.get(noun[1].toLowerCase()) ?? "up", role: "by", text: noun[1], at: c.end + tail.indexOf(noun[1]) };
  }
  return null;
}


/** "88,000 jobs added to payrolls", "5,000 positions cut": a passive participle right after a count's noun. */
const PARTICIPLE_AFTER = /^[ \t]{1,2}(added|created|gained|lost|cut|shed|axed|eliminated)(?![A-Za-z])/i;
const PARTICIPLE_DIRECTION: Record<string, "up" | "down"> = { added: "up", created: "up", gained: "up", lost: "down", cut: "down", shed: "down", axed: "down", eliminated: "down" };

/** The amount of a change written as "N <things> added": a count of things, not of people ("50 people lost their homes"). */
function participleAfterNoun(text: string, c: Candidate): CandidateChange | null {
  if (!c.countUnit || c.countUnit === "person" || c.unit || !c.noun || c.noun.start < c.end || c.noun.start - c.end > 2) return null;
  const m = PARTICIPLE_AFTER.exec(text.slice(c.noun.end, c.noun.end + 16));
  if (!m) return null;
  const word = m[1]!;
  return { direction: PARTICIPLE_DIRECTION[word.toLowerCase()]!, role: "by", text: word, at: c.noun.end + m[0].length - word.length };
}

const NOUN_WORDS = [...NOUNS.keys()].join("|");
/** "$5.2 billion, an increase of 8%", "2,300, a 12 per cent rise on last year": the level, then its change. */
// "¥18.68 per share, a gain of 15.3%": the rate's denominator may stand before the comma.
const LEVEL_THEN_NOUN = new RegExp(`^(?:[ \\t]{1,2}(?:per|a|an|each)[ \\t]{1,2}[A-Za-z]{2,12})?,[ \\t]{1,2}(?:an?|the)[ \\t]{1,2}(?:[\\d.,]{1,12}[ \\t]?(?:%|per[ \\t]?cent|percent|pc)[ \\t]{1,2})?(${NOUN_WORDS})(?![A-Za-z])`, "i");
/** "2,000 more people than last year", "5% fewer than": the amount of a change, the comparison after it. */
// "carried 4.9 percent more domestic passengers in October 2010 than in October 2009": what is counted and when may stand between.
const MORE_THAN = /^(?:[ \t]{1,2}[A-Za-z]{2,20})?[ \t]{1,2}(more|fewer|less)[ \t]{1,2}(?:[A-Za-z0-9]{2,20}[ \t]{1,2}){0,5}than(?![A-Za-z])/i;
/**
 * "4 percent above that of two years ago", "3.3 percent below the pre-recession level of October
 * 2007": above or below the same figure at an earlier time is a change; above or below another
 * thing ("four cents above the national average") is a comparison.
 */
const ABOVE_BELOW_EARLIER = /^[ \t]{1,2}(above|below)[ \t]{1,2}(?:that|those|the|its|their|last|a|levels?)\b[^.;:!?\n]{0,50}?\b(?:ago|last|previous|prior|earlier|pre-[a-z]+|(?:19|20)\d\d)\b/i;

/** The change read after the figure from a restating clause or a "more ... than" comparison. */
function levelThenChange(text: string, c: Candidate): CandidateChange | null {
  // "1.2 million units, a decline of 8%": a count's own noun may stand before the comma ("60-kilo bags" is a measure's).
  const skip = c.countUnit !== undefined && !c.unit && c.noun !== undefined && c.noun.start >= c.end && c.noun.start - c.end <= 2 ? c.noun.end - c.end : 0;
  const from = c.end + skip;
  const level = LEVEL_THEN_NOUN.exec(text.slice(from, from + 40));
  const noun = level?.[1]?.toLowerCase();
  if (level && noun && !(c.unit?.dimension === "money" && MONEY_RESULTS.includes(noun))) {
    return { direction: NOUNS.get(noun) ?? "up", role: "to", text: level[1]!, at: from + level[0].length - level[1]!.length };
  }
  const tail = text.slice(c.end, c.end + 64);
  const more = MORE_THAN.exec(tail);
  if (more?.[1] && !OTHER_THING.test(tail.slice(more[0].length - 5))) {
    return { direction: more[1].toLowerCase() === "more" ? "up" : "down", role: "by", text: more[1], at: c.end + tail.indexOf(more[1]) };
  }
  const earlier = ABOVE_BELOW_EARLIER.exec(tail);
  if (earlier?.[1] && (c.kind === "percent" || c.unit !== undefined)) {
    return { direction: earlier[1].toLowerCase() === "above" ? "up" : "down", role: "by", text: earlier[1], at: c.end + tail.indexOf(earlier[1]) };
  }
  return null;
}
