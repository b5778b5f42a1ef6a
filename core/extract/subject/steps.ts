import { FACET_STEPS } from "./facet-steps.js";
import { aboard } from "./aboard.js";
import { VENUE_CAPACITY_STEP } from "./venue-capacity.js";
import { AREA_BURNED_STEP } from "./area-burned.js";
import { crowdSize } from "./crowd.js";
import { isDefiniteReference, thingBefore } from "./before.js";
import { directionSubject, isCompassHead } from "./direction.js";
import { locatesFromPlace } from "./distance-from.js";
import { casualtyKind } from "./casualty.js";
import { addedToCount, opensShare } from "./part-of-people.js";
import { tollPhrase } from "./toll-phrase.js";
import { ofWhom } from "./of-whom.js";
import { breakdownPart } from "./breakdown-part.js";
import { labelHead, numberOfPhrase, tableCellHead } from "./label.js";
import { namedMeasure } from "./named-measure.js";
import { COMPENSATION_STEP } from "./compensation.js";
import { COMPANY_RESULT_STEP } from "./company-result.js";
import { readNounPhrase } from "./noun-phrase.js";
import { EVENT_MEASURE_STEP } from "./event-measure-step.js";
import { PERSON_AGE_STEP } from "./person-age.js";
import { eventOf, groupIn, headFromPhrase, headFromStructure, stop, tollBefore, TOLLS } from "./quantity-head.js";
import { type Reading, type SubjectStep, takeNamed } from "./reading.js";
import { singular } from "./words.js";
import { boundaryFirst } from "../boundary-first.js";

/** Dimensions of a thing's size or state: a figure in one of them never counts people hurt or killed. */
const NOT_PEOPLE = new Set(["length", "area", "volume", "mass", "speed", "temperature", "pressure", "energy", "fuelEconomy"]);

/**
 * The steps that read what a quantity or percent is about, in order: guards, then the head
 * (the first step that finds one wins), then its facets and the subject (facet-steps.ts). Precision over
 * recall: a claim without a subject is never compared, a claim with a wrong one makes a false
 * finding, so a head comes only from a counted noun, a casualty word, an event, or a thing the
 * clause names, and every facet from words that are there.
 */

const hasHead = (r: Reading) => r.head !== undefined;

const SUPERSEDED = boundaryFirst(String.raw`\b(?:initial|original|previous|earlier|preliminary|old)\s+(?:[\p{L}-]+\s+){0,2}?(?:list|count|toll|estimate|figure|tally|number)s?\s+of\s+(?:(?:at\s+least|about|around|some|nearly|more\s+than|over)\s+)?$`, "iu");

/** A casualty count read by one of the steps below: its kind as the head, the rules that read it, then its event. */
function asCasualty(r: Reading, casualty: NonNullable<Reading["casualty"]>, ...rules: string[]): void {
  r.casualty = casualty;
  r.head = casualty.kind;
  r.rules.push(...rules);
  eventOf(r);
}

export const QUANTITY_STEPS: readonly SubjectStep[] = [
  // "Salman Abedi, 22,", "23-year-old Salman Abedi": a named person's age, decided alone (person-age.ts).
  PERSON_AGE_STEP,
  // "the two countries": a small count that refers back says nothing about how many.
  { name: "subject.definite-reference", run: (r) => (isDefiniteReference(r.input.text, r.input.mention) ? stop(r) : undefined) },
  // "the initial list of 3,200 missing", "their previous toll of 115": a figure the story says was
  // superseded is no current count of anything, and compared with the current one it is no conflict.
  { name: "subject.superseded", run: (r) => (SUPERSEDED.test(r.input.text.slice(Math.max(r.input.sentence.start, r.input.mention.start - 60), r.input.mention.start)) ? stop(r) : undefined) },
  // Read once here; every later step may look at it. The quantity step's `noun` is the
  // counted word alone ("refugees"); the words before it ("Syrian") carry the group.
  {
    name: "subject.read-phrase",
    run: (r) => {
      const { text, mention, sentence } = r.input;
      const inside = mention.noun && mention.noun.start >= mention.start && mention.noun.start < mention.end;
      r.phrase = readNounPhrase(text, inside ? mention.noun!.start : mention.end, sentence.end);
    },
  },
  // "30 km north of Aleppo": a distance from a place, decided alone.
  {
    name: "subject.direction-of-place",
    run: (r) => {
      if (!r.phrase || !isCompassHead(r.phrase)) return;
      // "Bozeman, 85 miles southeast of Butte", "The quake was centred 61 km southwest of Davao": what is located is known.
      const { text, sentence, mention } = r.input;
      if (locatesFromPlace(text, sentence, mention)) return;
      r.result = directionSubject(r.input.text, r.input.sentence, r.phrase);
      return "stop";
    },
  },
  // "the 948-foot Dali", "Merdeka 118 stands 678.9 metres tall": a standing measure of a named thing.
  {
    name: "subject.named-measure",
    run: (r) => {
      const { text, sentence, mention } = r.input;
      const named = namedMeasure(text, sentence, mention);
      if (!named) return;
      takeNamed(r, named, named.thing.id, "subject.named-measure");
    },
  },
  // "an ex-gratia of Rs 2 lakh each from the PMNRF for the next of kin": a payment to the story's victims.
  COMPENSATION_STEP,
  // "Intel reported revenue of 12.8 billion dollars for the second quarter": a company's result for a period.
  COMPANY_RESULT_STEP,
  // "The magnitude 6.8 earthquake hit ..., killing": a measure of the event, before any casualty reading.
  EVENT_MEASURE_STEP,
  // "officials put the death toll at 26", "the toll has risen to 84": a toll phrase names the count.
  {
    name: "subject.toll-phrase",
    run: (r) => {
      const { text, sentence, mention } = r.input;
      if (r.named) return;
      const toll = tollPhrase(text, sentence, mention);
      if (!toll) return;
      asCasualty(r, toll, "subject.toll-phrase");
    },
  },
  // "killing 64 people, 41 of whom were children": a part of the count just told, by its group (of-whom.ts).
  {
    name: "subject.of-whom",
    run: (r) => {
      if (r.casualty || r.named) return;
      const { text, sentence, mention } = r.input;
      const part = ofWhom(text, sentence.start, sentence.end, mention.start, mention.end);
      if (!part) return;
      r.phrase = part.group;
      asCasualty(r, part.casualty, "subject.of-whom");
    },
  },
  // "Of the 72 deaths, 39 were in Wajima, 22 in Suzu": a place's part of the count the opener names (breakdown-part.ts).
  {
    name: "subject.breakdown",
    run: (r) => {
      if (r.casualty || r.named) return;
      const { text, sentence, mention } = r.input;
      const part = breakdownPart(text, sentence.start, mention.start, mention.end);
      if (!part) return;
      asCasualty(r, part, "subject.breakdown", "subject.share");
    },
  },
  // "killed six people", "81 injured", "1,300 civilians have been killed": a casualty count, with its event.
  {
    name: "subject.casualty",
    run: (r) => {
      if (r.casualty || r.named) return;
      const { text, mention } = r.input;
      // "A 45ft sperm whale weighing around 30 tonnes has died": a length or a weight is the
      // thing's, never a count of people, whatever verb of dying or hurting follows it.
      if (mention.dimension !== undefined && NOT_PEOPLE.has(mention.dimension)) return;
      const casualty = casualtyKind(text, mention.start, mention.end, r.phrase);
      if (!casualty) return;
      r.casualty = casualty;
      r.head = casualty.kind;
      r.group = groupIn(r.phrase);
      r.rules.push("subject.casualty");
      if (casualty.bodies) r.rules.push("subject.bodies");
      eventOf(r);
    },
  },
  // "Of them, 120 died", "deaths of two more people": a casualty count that is a part of a count
  // told before, marked so that whichever report meets it knows it (check/scope.ts toldAsPart).
  {
    name: "subject.part-told",
    run: (r) => {
      if (!r.casualty || r.casualty.part) return;
      const { text, mention, sentence } = r.input;
      if (opensShare(text, sentence.start, mention.start)) r.rules.push("subject.share");
      if (addedToCount(text, mention.start, mention.end, r.casualty.kind)) r.rules.push("subject.addition");
    },
  },
  // "180 to 200 people had been on board", "carrying 400 refugees": everyone aboard, one measure.
  {
    name: "subject.aboard",
    run: (r) => {
      if (r.casualty || r.named || !aboard(r)) return;
      r.head = "aboard";
      r.rules.push("subject.aboard");
      eventOf(r);
    },
  },
  // "The fire has burned 23,700 acres", "consuming more than 8,000 acres": the area a fire burned.
  AREA_BURNED_STEP,
  // "a capacity of over 87,000 spectators", "able to host 60,000 visitors": a venue's capacity.
  VENUE_CAPACITY_STEP,
  // "250,000 protesters showed up", "150,000 rallied", "estimated the turnout at half a million": a crowd's size.
  {
    name: "subject.crowd",
    run: (r) => {
      if (hasHead(r) || r.casualty || r.named || !crowdSize(r)) return;
      r.head = "crowd";
      r.rules.push("subject.crowd");
    },
  },
  // "The number of refugees now tops 3 million", "Syrians under temporary protection now number 3.2 million".
  {
    name: "subject.number-of",
    run: (r) => {
      if (hasHead(r) || r.phrase) return;
      const counted = numberOfPhrase(r.input.text, r.input.sentence, r.input.mention);
      if (!counted) return;
      r.countedSpan = counted;
      headFromPhrase(r, counted.phrase, "subject.number-of");
    },
  },
  { name: "subject.noun-phrase", run: (r) => (hasHead(r) || !r.phrase ? undefined : headFromPhrase(r, r.phrase, "subject.noun-phrase")) },
  // "The death toll from the explosion rose to 11", "Inflation in Turkey hit 85%", "The strip is 18.6 miles deep".
  {
    name: "subject.clause-subject",
    run: (r) => {
      if (hasHead(r)) return;
      const before = thingBefore(r.input.text, r.input.sentence, r.input.mention);
      if (!before) return;
      // "The death toll from the stampede at Kanjuruhan Stadium, Malang, East Java has increased to
      // 131": a name closing the toll's place chain is no thing counted; the toll is.
      const { text, sentence } = r.input;
      const named = before.span && /^\p{Lu}/u.test(text.slice(before.span.start, before.span.end));
      r.head = TOLLS.has(before.head) || (named && tollBefore(text, sentence.start, before.span!.start)) ? "killed" : before.head;
      r.demonymAsPlace = before.place;
      r.headSpan = before.span;
      r.rules.push(before.rule);
      if (r.head === "killed") eventOf(r);
    },
  },
  // "Deaths: Seven directly due to fire": a label line names what its figure counts.
  headFromStructure("subject.label", (r) => labelHead(r.input.text, r.input.mention)),
  // "State | Candidate | Vote" over "Alaska | Dan Sullivan | 54%": a cell counts its column's header.
  headFromStructure("subject.table-cell", (r) => (r.input.context ? tableCellHead(r.input.context, r.input.mention) : null)),
  // What the quantity step saw as the counted noun, when nothing else named a head.
  {
    name: "subject.counted-noun",
    run: (r) => {
      if (hasHead(r)) return;
      const noun = r.input.mention.noun;
      if (!noun || noun.start < r.input.mention.end || noun.end > r.input.sentence.end || !/\p{L}/u.test(noun.text)) return stop(r);
      r.head = singular(noun.text.trim().split(/\s+/).pop()!);
      r.rules.push("subject.counted-noun");
    },
  },
  ...FACET_STEPS,
];
