/**
 * The claim index: under which keys a claim is filed, and what a check of a claim reads. Keys
 * follow the claim frame (issue 15), so a check reads only the claims about the same event or
 * the same entity, in a bounded window of time; no key gathers every claim of a common measure
 * ("killed" alone is never a key). Pure: the store (functions/store), the in-memory store of the
 * tests and the batch re-check all pick related claims through these functions.
 *
 * A key is `<measure>/<anchor>`:
 * - `killed/event:bombing@baghdad`: the measure of one event, by its type class and place (and
 *   each place containing it); an event without a place falls back on the scope's places;
 * - `refugee/place:turkey`, `refugee/group:syrian`, `height/named:eiffel-tower`: the measure of
 *   each scope entity (and each place containing a place);
 * - `date:<measure>/...`: the same anchors for dates claimed for something (the date is the
 *   value, so it is also the time in the sort key);
 * - `strip/dim:length`: a physical measure with nothing else to anchor it, by its head noun;
 * - `killed/place:in:kabul`, `injured/named:in:market`: a claim about an event is filed as inside
 *   each entity of its scope, where what is said of the entity itself meets it, but not the tolls
 *   of other events there (claim-index-event.ts);
 * - `killed/story:@cianjur`, `killed/story:earthquake@mandalay`: a toll under each name its story's
 *   headline and lead give (frame/story-names.ts), at the report's day: a rare name (no gazetteer
 *   place) with no class of event, read three weeks either way; a known place (a city) by the class
 *   of event, read a week either way (the nearest 3 each side), where a toll whose event is pinned
 *   by place and day is filed apart (`+pinned`) and reads only the unpinned ones; a lead giving
 *   one known place alone is filed there too (layout 9); a rare name only the body gives is filed
 *   apart (`killed/story:@kullu+body`), read by the tolls whose lead gives it; a lead naming no
 *   place at all files the known places its body names with the pinned (layout 10); a lead telling
 *   two classes of one incident ("crash and fire") files a known place under each (layout 15);
 * - `date:date.death/name-word:castro`: a date claimed for a named thing, under each word of its name;
 * - `slot-clock/story:@balasore`: a report's hour of a step of its event (a date told with a time
 *   of day in a clause of the step: core/extract/subject/clock-slot.ts), under its story's names as
 *   a slot is (aligned/slot-keys.ts; layout 16);
 * - `width/story:@morbi`: a thing's dimension is filed under the bare dimension (`width.bridge`
 *   as `width`), where a figure that names no thing is; a measure of an unnamed
 *   thing carries its story's names (core/extract/subject/thing-story.ts) and is filed under them
 *   and still under `bridge/dim:length`; a named thing's dimension reads the keys of its name's
 *   rare words (`width/story:@morbi`, claim-index-thing-story.ts; layout 17);
 * - `killed/told:earthquake@tangshan#1976-07-28`: a toll of a past event whose lead tells its day,
 *   kind and a rare name, read at any distance in time (the nearest cap bounds it), where its
 *   retellings years apart meet (frame/story-names.ts `retoldStory`; layout 18);
 * - a group's casualty count (`killed.passenger/...`) is filed and read under its whole's keys too
 *   (`killed/...`): a group larger than its whole is a finding (part-over-whole.ts; layout 18);
 *   a name of several words is filed under its first word too (`told:attack@chernobyl#1986-04-26`
 *   beside `...@chernobyl-nuclear-power#...`): a name written in full and short meets (layout 19);
 * - a named thing's standing dimension (`length` of "the Kerch Bridge", not a planned one) is filed
 *   as well as read under its name's rare words' story keys (`length/story:@kerch`): a report of the
 *   thing unnamed within the story's weeks meets it whichever came first (layout 20).
 * - a rare story name is filed by its letters as spoken (frame/story-spelling.ts `spokenSlug`:
 *   `story:@dakahlia` and `story:@daqahlia` are both `story:@dakahlia`), as the story match makes
 *   one name spelt from another script two ways one name; a count of one incident whose report
 *   names its event's kind is filed at the event's time under its kind, rare lead names and year
 *   (`injured/told:attack@artur#1996`), where a claim that dates its event reads, so a retelling
 *   years on meets the reports of the time (frame/retold-event.ts; layout 21).
 * - a sudden happening's start is its occurrence (`date.occurred`, not `date.start`: "the fire broke
 *   out on Friday night"), a report's dateline day and a day of work going on are no story day, and
 *   more dates and clocks of events are read: their filing keys change with them (layout 22).
 * A claim with no anchor (a bare "12 people killed") is filed nowhere: nothing could be shown to
 * be about the same thing. The time of a filing is a day, YYYY-MM-DD; claims without any date
 * are filed at UNDATED and meet only each other.
 */
export { frameOf } from "./claim-anchors.js";
export { anchorOf, BODY_MARK, insideKey, isAnchorKey, PINNED_MARK, STORY, UNDATED_MARK } from "./claim-index-event.js";
export { filingKeys, lookupsFor, lookupsForClaims, nearestOf, reachDays, UNDATED, windowDays, type Filing, type IndexLookup } from "./claim-index-keys.js";
export { inLookup, pickNearest, relatedByIndex, surelyRead, surelyRelated, wholeDays } from "./claim-index-reads.js";
export { meetUnder, partitionOf, rememberedIndex, type ClaimIndexOf } from "./claim-index-partitions.js";

/**
 * The layout of the index this module describes. Stored articles filed under another layout are
 * re-extracted and re-filed by the batch re-check (core/recheck/articles.ts).
 */
export const INDEX_VERSION = 22;
