import type { Claim, Frame, ScopeEntity } from "../../model.js";
import { AGE, PERSON_AGE, PERSON_PREFIX } from "../../extract/subject/person-age.js";
import { gapDays, SAME_MOMENT_DAYS } from "../time.js";
import type { SameThing } from "../same-thing.js";

/**
 * Two ages of one named person (core/extract/subject/person-age.ts): "23-year-old Salman Abedi"
 * and "Salman Abedi, 22" a day apart cannot both be right. One person is one surname whose given
 * names do not conflict: "Ignazio Giordano" and "Giordano" are one man, "Chris Smith, 50," and his
 * son "Tom Smith, 20," are two. A person grows a year older between reports far enough apart for
 * a birthday: the later report's age may be higher by the years between them, or one more.
 */

/** Why two ages are not compared: another person, or an age the years between the reports explain. */
export type AgeStop = "measure" | "scopes-conflict" | "aged-between";

/** The person a frame gives the age of, or undefined for any other frame. */
function personOf(frame: Frame): ScopeEntity | undefined {
  if (frame.measure.id !== AGE || !frame.rules?.includes(PERSON_AGE)) return undefined;
  return frame.scope.find((entity) => entity.id.startsWith(PERSON_PREFIX));
}

/** The given names of a name as written: all but the surname (and a suffix: "John Smith Jr."). */
function givenNames(name: string): string[] {
  const words = name.split(/\s+/).filter((word) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(word));
  return words.slice(0, -1).map((word) => word.toLowerCase().replace(/\.$/, ""));
}

/** "Randall" and "R", "Chris" and "Christopher": one given name written two ways. */
function oneGivenName(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short === long || (short.length === 1 && long.startsWith(short)) || (short.length >= 3 && long.startsWith(short));
}

/**
 * Whether two names can be one person's: a name with no given name fits any; two sets of given
 * names must share one.
 * @example givenNamesAgree("Ignazio Giordano", "Giordano") // true
 * @example givenNamesAgree("Chris Smith", "Tom Smith") // false
 */
export function givenNamesAgree(x: string, y: string): boolean {
  const [gx, gy] = [givenNames(x), givenNames(y)];
  return gx.length === 0 || gy.length === 0 || gx.some((a) => gy.some((b) => oneGivenName(a, b)));
}

/**
 * Whether the years between two reports explain their ages: the later report's age is the earlier
 * one's plus the whole years between them, or one more (a birthday in the part year). Within the
 * days of one story (SAME_MOMENT_DAYS) nothing is explained: a birthday there is unlikely.
 */
function agedBetween(a: Claim, b: Claim, gap: number): boolean {
  if (gap <= SAME_MOMENT_DAYS || typeof a.value !== "number" || typeof b.value !== "number") return false;
  const [earlier, later] = (a.asOf ?? "") <= (b.asOf ?? "") ? [a, b] : [b, a];
  const grown = (later.value as number) - (earlier.value as number);
  const years = Math.floor(gap / 365.25);
  return grown === years || grown === years + 1;
}

/** "told 1 day apart: a birthday between them is unlikely": what time can explain of two ages. */
function birthdayWords(gap: number): string {
  const days = gap === 0 ? "the same day" : `${gap} day${gap === 1 ? "" : "s"} apart`;
  if (gap <= SAME_MOMENT_DAYS) return `told ${days}: a birthday between them is unlikely`;
  const most = Math.floor(gap / 365.25) + 1;
  return `told ${days}: birthdays between them explain ${most} year${most === 1 ? "" : "s"} more at most`;
}

/**
 * The comparison of two ages of named people: undefined when neither frame is one (the other
 * frames' comparison decides), a stop when they are two people or the years between explain
 * them, else the match (strong when both give the person's given names within a story's week).
 * @example ageMatch(abedi23, fa, abedi22, fb) // { strength: "strong", why: "both: the age of Salman Abedi (told 1 day apart: ...)" }
 */
export function ageMatch(a: Claim, fa: Frame, b: Claim, fb: Frame): SameThing | AgeStop | undefined {
  const [x, y] = [personOf(fa), personOf(fb)];
  if (!x && !y) return undefined;
  if (!x || !y) return "measure";
  if (x.id !== y.id || !givenNamesAgree(x.text, y.text)) return "scopes-conflict";
  const gap = gapDays(a.asOf, b.asOf) ?? 0;
  if (agedBetween(a, b, gap)) return "aged-between";
  // A surname alone, or reports more than a story's week apart (a namesake in another story may be another person): weak.
  const full = givenNames(x.text).length > 0 && givenNames(y.text).length > 0 && gap <= SAME_MOMENT_DAYS;
  const name = x.text.length >= y.text.length ? x.text : y.text;
  return { strength: full ? "strong" : "weak", why: `both: the age of ${name} (${birthdayWords(gap)})` };
}
