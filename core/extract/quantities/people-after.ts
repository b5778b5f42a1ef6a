import { mark, type Candidate } from "./candidate.js";

/**
 * What is said of a bare count right after it, when only people can be that: "leaving millions
 * without power", "left tens of thousands marooned", "300 were evacuated". Data, lowercase.
 */
const PEOPLE_PREDICATES = /^[ \t]{1,2}(?:(?:were|are|was|have[ \t]been|had[ \t]been|remain|remained)[ \t]{1,2})?(?:without[ \t]{1,2}(?:power|electricity|heat|heating|homes?|shelter|food|water)|homeless|stranded|marooned|displaced|evacuated|injured|wounded|hospitali[sz]ed|trapped|missing|dead|killed|arrested|rescued|fled|died|protested|marched|rallied)(?![A-Za-z])/i;

/** Between a count of people and the next figure of the same list: ", including", " in Ohio and". */
const LIST_OF_PEOPLE = /^(?:[ \t]{1,2}(?:people|persons|residents|customers))?[^.;:!?\d]{0,40}?(?:,[ \t]{1,2}including|,?[ \t]and|,)[ \t]{1,2}$/i;

const isBare = (c: Candidate) => c.kind === "quantity" && !c.unit && !c.countUnit && !c.noun;
const isPeople = (c: Candidate) => c.countUnit === "person" || c.unit?.id === "person";

/**
 * Counts with no noun that the words around make counts of people: a people predicate after the
 * figure ("millions without power"), or a list item after a count of people ("two million
 * people, including more than 400,000 in Massachusetts and 320,000 in New York").
 * @example readPeopleAfter("leaving millions without power", [millions]) // countUnit "person"
 */
export function readPeopleAfter(text: string, live: Candidate[]): void {
  let previous: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    if (isBare(c)) {
      const predicate = PEOPLE_PREDICATES.test(text.slice(c.end, c.end + 40));
      const listed = previous !== undefined && isPeople(previous) && previous.end <= c.start && c.start - previous.end <= 60 &&
        LIST_OF_PEOPLE.test(text.slice(previous.end, c.start));
      if (predicate || listed) {
        c.countUnit = "person";
        mark(c, "people-after");
      }
    }
    previous = c;
  }
}
