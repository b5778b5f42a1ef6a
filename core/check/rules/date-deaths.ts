import type { Claim, ScopeEntity } from "../../model.js";
import { misspelt, shortForm } from "./date-names.js";

/**
 * A person's death and the happening that killed them are one happening told two ways: "Baghdadi
 * was killed in a US special forces raid ... on Sunday" (date.death, the person) and "the raid
 * that killed al-Baghdadi ... 26 October 2019" (date.occurred, the raid, the person it is known
 * by in its scope). pairs.ts groups claims by their subject's head (death, raid), so such pairs
 * are made here, and the event's claim is recast as the person's death to be compared.
 */

const DEATH = "date.death";
const OCCURRED = "date.occurred";

/** The person a death's date is about. */
function personOf(claim: Claim): ScopeEntity | undefined {
  const frame = claim.subject?.frame;
  return frame?.measure.id === DEATH ? frame.scope.find((e) => e.kind === "named") : undefined;
}

/** The mark the subject reader leaves on an event it read with the person it killed ("the raid that killed al-Baghdadi"). */
const KILLED_NAMED = "frame.killed-named";

/**
 * The entity of an event's scope that names the person it killed (the same, written short or
 * long, or misspelt by a letter). An event that names a person it did not kill ("the attack on
 * Salman Rushdie on August 12, 2022", "the strike targeting Mohammed Deif") dates no death.
 */
function namedIn(event: Claim, person: ScopeEntity): ScopeEntity | undefined {
  const frame = event.subject?.frame;
  if (frame?.measure.id !== OCCURRED || !frame.event || !frame.rules?.includes(KILLED_NAMED)) return undefined;
  return frame.scope.find((e) => e.kind === "named" && (e.id === person.id || shortForm(e, person) || misspelt(e, person)));
}

/** The event's claim as the death of the person it names, or null when it names no such person. */
export function asDeathOf(event: Claim, death: Claim): Claim | null {
  const person = personOf(death);
  if (!person || !namedIn(event, person)) return null;
  const frame = event.subject!.frame!;
  const { event: _event, ...rest } = frame;
  return { ...event, subject: { ...event.subject!, frame: { ...rest, measure: { ...frame.measure, id: DEATH }, scope: [person] } } };
}

/** Pairs of a death and an event naming the person, one from each list (the same list for one article). */
export function deathEventPairs(own: readonly Claim[], related: readonly Claim[]): [Claim, Claim][] {
  const deaths = (list: readonly Claim[]) => list.filter((c) => personOf(c));
  const events = (list: readonly Claim[]) => list.filter((c) => c.subject?.frame?.measure.id === OCCURRED && c.subject.frame.event);
  const pairs: [Claim, Claim][] = [];
  for (const [ds, es] of [[deaths(own), events(related)], [events(own), deaths(related)]] as const) {
    for (const a of ds) for (const b of es) {
      const [death, event] = personOf(a) ? [a, b] : [b, a];
      if (a !== b && asDeathOf(event, death)) pairs.push([a, b]);
    }
  }
  return pairs;
}
