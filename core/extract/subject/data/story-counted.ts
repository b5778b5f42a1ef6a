/**
 * Data, not code: what a report of one event counts by a noun of its own besides its tolls
 * (data/story-measures.ts), so that such a count that names no other event and no place of its
 * own is the story's (story-names-step.ts): a group of the people it befell ("eight minors",
 * "21 Sikh pilgrims", "17 technicians", "Six foreigners"; the lexicon's people nouns count too,
 * people-status.ts isPeople), and the things it struck or involved ("almost 30 homes", "more than
 * 80 vehicles", "a four-storey building"): what one moment fixed, in a story of an event of one
 * moment (not STORY_ONGOING's). Frame measure roots (the part before a dot: "floors" of
 * "floors.building").
 */
export const STORY_PEOPLE: readonly string[] = [
  "foreigner", "technician", "crew", "passenger", "survivor", "miner", "devotee", "guest", "firefighter", "rescuer", "climber",
  "mountaineer", "diver", "fisherman", "sailor", "seafarer", "driver", "pilot", "spectator", "fan",
  "attendee", "participant", "worshipper", "pupil", "schoolchild", "teacher", "nurse", "policeman",
  "employee", "labourer", "laborer", "villager", "national", "trekker", "hiker",
];

export const STORY_THINGS: readonly string[] = [
  "house", "home", "building", "floors", "vehicle", "car", "truck", "bus", "boat", "shop", "place", "location",
  "coach", "carriage", "tent", "hut", "village",
];

/**
 * Classes of event whose counts change from one day's bulletin to the next (a flood's families
 * stranded and people affected, a war's, a storm's over its days): their groups are no count one
 * moment fixed, so a group's count there is left to the frame and head matching. Tolls are
 * STORY_MEASURES' either way.
 */
export const STORY_ONGOING: readonly string[] = ["war", "flood", "storm", "heatwave", "crackdown", "leak", "drought", "epidemic", "offensive", "operation"];

/**
 * Nouns of one more of a toll's dead or hurt after "another" ("after another victim succumbed to
 * injuries", "another patient died in hospital"): more of the story's count, not another event
 * (story-names-step.ts tellsOtherEvent).
 */
export const ONE_MORE: readonly string[] = ["victim", "person", "patient", "casualty", "body", "death", "injured"];

/**
 * Words of a casualty status, by the measure that counts it: a sentence naming none of them
 * before "another N missing" counted another status there (story-status-besides.ts).
 */
export const STATUS_WORDS: Readonly<Record<string, RegExp>> = {
  missing: /\b(?:missing|unaccounted|disappeared)\b/iu,
  injured: /\b(?:injur\w*|wound\w*|hurt)\b/iu,
};
