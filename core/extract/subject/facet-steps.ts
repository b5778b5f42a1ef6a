import type { Span } from "../span.js";
import { actorOf } from "./actor.js";
import { buildSubject } from "./key.js";
import { measureOf } from "./measure.js";
import type { NounPhrase } from "./noun-phrase.js";
import { hostPlace, placeAfter, possessivePlace } from "./place.js";
import { FORCES, GENERIC, LONG_THINGS, sourceWords, stop } from "./quantity-head.js";
import { groupOfPlace } from "./places.js";
import type { SubjectStep } from "./reading.js";

/**
 * The steps after a quantity's head is read (steps.ts): its facets (where the count holds, whose
 * forces or share, which measure), then the subject built from them, dropped when it is a generic
 * head with nothing to tell it apart.
 */
export const FACET_STEPS: readonly SubjectStep[] = [
  // Where the count holds: a host verb, a place phrase after the noun, a possessive.
  {
    name: "subject.place",
    run: (r) => {
      // "The quake struck 60 km north of Kathmandu": the place after a distance is where it is told from (distance-from.ts).
      if (r.eventMeasure?.measure === "distance") return;
      const { text, sentence, mention, previousSentence } = r.input;
      const host = hostPlace(text, sentence, mention.start, previousSentence);
      const after = placeAfter(text, r.countedSpan?.phrase.end ?? (r.phrase ? r.phrase.end : r.casualty?.part ? r.casualty.span.end : mention.end), sentence.end);
      r.place = host ?? (after?.place ? after : null) ?? possessivePlace(text, mention.start);
      if (r.place?.rule) r.rules.push(r.place.rule);
      if (!r.group && after?.origin) {
        r.group = after.origin;
        r.rules.push("subject.origin");
      }
    },
  },
  // "213 of those deaths occurring in Valencia" is the toll of a place; "12 of those killed" alone
  // is some part nobody names, no count to compare.
  { name: "subject.part", run: (r) => (r.casualty?.part && !r.place?.place ? stop(r) : undefined) },
  {
    name: "subject.measure",
    run: (r) => {
      const { text, mention } = r.input;
      r.measure = r.eventMeasure?.measure ?? r.named?.cls ?? measureOf(text, mention)
        ?? (mention.kind === "percent" ? "share" : undefined)
        ?? (mention.dimension === "length" && LONG_THINGS.has(r.head!) ? "length" : undefined);
    },
  },
  // "Russia has 1,000 troops", "Damascus controls 70%": whose forces, whose share.
  {
    name: "subject.actor",
    run: (r) => {
      if (r.group || (r.measure !== "share" && !FORCES.has(r.head!))) return;
      const actor = actorOf(r.input.text, r.input.sentence, r.input.mention.start, r.measure === "share" ? "holding" : "deploying");
      r.group = actor && FORCES.has(r.head!) ? groupOfPlace(actor) ?? actor : actor;
      if (r.group) r.rules.push("subject.actor");
    },
  },
  {
    name: "subject.build",
    run: (r) => {
      const event = r.event ?? undefined;
      const parts = [r.phrase, r.headSpan, r.casualty?.span, r.place?.span, event?.span].filter((s): s is Span | NounPhrase => Boolean(s));
      r.subject = buildSubject({
        text: sourceWords(r.input.text, parts),
        head: r.head!,
        measure: r.measure,
        group: r.group,
        place: r.place?.place ?? r.demonymAsPlace ?? event?.place,
        event: event?.event,
      });
    },
  },
  // A generic head with no facet ("5 million people") would match every other one; people
  // need more than a place ("4.1 million people in Syria need aid" is not its population).
  // A counted phrase with a status ("Syrians under temporary protection") is no generic count.
  {
    name: "subject.generic",
    run: (r) => {
      const s = r.subject!;
      if (GENERIC.has(s.head) && !s.group && !s.event && (s.head === "person" || !s.place)) return stop(r);
    },
  },];
