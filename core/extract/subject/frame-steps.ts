import type { ScopeEntity } from "../../model.js";
import { eventFrame, venueOf } from "./frame-event.js";
import { measureClass } from "./frame-measure.js";
import { addStreet, countedPeople, namesIn, ordered, ownerOf, placeEntity, slugOf } from "./frame-scope.js";
import { nounClass } from "./frame-measure.js";
import { peoplePair } from "./people-pair.js";
import { CASUALTY, isRoleOf, PEOPLE } from "./lexicon.js";
import { capitalOf, gazetteerPlace, isGazetteerPlace, organisationId, placesAround } from "./gazetteer.js";
import type { Reading, SubjectStep } from "./reading.js";
import { placesAroundIn } from "./named-place.js";
import { GENERIC_EVENT_STEP, STORY_EVENT_STEP, STORY_NAMES_STEP } from "./frame-story-steps.js";
import { EVENT_LABEL_STEP, STRUCTURE_STEP } from "./frame-structure-steps.js";
import { placeBefore } from "./place-before.js";
import { storyEventNamed } from "./story-event.js";
import { storyNames } from "./story-names.js";
import { NAMED_MEASURE_STEP } from "./named-measure.js";
import { stop } from "./quantity-head.js";
import { NATIONALITY_STEP } from "./nationality.js";
import { EMPLOYER_STEP } from "./employer.js";
import { SUBSET_STEPS } from "./subset-steps.js";
import { isCapitalized, wordsIn } from "./words.js";
import { PART_OF_CASUALTY_STEP } from "./part-of-casualty.js";
import { THING_STORY_STEP } from "./thing-story.js";

/**
 * The steps that turn a quantity's subject into a frame (measure class, scope, event), in
 * order. Each adds its name to the frame's rules when it adds something.
 */
export const FRAME_STEPS: readonly SubjectStep[] = [
  { name: "frame.measure", run: (r) => { r.frame.measure = measureClass(r); r.frame.rules.push("frame.measure"); } },
  NAMED_MEASURE_STEP,
  // "10 Marines" killed: a count of one group of the dead, a part of the toll, never the toll
  // itself; so the group is in the measure ("killed.marine") as well as in the scope.
  {
    name: "frame.counted-group",
    run: (r) => {
      // "1,200 children and adults" taken hostage are all of them, no group.
      const counted = r.casualty && r.phrase && !CASUALTY[r.phrase.head.lower] && !peoplePair(r.input.text, r.phrase, r.phrase.end)?.whole ? countedPeople(r.phrase.words, nounClass, (noun) => PEOPLE.has(noun)) : null;
      // "28 workers killed" in a mine blast: a role says who the dead were, all of them, not a part.
      // "forced 50,000 residents to evacuate": the residents are all of those evacuated.
      if (!counted || isRoleOf(counted.id, r.frame.measure?.id)) return;
      r.frame.measure = { ...r.frame.measure!, id: `${r.frame.measure!.id}.${counted.id}` };
      r.frame.scope.push(counted);
      r.frame.rules.push("frame.counted-group");
    },
  },
  PART_OF_CASUALTY_STEP,
  ...SUBSET_STEPS,
  {
    name: "frame.event",
    run: (r) => {
      if (!r.event) return;
      r.frame.event = eventFrame(r.event, r.input.text, r.input.sentence, r.input.context);
      r.frame.rules.push("frame.event");
      // "the market": a venue is a named thing of the event's scope, not a place to resolve.
      const venue = venueOf(r.input.text, r.event.span, r.event.noun);
      if (venue) r.frame.scope.push({ kind: "named", id: venue.id, text: venue.text });
      if (r.frame.event.date) r.frame.rules.push("frame.event-date");
    },
  },
  GENERIC_EVENT_STEP,
  STORY_EVENT_STEP,
  {
    name: "frame.scope-place",
    run: (r) => {
      const { text, sentence } = r.input;
      const scope = r.frame.scope;
      // The place as read, not as slugged for the key: "syria+turkey" stays a joint place.
      const place = r.place?.place ?? r.demonymAsPlace ?? r.event?.place;
      if (place) {
        const words = r.place?.span ? text.slice(r.place.span.start, r.place.span.end) : place;
        scope.push(placeEntity(place, words, text, sentence));
      }
      const eventPlace = r.frame.event?.place;
      const chain = eventPlace ? r.input.context?.places?.get(eventPlace) : undefined;
      // "the earthquake [in Gansu Province] had claimed 105 lives in Qinghai": a count told at a place
      // of its own, neither the event's nor around it, is that place's part; the event's place is no scope of it.
      if (eventPlace && apart(r, eventPlace, chain)) {
        if (scope.length) r.frame.rules.push("frame.scope-place");
        return;
      }
      if (eventPlace && chain && eventPlace !== place) scope.unshift({ kind: "place", id: eventPlace, text: r.frame.event!.text, within: chain });
      else if (eventPlace && eventPlace !== place && (isGazetteerPlace(eventPlace) || place === undefined)) scope.push(placeEntity(eventPlace, eventPlace, text, sentence));
      // A named street or venue belongs to the event it is in ("the bombing on Oxford Street in London").
      if (r.frame.event) addStreet(scope, r.frame.event, text, sentence);
      if (scope.length) r.frame.rules.push("frame.scope-place");
    },
  },
  // "In Turkey, at least 2,921 people were killed, while in Syria 1,444 people died": a place
  // phrase right before the figure scopes it, as one after its noun does.
  {
    name: "frame.scope-place-before",
    run: (r) => {
      if (r.frame.scope.some((e) => e.kind === "place")) return;
      const entity = placeBefore(r);
      // "in Matanao, about 50 km south of Davao": the named thing measured is that place already.
      if (!entity || r.frame.scope.some((e) => e.id === entity.id)) return;
      r.frame.scope.push(entity);
      r.frame.rules.push("frame.scope-place-before");
    },
  },
  {
    name: "frame.scope-names",
    run: (r) => {
      const subject = r.subject!;
      const { text, sentence, mention } = r.input;
      const scope = r.frame.scope;
      const before = scope.length;
      if (subject.group) scope.push(organisationId(subject.group) ? { kind: "organisation", id: organisationId(subject.group)!, text: subject.group } : { kind: "group", id: subject.group, text: subject.group });
      const span = r.countedSpan ?? r.headSpan ?? r.phrase;
      // A named measure's thing is already in the scope, as one entity.
      if (span && !r.named) scope.push(...namesIn(text, span, sentence.start));
      if (r.headSpan || r.phrase) {
        const owner = ownerOf(text, r.headSpan ?? r.phrase!, mention.start);
        if (owner && !scope.some((e) => e.id === owner.id)) scope.push(owner);
      }
      const name = r.event?.name;
      if (name && !scope.some((e) => e.id.startsWith(`${name}-`))) scope.push({ kind: "named", id: name, text: name });
      if (scope.length > before) r.frame.rules.push("frame.scope-names");
    },
  },
  EMPLOYER_STEP,
  NATIONALITY_STEP,
  // "In the capital alone, 40 died": narrower than the country the article is about.
  {
    name: "frame.scope-alone",
    run: (r) => {
      const { text, sentence, mention } = r.input;
      const clause = text.slice(sentence.start, mention.start);
      const capital = /\b(?:in|across)\s+the\s+capital(?:\s+city)?\b/i.exec(clause);
      const alone = /^\s*(?:In|in)\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})\s+alone\b/u.exec(clause);
      let entity: ScopeEntity | null = null;
      if (capital) {
        const country = lastCountryBefore(text, sentence.start);
        const id = country ? capitalOf(country) : null;
        entity = id ? { kind: "place", id, text: capital[0], within: [country!, ...placesAround(country!)] } : { kind: "named", id: "capital", text: capital[0] };
      } else if (alone) {
        const place = gazetteerPlace(alone[1]!.replace(/\.$/, ""));
        entity = place ? { kind: "place", id: place, text: alone[1]!, within: placesAround(place) } : { kind: "named", id: slugOf(alone[1]!), text: alone[1]! };
      }
      if (!entity) return;
      r.frame.scope.unshift(entity);
      r.frame.rules.push("frame.scope-alone");
    },
  },
  STRUCTURE_STEP,
  EVENT_LABEL_STEP,
  STORY_NAMES_STEP,
  THING_STORY_STEP,
  // "a magnitude 5.4 tremor" with no event of its own or of the story: which quake is unknown, so
  // the figure is compared with nothing rather than with every other magnitude.
  // A magnitude is compared only in a story of one quake: "a day after a 6.1 quake hit the north"
  // beside "a new 6.3 quake" are two events, and their magnitudes are no conflict.
  {
    name: "frame.event-measure-event",
    run: (r) => {
      if (!r.eventMeasure) return;
      // "the ship capsized ... some 10 km northwest of Mwanza", "sunken in 700 meters of water": a measure of where the event
      // happened belongs to its own sentence's event, which the check compares; a magnitude needs the story's one quake.
      if (r.eventMeasure.ownEvent && r.frame.event) return;
      const story = r.input.context ? storyEventNamed(r.input.context, r.input.sentence, true) : undefined;
      if (!r.frame.event || !story || story.frame.id !== r.frame.event.id) return stop(r);
      // The story's one quake: its magnitude carries the story's names as its tolls do, so two
      // reports placing it at two levels ("near Surigao City", "in Mindanao") still meet.
      const names = storyNames(r.input.context!).filter((n) => !r.frame.scope.some((e) => e.id === n.id));
      if (names.length === 0) return;
      r.frame.scope.push(...names);
      r.frame.rules.push("frame.story-names");
    },
  },
  { name: "frame.order", run: (r) => { r.frame.scope = ordered(r.frame.scope); } },
];

/** Whether the count's own place phrase names a place apart from the event's: neither is the other or inside it. */
function apart(r: Reading, eventPlace: string, chain: readonly string[] | undefined): boolean {
  const own = r.place?.place;
  if (!own || own === eventPlace || own.includes("+") || !r.input.context) return false;
  if (chain?.includes(own) || placesAround(eventPlace).includes(own)) return false;
  const around = [...placesAroundIn(r.input.context, own), ...placesAround(own)];
  return !around.includes(eventPlace);
}

/** The country named last before `at`, within a few thousand characters. */
function lastCountryBefore(text: string, at: number): string | null {
  const words = wordsIn(text, Math.max(0, at - 3000), at);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (!isCapitalized(word)) continue;
    for (const name of [words[i - 1] ? `${words[i - 1]!.text} ${word.text}` : "", word.text.replace(/['’]s$/, "")]) {
      const place = name ? gazetteerPlace(name) : null;
      if (place && capitalOf(place)) return place;
    }
  }
  return null;
}

