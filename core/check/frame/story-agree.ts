import type { ScopeEntity } from "../../model.js";
import { flag, mark, PREFIX, type SharedName, sharedNames } from "./story-shared.js";

/**
 * What else two reports must agree on for the story match (story-names.ts `storyMatch`) when the
 * names they share say little: a name written one letter apart, or a known place alone. A reader
 * takes "Princess Ishika" and "Princess Ashika" for one ferry when the rest of the two reports
 * agrees, and two reports of a building collapse in Mumbai for one collapse when they tell the
 * same day; a busy city has many events of one class in a month.
 */

/** The mark of the known city a sentence puts a rare name in (core/extract/subject/story-names.ts STORY_CITY). */
const IN = "in:";

/**
 * The shared names that count: a name written one letter apart ("Ishika" / "Ashika") is one
 * name only when the reports agree on something else, another name written alike, or both the
 * class of event and the day their leads tell; else a rare name's near miss is another name.
 */
export function agreedNames(pairs: readonly SharedName[], ca: string | undefined, cb: string | undefined, da: string | undefined, db: string | undefined): SharedName[] {
  const alike = pairs.filter((p) => !p.respelt);
  const agree = alike.length > 0 || (ca !== undefined && ca === cb && da !== undefined && da === db);
  return agree ? [...pairs] : alike;
}

/** Two reports naming only one known place in common, not telling their event's day, are of one event when published this close. */
const KNOWN_ALONE_DAYS = 2;

/** Both leads tell the same day of the event, or, when either tells none, published within KNOWN_ALONE_DAYS. */
const sameDayTold = (days: number, da: string | undefined, db: string | undefined): boolean => (da && db ? da === db : days <= KNOWN_ALONE_DAYS);

/**
 * A known place (a city, a province) both leads give as the only name in common, with the same
 * class of event (checked by the caller): one event when more than the place agrees, that is both
 * leads telling the same day of it ("on Thursday morning" / "since the collapse early yesterday"),
 * or, when either tells none, both published within KNOWN_ALONE_DAYS. Two events of one class in
 * one city on different days stay apart (leads telling two days), and so do two that each name a
 * finer place of their own the other does not ("Bhendi Bazaar" / "Dongri": two collapses in Mumbai).
 */
export function knownAlone(inLeads: readonly SharedName[], mine: readonly ScopeEntity[], theirs: readonly ScopeEntity[], days: number, da: string | undefined, db: string | undefined): boolean {
  if (inLeads.length === 0) return false;
  return sameDayTold(days, da, db) && !finerPlacesDiffer(mine, theirs);
}

/**
 * A known place one lead gives and the other report names only in its body, its lead naming no
 * place ("Death toll rises to 38 in Italy bridge collapse / A vast span of the Morandi bridge caved
 * in ... in the northern port city", its body "the Genoa tragedy"), with the same class of event
 * (checked by the caller): one event on the terms of `knownAlone` (the same day told, or published
 * within KNOWN_ALONE_DAYS), and no finer place of the lead's own that the other does not name. A
 * built thing a lead names ("the Morandi bridge": `site`) stands in a place and is no place of
 * its own. A lead that names another place is another story that mentions the city, and so is a
 * body naming a second known place.
 */
export function knownOnce(pairs: readonly SharedName[], mine: readonly ScopeEntity[], theirs: readonly ScopeEntity[], days: number, da: string | undefined, db: string | undefined): boolean {
  // A lead naming no place, a body naming one known place (two are a story told against another).
  const placeless = (names: readonly ScopeEntity[]) => !names.some(leadPlace) && names.filter((n) => flag(n, "known")).length === 1;
  const once = pairs.some((p) => flag(p.mine, "known") && flag(p.theirs, "known") && !p.respelt
    && ((flag(p.mine, "lead") && placeless(theirs)) || (flag(p.theirs, "lead") && placeless(mine))));
  if (!once) return false;
  return sameDayTold(days, da, db) && !ownFinerPlace(mine, theirs) && !ownFinerPlace(theirs, mine);
}

/**
 * A name a lead gives as a place: not a built thing that stands in one ("the Morandi bridge",
 * core/extract/subject/story-names.ts STORY_SITE).
 * @example leadPlace(morandiBridge) // false
 */
export function leadPlace(name: ScopeEntity): boolean {
  return flag(name, "lead") && !flag(name, SITE);
}

/** The mark of a built thing's name (core/extract/subject/story-names.ts STORY_SITE). */
const SITE = "site";

/**
 * A rare name (one the gazetteer does not know: a village, a beach, a festival) one lead gives
 * and the other report names only in its body, with the same class of event told in both and
 * published within the week (checked by the caller): one event, unless the other report's lead
 * gives a finer place of its own that the first does not name (a second event whose report recalls
 * the first by name). Outlets put different names in their headlines: "Balochistan" over "Harnai"
 * in its body, the Harnai earthquake of 2013 (retired aside8).
 * @example rareToldOnce([harnaiPair], [harnaiLead], [balochistanLead, harnaiBody]) // true
 */
export function rareToldOnce(pairs: readonly SharedName[], mine: readonly ScopeEntity[], theirs: readonly ScopeEntity[]): boolean {
  const rare = (p: SharedName) => !flag(p.mine, "known") && !flag(p.theirs, "known") && !p.respelt;
  return pairs.some((p) => rare(p) && ((flag(p.mine, "lead") && !flag(p.theirs, "lead") && !ownFinerPlace(theirs, mine))
    || (flag(p.theirs, "lead") && !flag(p.mine, "lead") && !ownFinerPlace(mine, theirs))));
}

/** A finer place a lead gives of its own (a rare name, not a built thing) that the other report does not name. */
function ownFinerPlace(names: readonly ScopeEntity[], other: readonly ScopeEntity[]): boolean {
  return names.some((n) => leadPlace(n) && !flag(n, "known") && sharedNames([n], other).length === 0);
}

/**
 * A rare name both leads give, one report naming no kind of event (checked by the caller): one
 * event when more than the name agrees, as for a known place alone (`knownAlone`): both leads
 * telling the same day, or, when either tells none, both published within KNOWN_ALONE_DAYS.
 * "Santa Teresa" in both headlines, one
 * telling a bus plunge and the other only the dead, is one story; a province in both is not (a
 * known place: many events of one class).
 * @example rareInBothLeads([santaTeresaPair], 0, undefined, undefined) // true
 */
export function rareInBothLeads(pairs: readonly SharedName[], days: number, da: string | undefined, db: string | undefined): boolean {
  const both = pairs.some((p) => !flag(p.mine, "known") && !flag(p.theirs, "known") && !p.respelt && flag(p.mine, "lead") && flag(p.theirs, "lead"));
  return both && sameDayTold(days, da, db);
}

/**
 * A rare name both stories carry wherever they give it (a village, a crossing, a river: "Cijeruk"
 * a paragraph down in two reports of one landslide), with no class of event told against the
 * other (checked by the caller) and more than the name agreeing: both leads telling the same day
 * of the event, or, when either tells none, both published within KNOWN_ALONE_DAYS. A rare place
 * seldom has two events of one class in two days; two reports whose leads each give a finer place
 * of their own that the other does not name stay apart (two events near one river).
 * @example rareSameDay([cijerukPair], [cijerukBody], [centralJavaLead, cijerukBody], 1, "2006-01-04", "2006-01-04") // true
 */
export function rareSameDay(pairs: readonly SharedName[], mine: readonly ScopeEntity[], theirs: readonly ScopeEntity[], days: number, da: string | undefined, db: string | undefined): boolean {
  const rare = pairs.some((p) => !flag(p.mine, "known") && !flag(p.theirs, "known") && !flag(p.mine, SITE) && !flag(p.theirs, SITE));
  return rare && sameDayTold(days, da, db) && !finerPlacesDiffer(mine, theirs);
}

/** Each lead gives a rare name (a finer place: a district, a street) and none of them is the other's. */
function finerPlacesDiffer(mine: readonly ScopeEntity[], theirs: readonly ScopeEntity[]): boolean {
  const finer = (names: readonly ScopeEntity[]) => names.filter((n) => flag(n, "lead") && !flag(n, "known"));
  const [a, b] = [finer(mine), finer(theirs)];
  return a.length > 0 && b.length > 0 && sharedNames(a, b).length === 0;
}

/**
 * Whether a place the gazetteer lacks is, for the story match, inside a known city: a sentence of
 * its own story puts it in a city the other story names ("Mazgaon in south Mumbai"), or its own
 * story's lead gives it as a rare name beside a known place the other story's lead gives too
 * ("Mumbai building crash: ... the building collapse in Mazgaon area" against "Mumbai collapse
 * death toll climbs to 60"). A newsroom's lead names the city and the neighbourhood in it; the
 * other report, naming no finer place of its own (`knownAlone`), tells the city only.
 * @example insideLeadCity("mazgaon", [mumbaiLead, mazgaonLead], [mumbaiLead]) // true
 */
export function insideLeadCity(place: string, own: readonly ScopeEntity[], others: readonly ScopeEntity[]): boolean {
  const name = own.find((n) => n.id === `${PREFIX}${place}` && !flag(n, "known"));
  // "Mazgaon in south Mumbai", "south Mumbai's Dongri": its own sentence put it in a city the other story names.
  const city = name ? mark(name, IN) : undefined;
  if (city && others.some((n) => n.id === `${PREFIX}${city}`)) return true;
  const rare = name !== undefined && flag(name, "lead");
  if (!rare) return false;
  const cities = own.filter((n) => flag(n, "lead") && flag(n, "known"));
  return sharedNames(cities, others.filter((n) => flag(n, "lead"))).length > 0;
}

/**
 * Whether a place the gazetteer lacks is, for the story match, where the other report's event
 * is: its own story's lead gives it beside a name both leads give, and the other report places
 * its event at that shared name itself. One outlet's lead tells the village ("explosion at
 * Murungapatti near Thuraiyur"), the other the town near it ("blast in Thuraiyur"): one event
 * told at two levels of place. Two events at two villages near one town stay apart: the other
 * report then places its event at a village of its own, not at the town both name.
 * @example besideSharedName("murungapatti", [murungapattiLead, thuraiyurLead], [thuraiyurLead], "thuraiyur") // true
 */
export function besideSharedName(place: string, own: readonly ScopeEntity[], others: readonly ScopeEntity[], otherPlace: string | undefined): boolean {
  if (otherPlace === undefined || otherPlace === place) return false;
  const name = own.find((n) => n.id === `${PREFIX}${place}` && !flag(n, "known") && flag(n, "lead"));
  if (!name) return false;
  const leads = (names: readonly ScopeEntity[]) => names.filter((n) => flag(n, "lead") && n.id === `${PREFIX}${otherPlace}`);
  return leads(own).length > 0 && leads(others).length > 0;
}
