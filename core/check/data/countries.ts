import gazetteer from "../../extract/subject/data/gazetteer.js";

/**
 * The gazetteer's countries (its top-level places), as data for the matcher: a country alone is
 * too wide to tell one event from another of its class ("the floods in Pakistan").
 */
export const COUNTRIES: ReadonlySet<string> = new Set(Object.keys(gazetteer.places));

/**
 * Whether a place id is a country, or a joint place of countries ("syria+turkey").
 * @example isCountry("france") // true
 * @example isCountry("paris") // false
 */
export function isCountry(id: string): boolean {
  return id.split("+").every((part) => COUNTRIES.has(part));
}
