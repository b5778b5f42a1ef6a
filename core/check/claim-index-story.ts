/**
 * The story keys of the claim index (claim-index.ts): a toll filed under the names its story's
 * headline and lead give (frame/story-names.ts), where the other reports of its story look.
 */
import type { Frame, ScopeEntity } from "../model.js";
import { part } from "./claim-anchors.js";
import { isCountry } from "./data/countries.js";
import { canMatch, isKnownName, isLeadName, leadFullDay, storyClass, storyClasses, storyNamesOf } from "./frame/story-names.js";
import type { IndexAnchor } from "./claim-index-event.js";
import { leadPlace } from "./frame/story-agree.js";
import { spokenSlug } from "./frame/story-spelling.js";

/**
 * The mark of a story's key (`killed/story:earthquake@mandalay+pinned`) that holds the tolls whose
 * own event is pinned down by a place and a day: they meet the other reports of their event
 * through its keys, and need a story only to be found by the reports that do not pin it. So they
 * are filed apart and read only the story's key itself, and two pinned tolls of a busy city never
 * read each other through a story; the batch re-check walks the mark as inside the story's key.
 * The tolls of a story whose lead names no place and whose body names the city are filed here
 * too (`bodyCityAnchors`): found by the leads that give the city, never by each other.
 */
export const PINNED_MARK = "+pinned";

/**
 * The mark of a rare name's story key (`killed/story:@kullu+body`) that holds the tolls whose
 * report names it only in its body: one outlet puts the district in its headline, another a
 * paragraph down ("... in Kullu district of the Himalayan state"). A toll whose lead gives the
 * name reads this key besides its own; a toll filed here reads only the lead's key, so two
 * reports that both name it only in passing never read each other through it.
 */
export const BODY_MARK = "+body";

/** The prefix of the keys of a story (frame/story-names.ts): `killed/story:earthquake@mandalay`. */
export const STORY = "story:";

/**
 * A toll's story names (frame/story-names.ts), the names of its headline and lead only, at the
 * report's day, whether or not the toll names an event (two reports' tolls of one story meet there):
 * - a rare name (no gazetteer place: "Cianjur", "Idai") is one key whatever the class of event,
 *   `story:@cianjur`: it holds one story's tolls, and a report whose words name no kind of event
 *   meets the others there (the match weighs the class);
 * - a known place (a city many events share) is keyed by the class of event the toll is of,
 *   `story:earthquake@mandalay`; a toll whose event is pinned (a place below country level and a
 *   day) is filed apart there (PINNED_MARK), so two pinned tolls of a busy city never meet through it;
 * - a known place the body names, when the lead names no place (none, or only a built thing: "the
 *   Morandi bridge"), is filed apart like a pinned toll (layout 10): it reads the tolls of the leads
 *   that give the city.
 * @example storyAnchors(frameOf(tollOfMandalayQuake)!) // [{ filed: ["story:earthquake@mandalay"], read: ["story:earthquake@mandalay", "story:earthquake@mandalay+pinned"], event: false }, { filed: ["story:@sagaing"], … }]
 */
export function storyAnchors(frame: Frame): IndexAnchor[] {
  // The match needs a name one lead gives (frame/story-names.ts): lead names are keys, and a
  // rare name of the body is filed apart under its key, where the leads giving it look.
  const all = storyNamesOf(frame);
  const names = all.filter(isLeadName);
  // A lead that names no place, or only a built thing ("A vast span of the Morandi bridge caved in ...
  // in the northern port city"): the known city its body names is where the leads of other reports look.
  const cities = !names.some(leadPlace) ? bodyCityAnchors(frame, all) : [];
  if (!canMatch(all)) return cities;
  const body = all.filter((name) => !isLeadName(name) && !isKnownName(name))
    .map((name) => `${STORY}${RARE}${part(spokenSlug(name.id))}`)
    .map((key) => ({ filed: [`${key}${BODY_MARK}`], read: [key], event: false }));
  return [...leadAnchors(frame, names), ...body, ...cities, ...retoldAnchors(frame, names)];
}

/** The prefix of a retold event's keys: `killed/told:earthquake@tangshan#1976-07-28`. */
export const TOLD = "told:";

/**
 * The keys of a past event as its retellings tell it (frame/story-names.ts `retoldStory`): its
 * kind, a rare name its lead gives and the day its lead tells, read at any distance in time (the
 * nearest cap bounds the reads): one event's anniversaries meet there, and nothing else does.
 * @example retoldAnchors(frameOf(tollOfTangshanIn2010)!, names)[0]?.filed // ["told:earthquake@tangshan#1976-07-28"]
 */
function retoldAnchors(frame: Frame, names: readonly ScopeEntity[]): IndexAnchor[] {
  const type = storyClass(frame);
  const day = leadFullDay(names);
  if (type === undefined || day === undefined) return [];
  // "Chernobyl Nuclear Power" and "Chernobyl", a name written in full and short (story-shared.ts), meet under its first word.
  const slugs = names.filter((name) => !isKnownName(name)).map((name) => name.id.slice(name.id.indexOf(":") + 1));
  return [...new Set(slugs.flatMap((slug) => [spokenSlug(slug), spokenSlug(slug.split("-")[0]!)]))]
    .map((slug) => `${TOLD}${part(type)}@${part(slug)}#${day}`)
    .map((key) => ({ filed: [key], read: [key], event: false }));
}

/**
 * The known cities a toll's story names only in its body, when its lead names no place (a built thing is none): filed
 * with the pinned tolls of the city's key (`killed/story:collapse@genoa+pinned`), by the class of
 * event, so they read the tolls of the leads that give the city and never each other (a city
 * named in passing by two placeless leads ties nothing: frame/story-agree.ts `knownOnce`).
 */
function bodyCityAnchors(frame: Frame, all: readonly ScopeEntity[]): IndexAnchor[] {
  const types = storyClasses(frame);
  return all.filter((name) => !isLeadName(name) && isKnownName(name))
    .flatMap((name) => types.map((type) => `${STORY}${part(type)}@${part(name.id.slice(name.id.indexOf(":") + 1))}`))
    .map((key) => ({ filed: [`${key}${PINNED_MARK}`], read: [key], event: false }));
}

/** The story keys of a toll's lead names (`storyAnchors`). */
function leadAnchors(frame: Frame, names: readonly ScopeEntity[]): IndexAnchor[] {
  if (names.length === 0) return [];
  // A lead telling two classes of one incident ("crash and fire") files a known place under each.
  const types = storyClasses(frame);
  const event = frame.event;
  // Pinned: a day, and a place below country level (the event's, else its scope's, as its event keys take it).
  const places = [event?.place, ...frame.scope.filter((e) => e.kind === "place").map((e) => e.id)].filter((p): p is string => Boolean(p));
  const pinned = Boolean(event?.date) && places.some((p) => !isCountry(p));
  return names.flatMap((name) => {
    const slug = part(name.id.slice(name.id.indexOf(":") + 1));
    const rare = part(spokenSlug(name.id));
    // A rare name ("Cianjur", "Ikoyi") holds one story's tolls, whatever kind of event each report's
    // words tell (one may name none: "collapsed building"): pinned or not, of a class or none, they
    // all meet there, and the match weighs the class.
    // Its key is spoken (frame/story-spelling.ts): outlets spell one name from another script two ways.
    if (!isKnownName(name)) return [{ filed: [`${STORY}${RARE}${rare}`], read: [`${STORY}${RARE}${rare}`, `${STORY}${RARE}${rare}${BODY_MARK}`], event: false }];
    // A known place's key (a busy city's) is by class, and keeps the pinned apart.
    return types.map((type) => {
      const key = `${STORY}${part(type)}@${slug}`;
      return pinned ? { filed: [`${key}${PINNED_MARK}`], read: [key], event: false } : { filed: [key], read: [key, `${key}${PINNED_MARK}`], event: false };
    });
  });
}

/** A rare name's story key has no class: `killed/story:@cianjur`. */
export const RARE = "@";

