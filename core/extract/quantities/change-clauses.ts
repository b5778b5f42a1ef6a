import type { Candidate } from "./candidate.js";
import { DOWN, DOWN_NOUNS, INDEX_POINTS, NEUTRAL, UP, UP_NOUNS } from "./change-words.js";
import { bare, sameKind } from "./change-levels.js";

/*
 * Figures of a change written in clauses of their own: a level before the clause that gives its
 * amount, the old and new level after a verb with no direction. The next item of a list is in
 * change-lists.ts.
 */

/** Between a level and the clause of its change: ", up 0.73% from", ", which is about 8 per cent higher", " for a 12% drop". */
// "4,435 dwelling purchases by households at market prices were recorded, up 18.9 per cent": up to 100 characters between.
// The comma touches the word before it: " , up 0 . 95" is tokenised text, not a clause.
// "was £252,798 – up 2.7% from a year ago": a dash with a space either side sets the clause off too.
const LEVEL_THEN_UPDOWN = /^(?:(?:(?:[^.;:!?\n]|\.(?=\d)){0,100}[^ \t.;:!?\n])?[,\u2014\u2013]|(?:(?:[^.;:!?\n]|\.(?=\d)){0,100})?[ \t][-\u2014\u2013])[ \t]{1,2}$/;
// ", reflecting a 21.4% increase", ", showing a 64.45% increase", "– a rise of nearly £40,000", ", an annual increase of".
const LEVEL_THEN_AMOUNT = /^(?:(?:[^.;:!?\n]|\.(?=\d)){0,100},(?:[ \t]{1,2}which[ \t]{1,2}(?:is|was)|[ \t]{1,2}(?:registering|representing|reflecting|showing|marking|recording|posting|equivalent[ \t]to))?(?:[ \t]{1,2}an?(?:[ \t]{1,2}(?:annual|yearly|monthly|quarterly|weekly|year-on-year|modest|slight|sharp|further))?)?|[ \t]{1,2}(?:for|was|is|were|are)[ \t]{1,2}an?)[ \t]{1,2}$/i;

/** "total throughput was 114,638,400 TEUs, which rose 8.8%": a relative clause of change after the level. */
const LEVEL_THEN_WHICH = /^(?:(?:[^.;:!?\n]|\.(?=\d)){0,100})?,[ \t]{1,2}(?:which|that)[ \t]{1,2}(?:(?:has|have|had)[ \t]{1,2})?(?:(?:also|then|again|thus)[ \t]{1,2})?$/i;

/** "stands at a record £348,804 – a rise of nearly £40,000": a spaced dash before a change noun's clause. */
const LEVEL_DASH_NOUN = /^(?:[^.;:!?\n\d]{0,40})?[ \t][-\u2014\u2013][ \t]{1,2}an?[ \t]{1,2}$/i;
const RESTATED = /^,?[ \t]{1,2}or[ \t]{1,2}$/i;
const LISTED = /^,?[ \t]{1,2}and[ \t]{1,2}$/i;
/** "At $3.619, it's up 12 cents": the level, then a clause whose subject stands for it. */
const LEVEL_THEN_IT_UPDOWN = /^,[ \t]{1,2}(?:it|that|this)(?:['’]s|[ \t]{1,2}(?:is|was|has[ \t]{1,2}been))(?:[ \t]{1,2}(?:now|still|also))?[ \t]{1,2}$/i;
/** "Net profit of $5.2 billion was up 10%": the level, then "to be" and the amount of its change, in one clause. */
const LEVEL_WAS_UPDOWN = /^(?:[ \t]{1,2}[a-z]{2,15})?[ \t]{1,2}(?:was|were|is|are|has[ \t]{1,2}been|had[ \t]{1,2}been)[ \t]{1,2}$/;

/** "closed at 6,004.72, gaining 15.57 points", "at 3,428.97, shedding 0.90 points": change verbs in -ing open a clause of change. */
const PARTICIPLES = new Set([...UP, ...DOWN].filter((w) => w.endsWith("ing") && !w.includes(" ")));

const PHRASAL_PARTICIPLE = /^[a-z]+ing[ \t](?:up|down)$/i;
const CHANGE_NOUN_WORDS = new Set([...UP_NOUNS, ...DOWN_NOUNS]);

/** Between an amount and its restatement: "371 points, or", "52 points or". */
const OR_RESTATES = new RegExp(`^(?:[ \\t]{1,2}(?:${INDEX_POINTS.join("|")}))?,?[ \\t]{1,2}or[ \\t]{1,2}$`, "i");

/**
 * "The Sensex closed 371 points, or 0.46 per cent, higher at 81,644.39": the comparison after the
 * percent says what both amounts are; the figure restated by ", or" is an amount of the same change.
 */
export function amountsRestated(text: string, live: Candidate[]): void {
  for (const [a, b] of neighbours(live)) {
    if (a.change || b.change?.role !== "by" || b.change.at < b.end || !OR_RESTATES.test(text.slice(a.end, b.start))) continue;
    if (a.kind !== "quantity" || !(a.unit || a.countUnit === "point")) continue;
    a.change = { ...b.change, pairedWith: undefined };
    if (!a.rules.includes("change")) a.rules.push("change");
  }
}

/**
 * "trading at Rs1,729.90 on the BSE, up 0.73% from previous close", "estimated at 10.8 trillion
 * won for the quarter, down 28.7 percent from a year earlier", "traded at 14.3775 per dollar,
 * 0.4% weaker than its close", "came to 67.4 trillion won for a 12.2% drop": a figure with no
 * change of its own, followed in its sentence by a clause giving an amount of change, is the
 * level that change reached.
 */
export function levelsBeforeAmount(text: string, live: Candidate[]): void {
  let previous: Candidate | undefined;
  let restated: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    const change = c.change;
    // "reached 18,000 rupiah (US$1.15) per kilogram, a 20% increase": the level is the figure a
    // bracketed conversion restates; the conversion takes its change later (conversionChanges).
    if (c.conversionOf && !c.change) continue;
    // A measure that modifies a noun ("60-kilo bags") is no level of its own.
    const modifier = previous !== undefined && previous.unitAttached === true && text.charCodeAt(previous.numberEnd) === 45;
    // "motorists in 33 states are paying less ..., down as much as nine cents": a count of things is no level of money or a measure.
    const otherThing = previous?.countUnit !== undefined && !previous.unit && c.kind === "quantity" && c.unit !== undefined;
    if (previous && !modifier && !otherThing && !previous.change && change?.role === "by" && previous.end <= c.start && c.start - previous.end <= 110) {
      // ", up 0.73%", ", gaining 15.57 points": "up", "down" or a participle of change opens the clause.
      // "ticking up by 0.4%": a phrasal participle opens the clause the same way.
      const upDown = (/^(?:up|down)$/i.test(change.text) || PARTICIPLES.has(change.text.toLowerCase()) || PHRASAL_PARTICIPLE.test(change.text)) && change.at < c.start;
      // "exported 20.2 million tonnes of LNG, an increase of 2.7 million tonnes": a change noun before the amount.
      const noun = !upDown && change.at < c.start && CHANGE_NOUN_WORDS.has(change.text.toLowerCase());
      const gap = upDown || noun ? text.slice(previous.end, change.at) : text.slice(previous.end, c.start);
      const after = !upDown && change.at >= c.end;
      // "processed 22,078,900 TEUs of containers in June, which surged 10.9%": the verb of a relative clause.
      const which = !upDown && !noun && change.at > previous.end && change.at < c.start && LEVEL_THEN_WHICH.test(text.slice(previous.end, change.at));
      if (which || (upDown && (LEVEL_THEN_UPDOWN.test(gap) || LEVEL_WAS_UPDOWN.test(gap) || LEVEL_THEN_IT_UPDOWN.test(gap))) || ((after || noun) && LEVEL_THEN_AMOUNT.test(gap)) || (noun && LEVEL_DASH_NOUN.test(gap))) {
        const level = { direction: change.direction, role: "to" as const, text: change.text, at: change.at };
        previous.change = level;
        if (!previous.rules.includes("change")) previous.rules.push("change");
        // "came to 2.43 trillion won, or around 1.8 billion U.S. dollars, ..., down 77%": both restate the level.
        // "will pay Rs 117.57 and Rs 101.79 for petrol and diesel, an increase of 85 paise each": both levels of a list.
        const listed = restated !== undefined && sameKind(restated, previous) && LISTED.test(text.slice(restated.end, previous.start));
        if (restated && !restated.change && (listed || RESTATED.test(text.slice(restated.end, previous.start)))) {
          restated.change = { ...level };
          if (!restated.rules.includes("change")) restated.rules.push("change");
        }
      }
    }
    restated = previous;
    previous = c;
  }
}

const NEUTRAL_FROM = new RegExp(`\\b(${NEUTRAL.join("|")})(?:[ \\t]{1,2}[A-Za-z]{1,12}){0,3}[ \\t]{1,2}from[ \\t]{1,2}$`, "i");
/** Between the old and the new level: " to ", " per liter to ", " on Thursday to ". */
const TO_NEXT = /^[^.;:!?\n\d]{0,30}?[ \t]to[ \t]{1,2}(?:an?[ \t]{1,2})?$/i;

/**
 * "the price has been adjusted from N539 to N617 per litre", "Chicago went from 61 degrees on
 * Thursday to 10 today": a verb of movement without a direction, then "from X to Y" — the old
 * and the new level, up or down as the numbers say (the same number twice is no change).
 */
export function neutralFromTo(text: string, live: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const [a, c] of neighbours(live)) {
    // Cheap first: the old level follows "from ".
    if (a.change || c.change || text.charCodeAt(a.start - 2) !== 109) continue;
    const verb = NEUTRAL_FROM.exec(text.slice(Math.max(0, a.start - 60), a.start));
    if (!verb || !TO_NEXT.test(text.slice(a.end, c.start)) || !(sameKind(a, c) || bare(c) || bare(a)) || a.value === c.value) continue;
    const at = a.start - 60 + Math.max(0, 60 - a.start) + verb.index;
    found.push(...levels(a, c, verb[1]!, at));
  }
  return found;
}

/** Each figure still read with the one before it, in text order (read lazily: a pair marked changes the next). */
function* neighbours(live: Candidate[]): Generator<[Candidate, Candidate]> {
  let previous: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    if (previous) yield [previous, c];
    previous = c;
  }
}

/** Marks a change's old and new level as one change, up or down as the numbers say. */
function levels(old: Candidate, now: Candidate, text: string, at: number): Candidate[] {
  const direction = now.value > old.value ? "up" : "down";
  old.change = { direction, role: "from", text, at };
  now.change = { direction, role: "to", text, at };
  for (const x of [old, now]) if (!x.rules.includes("change")) x.rules.push("change");
  return [old, now];
}

/** "to 3.25% from 3.0%": the new level, then the old, with nothing but words between. */
const TO_BEFORE = /(?:^|[^A-Za-z])(to|at)[ \t]{1,2}$/i;
// "from the earlier GH¢11.10", "from a previous 3.8%", "from the previous price of GH¢13.90": the old level may be named.
const FROM_BETWEEN = /^[^.;:!?\n\d]{0,30}?[ \t]from(?:[ \t]{1,2}(?:the|a|an|its|their)(?:[ \t]{1,2}(?:earlier|previous|prior|former|old|last|original|current|price|rate|level|figure))?(?:[ \t]{1,2}(?:price|rate|level|figure)[ \t]{1,2}of)?)?[ \t]{1,2}$/i;

/**
 * "brings the rate it pays on bank deposits ... to 3.25% from 3.0%": "to X from Y" is a change
 * whatever verb came before (unlike "from X to Y", which may be a range): Y the old level, X the
 * new one, up or down as the numbers say. "selling a litre of petrol at GH¢3.49 from GH¢3.31" is
 * the same with a price or a rate "at" its new level.
 */
export function toThenFrom(text: string, live: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const [a, c] of neighbours(live)) {
    if (a.change || c.change || a.value === c.value || c.start - a.end > 64) continue;
    const gap = text.slice(a.end, c.start);
    // Cheap first: the old level follows "from".
    if (!gap.includes("from")) continue;
    const to = TO_BEFORE.exec(text.slice(Math.max(0, a.start - 4), a.start));
    if (!to || !FROM_BETWEEN.test(gap)) continue;
    if (!(sameKind(a, c) || bare(c))) continue;
    // "at 5 from 10" is a level only for a price or a rate.
    if (to[1]!.toLowerCase() === "at" && !(a.kind === "percent" || a.unit?.dimension === "money")) continue;
    found.push(...levels(c, a, to[1]!, a.start - to[0].length + to[0].search(/[A-Za-z]/)).reverse());
  }
  return found;
}
