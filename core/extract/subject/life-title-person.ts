import type { ScopeEntity } from "../../model.js";
import { wordAlternation } from "./alternation.js";
import careers from "./data/life-careers.js";
import officeWords from "./data/office-words.js";
import { slugOf } from "./frame-scope.js";
import { bareName, storyPerson } from "./life-story-person.js";

/**
 * "The former head of state died at Nairobi Hospital ... on Tuesday morning": an obituary names
 * its person in full once, then by the office they held, as it does by "he" (life-story-person.ts).
 * A clause whose subject is only the office ("the former president", "the late prime minister")
 * is about the report's person, when the report has one (a full name whose surname it writes again).
 */

const OFFICES = careers.offices.map((office) => office.replace(/\s+/g, String.raw`\s+`)).join("|");
/** The subject of a clause that is an office alone: "The former head of state", "the late president". */
const OFFICE_ALONE = new RegExp(String.raw`^\s*the\s+(?:(?:${wordAlternation(officeWords.beforeOffice)})\s+)*(?:${OFFICES})\s*(?:,\s*)?$`, "iu");

/**
 * The report's person a clause's subject stands for when it is only an office, or null.
 * @example titledPerson("Daniel Arap Moi is dead. The former head of state died ... Moi ...", "The former head of state ") // { kind: "named", id: "daniel-arap-moi", ... }
 */
export function titledPerson(text: string, subject: string): ScopeEntity | null {
  if (!OFFICE_ALONE.test(subject)) return null;
  const person = storyPerson(text);
  if (!person) return null;
  const name = bareName(person);
  return { kind: "named", id: slugOf(name), text: name };
}
