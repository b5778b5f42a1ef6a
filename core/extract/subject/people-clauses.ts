import measures from "./data/measures.js";
import { wordAlternation as alt } from "./alternation.js";

/**
 * Counts of people whose class a clause tells, with no status word next to the figure: the hurt
 * told by where they went ("Ten others were rushed to hospitals", "nine people remain in
 * hospital") and the displaced or evacuated told by what a disaster forced them to do ("forced
 * about 50,000 residents to evacuate", "forcing 3,000 people to flee their homes"); and the missing
 * told by what is feared of them ("over 120 were feared dead", "six people ... are presumed dead"):
 * people not found and presumed dead are no count of the dead found, whom reports give beside them
 * ("42 people were found dead and over 120 were feared dead"). The words are data (data/measures.ts
 * 'hospital', 'forcedOut', 'presumedDead').
 */

const { hospital, forcedOut } = measures;
const AUXILIARY = String.raw`(?:have|has|had|were|was|are|is|been|being|all|also|later|reportedly|since|already|still|now)`;
const HOSPITALS = String.raw`(?:the\s+|a\s+|an\s+|local\s+|nearby\s+|several\s+|different\s+|various\s+|area\s+|two\s+|three\s+)*hospitals?`;
/** "were rushed to hospitals", "have been admitted to a nearby hospital", "remain in hospital". */
const TO_HOSPITAL = new RegExp(
  String.raw`^(?:\s+(?:who|that))?(?:\s+${AUXILIARY})*\s+(?:(?:${alt(hospital.sent)})\s+(?:to|in|into|at)\s+${HOSPITALS}|(?:${alt(hospital.stayed)})\s+(?:${AUXILIARY}\s+)?in\s+${HOSPITALS})\b`,
  "i",
);
/** "were rushed to the Chittagong Medical College Hospital": a hospital told by its name, in capitals (so no "i" flag). */
const TO_NAMED_HOSPITAL = new RegExp(
  String.raw`^(?:\s+(?:who|that))?(?:\s+${AUXILIARY})*\s+(?:${alt(hospital.sent)})\s+(?:to|in|into|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,5}Hospitals?\b`,
  "u",
);
const TO_SHELTER = new RegExp(
  String.raw`^(?:\s+(?:who|that))?(?:\s+${AUXILIARY})*\s+(?:${alt(measures.toShelter.verbs)})\s+to\s+(?:the\s+|an?\s+|temporary\s+|emergency\s+|government\s+|makeshift\s+|nearby\s+|local\s+|designated\s+)*(?:${alt(measures.toShelter.places)})\b`,
  "i",
);

/** The length of "were moved to emergency shelters" after a count of people, or 0: the evacuated. */
export function toShelter(after: string): number {
  return TO_SHELTER.exec(after)?.[0].length ?? 0;
}
const FORCING = new Set(forcedOut.verbs);
const PRESUMED = new RegExp(
  String.raw`^(?:\s+(?:more|others))?(?:\s+(?:who|that))?(?:\s+${AUXILIARY})*\s+(?:${alt(measures.presumedDead.verbs)})\s+(?:to\s+(?:be|have\s+been)\s+)?(?:${alt(measures.presumedDead.states)})\b`,
  "i",
);

/** The length of "were feared dead" after a count of people, or 0: the missing, presumed dead. */
export function presumedDead(after: string): number {
  return PRESUMED.exec(after)?.[0].length ?? 0;
}
/** "forced about 23,000 residents of El Dorado County to leave their homes": a named place may stand between. */
const OF_PLACE = String.raw`(?:\s+(?:of|in|from|across)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})?`;
const FORCED_TO = new RegExp(String.raw`^${OF_PLACE}\s+(${alt(Object.keys(forcedOut.to))})\b`, "iu");

const CARERS = new Set(hospital.carers);

/** The length of "were rushed to hospital" after a count of people, or 0; `head` is the counted noun ("doctors" are sent to care). */
export function toHospital(after: string, head: string | undefined): number {
  if ((head && CARERS.has(head)) || !/hospital/i.test(after)) return 0;
  return (TO_HOSPITAL.exec(after) ?? TO_NAMED_HOSPITAL.exec(after))?.[0].length ?? 0;
}

/** "forced about 50,000 residents to evacuate", "forced 5,000 from their homes": the class, when `verb` forces and `after` (past the counted phrase) says to what. */
export function forcedOutClass(verb: string | undefined, after: string): { kind: string; length: number } | null {
  if (!verb || !FORCING.has(verb)) return null;
  const to = FORCED_TO.exec(after);
  const kind = to ? forcedOut.to[to[1]!.toLowerCase().replace(/\s+/g, " ") as keyof typeof forcedOut.to] : undefined;
  return kind ? { kind, length: to![0].length } : null;
}
