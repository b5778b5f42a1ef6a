/**
 * Data, not code: verbs that tell a happening of their own, with its subject as the actor and
 * its object as what it befell ('Russia invaded Ukraine on 24 February 2022'), read before a date
 * by occurrence-clause.ts, beside the act verbs of data/events.ts; verb -> event word (a key of
 * data/events.ts 'words', so the class is that word's). 'ownDates': event nouns whose dates are of
 * their own kinds (an election, a truce, protests; occurrence-date.ts), not a happening's.
 * 'happening': verbs that tell something happened, whatever it was ("a cloudburst struck", "the bus
 * veered off", "the accident took place"), read by occurrence-story.ts as the report's incident.
 * 'happeningNouns': nouns of an incident that data/events.ts has no word for -> the event word (a key
 * of events.ts 'words') whose class they are ("a cloudburst" is a flood).
 * 'sceneOf': nouns whose "of the <event>" names where or whom the event left ("at the site of the landslide in Malin on
 *   Thursday", "survivors of the blast"): the clause's day is of another verb ("carry a body"), not the event's.
 * 'notHappeningAfter': words before an event noun that make it no happening ("opened fire" is shooting, not a fire).
 * 'counted': a report that counts its happenings tells two (rules/date-another.ts): verbs after "first" ("first
 *   erupted"), and nouns after "a second", "another" ("a second eruption", "another quake").
 * 'irregularPast': past verbs without "-ed" (and a few with it), whose clause after an event noun tells another act's day
 *   ("the fire at the factory spread on Monday"; event-adjunct-date.ts).
 * 'suddenVerbs': verbs a sudden happening does to its object, read as its occurrence before a date when their subject is an
 *   event noun of a sudden class ("Fire ravaged a textile factory complex in Karachi early Wednesday", Baldia factory fire, 2012;
 *   "A powerful blast at a fuel storage facility rocked the region on Monday evening"); a war "ravaged" a country for years.
 * 'sayingPlaces': nouns of where something was said, not where a happening was ("the number of deaths in the attack in a
 *   statement on Tuesday", Nova Scotia RCMP, 2020): after an event noun, the date is the saying's (event-adjunct-date.ts).
 * 'notParticiples': words ending in -ing that are no verb's participle ("on Saturday morning", "during").
 * 'notTheHappening': words between a happening and its day that make the day another act's (occurrence-story.ts): a
 *   saying, a count's change, a later step (the search, a funeral), another clause, a bound, a time before the report.
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild
 * cannot parse import attributes (`with { type: "json" }`).
 */
const data = {
  "acts": { "invaded": "invasion", "besieged": "siege", "hijacked": "hijacking", "kidnapped": "kidnapping",
    "abducted": "kidnapping", "massacred": "massacre", "bombarded": "shelling" },
  "irregularPast": ["began", "begun", "broke", "came", "fell", "hit", "struck", "spread", "rose", "ran", "sank", "shook", "took", "tore", "went", "left",
    "led", "said", "told", "saw", "found", "got", "gave", "held", "kept", "made", "met", "put", "set", "shut", "stood", "swept", "threw", "won", "lost",
    "killed", "wounded", "injured", "burnt", "burned", "blew", "drew", "grew", "knew", "brought", "caught", "fought", "sought", "thought", "hurt", "cut"],
  "suddenVerbs": ["ravaged", "rocked", "gutted", "engulfed", "jolted", "shook", "razed", "flattened", "destroyed", "levelled", "leveled", "demolished"],
  "sayingPlaces": ["statement", "statements", "interview", "briefing", "conference", "report", "post", "tweet", "speech", "address", "letter",
    "broadcast", "message", "video", "update", "bulletin", "court", "parliament", "hearing", "meeting", "session", "remarks", "comments"],
  "ownDates": ["election", "elections", "ceasefire", "truce", "operation", "protest", "protests"],
  "happening": ["struck", "hit", "occurred", "happened", "unfolded", "erupted", "exploded", "collapsed", "crashed", "capsized", "sank",
    "derailed", "overturned", "plunged", "veered", "swept", "ripped", "tore", "slammed", "rammed", "caved", "burst", "flooded", "stampeded"],
  "happeningNouns": { "cloudburst": "flood", "cloudbursts": "flood", "mishap": "accident", "cave-in": "collapse", "pileup": "crash", "pile-up": "crash" } as Record<string, string>,
  "sceneOf": ["site", "scene", "aftermath", "victims", "survivors", "wreckage", "rubble", "debris", "ruins", "wake"],
  "notHappeningAfter": ["opened", "open", "opening", "opens", "returned", "returning", "held", "cease", "under"],
  "counted": {
    "ordinals": ["second", "third", "fourth", "fifth", "another", "fresh", "renewed"],
    "verbs": ["erupted", "struck", "hit", "exploded", "shook", "burst", "collapsed", "flooded"],
    "nouns": ["eruption", "eruptions", "explosion", "explosions", "quake", "quakes", "earthquake", "earthquakes", "tremor", "aftershock", "blast",
      "blasts", "wave", "waves", "strike", "strikes", "attack", "attacks", "landslide", "landslides", "slide", "fire", "fires", "flood", "floods",
      "storm", "storms", "crash", "crashes", "collapse", "cloudburst", "tsunami", "stampede"]
  },
  "notParticiples": ["morning", "mornings", "evening", "evenings", "during", "building", "wedding", "ceiling", "spring", "something", "nothing",
    "anything", "everything", "thing", "king", "ring", "string", "wing", "ping"],
  "notTheHappening": [
    "said", "says", "told", "tells", "reported", "reports", "announced", "confirmed", "according", "added", "rose",
    "risen", "rises", "climbed", "soared", "mounted", "jumped", "reached", "stood", "increased", "revised", "updated",
    "identified", "buried", "mourned", "funeral", "funerals", "vigil", "vigils", "protest", "protests", "rescue",
    "search", "since", "until", "till", "before", "after", "when", "while", "which", "who", "that", "but", "killing",
    "leaving", "left", "pulled", "recovered", "rescued", "searched", "found", "arrested", "anniversary", "ago",
    "last week", "last month", "last year", "is", "are", "has", "have", "had", "will", "would", "by", "as", "toll"
  ]
};

export default data;
