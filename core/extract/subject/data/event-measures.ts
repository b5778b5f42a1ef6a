/**
 * Data, not code: measures that belong to an event itself, not to a count of people: an
 * earthquake's magnitude and depth, a storm's wind speed, a tsunami's or surge's wave height.
 * Each entry: the cue words before the figure ('magnitude', 'winds of') and after it
 * ('-magnitude', 'mph winds'), the dimension the figure must have ('' = a bare number), the
 * head and measure the subject gets (frame measure '<measure>.<head>': 'magnitude.earthquake',
 * 'speed.wind', 'height.wave', 'depth.earthquake'), the event classes it belongs to (the first
 * one is the class it lends when the story names one event of it), and 'sentenceCue': words the
 * sentence must hold besides ('a depth of 10 km' is a quake's only beside a quake word).
 * 'decimalAfter': words after a figure written with decimals that make it the measure.
 * Rainfall and temperatures are left out on purpose: they vary by place and hour inside one
 * story, so two of them are rarely the same thing.
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild
 * cannot parse import attributes (`with { type: "json" }`).
 */
const data = {
  /**
   * A distance from a named place told of an event ("The quake was centred 61 km southwest of Davao", "The crash, 60 miles
   * northwest of Miami", "capsized about 10 miles off Finschhafen"): the event classes that happen at one spot (a storm, a
   * fire, a flood or a war moves, and its distance from a town changes by the hour), and the verbs of the sentence that
   * place the event there besides an event noun ("It struck ... 120km south-west of Chongqing").
   */
  distance: {
    events: ["earthquake", "crash", "attack", "bombing", "airstrike", "shooting", "massacre", "capsizing", "collapse", "landslide", "stampede", "eruption", "disaster", "leak", "avalanche"],
    placingVerbs: ["struck", "hit", "occurred", "happened", "took place", "was centred", "was centered", "centred", "centered", "epicentre", "epicenter", "went down", "came down", "crashed", "capsized", "sank", "exploded", "collided", "derailed", "collapsed", "overturned", "plunged"],
    /** Words between the figure and the place's direction: "a 35-mile drive northwest of Honolulu". */
    trip: ["drive", "walk", "journey", "ride", "flight", "trip", "boat ride", "drive away", "away"],
    /** Words before the figure that make it no location: a radius ("within 10 km of"), a trip made ("travelled 300 km from"), a comparison. */
    notLocating: ["within", "radius", "range", "traveled", "travelled", "walked", "drove", "driven", "flew", "flown", "marched", "trekked", "moved", "advanced", "pushed", "retreated", "swam", "sailed", "ran", "fled", "evacuate", "evacuates", "evacuated", "evacuating", "evacuation", "evacuations", "up to", "more", "less", "farther", "further", "closer", "nearer"],
    /** Words of a sentence that tell whose distance it is when it names no event ("the epicenter was roughly 12 km from Saint-Louis du Sud"). */
    cueEvents: { epicentre: "earthquake", epicenter: "earthquake", epicentres: "earthquake", epicenters: "earthquake", hypocentre: "earthquake", hypocenter: "earthquake" } as Record<string, string>,
    /** Words that make a name a body of water ("Lake Victoria", "Tablas Strait"): a lake is no point a distance locates, the event on it is. */
    waterBodies: ["lake", "sea", "ocean", "gulf", "bay", "strait", "straits", "channel", "river", "lagoon"],
    /** Kinds of place written after a name ("Luxian county, around 120km"): no part of the name. */
    placeKinds: ["county", "district", "town", "city", "village", "province", "prefecture", "region", "municipality", "island", "township", "state", "port"],
  },
  measures: [
    {
      measure: "magnitude", head: "earthquake", dimension: "", events: ["earthquake", "tsunami"], maxValue: 10,
      before: String.raw`\b(?:magnitude|magnitude\s+of|measuring|measured|registered|registering)\s*-?\s*$`,
      after: String.raw`^\s*-?\s*(?:magnitude\b|on\s+the\s+Richter\b|Richter\b)`,
      // "a 6.4 quake": a figure with decimals right before a quake word is its magnitude ("two quakes" is a count).
      decimalAfter: String.raw`^\s*-?\s*(?:earthquake|quake|tremor|temblor)s?\b`,
    },
    {
      measure: "depth", head: "earthquake", dimension: "length", events: ["earthquake"],
      before: String.raw`\b(?:depth\s+of|deep\s+of)\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|approximately\s+)?$`,
      after: String.raw`^\s*(?:\([^()]{0,30}\)\s*)?-?\s*(?:deep\b|below\s+the\s+(?:surface|ground|earth)|underground)`,
      sentenceCue: String.raw`\b(?:earthquakes?|quakes?|tremors?|temblors?|epicent\w*|hypocent\w*|seismic)\b`,
    },
    {
      // "The vessel is reported to be sunken in 700 meters of water", "the wreck of the Solar I, which was lying 639 meters
      // underwater", "MV Bukoba sank ... in 25 metres (14 fathoms) of water": how deep a sunken vessel or a wreck lies.
      // 'ownEvent': the sentence's own event ("sunken", "capsized") is the measure's, as a distance's is (frame-steps.ts).
      measure: "depth", head: "wreck", dimension: "length", events: ["capsizing", "crash"], ownEvent: true,
      // Only the words after the figure tell it ("the wreck lying 300 metres from the beach" is no depth): nothing before does.
      before: String.raw`(?!)`,
      after: String.raw`^\s*(?:\([^()]{0,30}\)\s*)?(?:of\s+water|underwater|under\s+water|below\s+the\s+(?:sea|lake|water|surface))\b`,
      sentenceCue: String.raw`\b(?:sank|sunk|sunken|sinking|wreck|wreckage|capsized|capsizing|seabed|sea\s+floor|lake\s+bed|lakebed|ocean\s+floor)\b`,
    },
    {
      measure: "speed", head: "wind", dimension: "speed", events: ["storm", "tornado"],
      before: String.raw`\b(?:winds?|wind\s+speeds?|(?:gusts?|gustiness)(?:\s+of\s+winds?)?)\s+(?:of\s+|at\s+|to\s+|near\s+|reaching\s+|topping\s+|exceeding\s+|measuring\s+|over\s+|above\s+|up\s+to\s+|more\s+than\s+|of\s+up\s+to\s+|of\s+more\s+than\s+|of\s+about\s+|of\s+around\s+)*$`,
      after: String.raw`^\s*(?:\([^()]{0,30}\)\s*)?-?\s*(?:sustained\s+|maximum\s+|max\s+|peak\s+)?(?:winds?|gusts?)\b`,
    },
    {
      measure: "height", head: "wave", dimension: "length", events: ["tsunami", "earthquake", "storm"],
      before: String.raw`\b(?:waves?|tsunamis?|swells?|surges?)\s+(?:of\s+|as\s+high\s+as\s+|up\s+to\s+|reaching\s+|measuring\s+|about\s+|around\s+|of\s+up\s+to\s+|of\s+about\s+)*$`,
      after: String.raw`^\s*(?:\([^()]{0,30}\)\s*)?-?\s*(?:high\s+|tall\s+)?(?:waves?|tsunamis?|swells?|(?:storm\s+)?surges?)\b`,
    },
  ],
};

export default data;
