import { lookupTable } from "./lookup-table.js";
/**
 * Data, not code: what a figure of a named thing measures as a reader pairs two reports' figures
 * (measure-slot.ts): the classes a measure slot may have, the words that make a sum a cost or a
 * count a capacity, and the words that tell a figure apart from the thing's one value of its
 * dimension (a part of the thing, a change, another thing compared).
 */

/** The prefix of a measure slot's id: "m:length", "m:cost". */
export const MEASURE = "m:";

/**
 * The classes of named-subject.ts `dimensionOf` a slot keeps, each to its slot: a bare length
 * ("extent") stays apart from a told length or height, a distance away is never read.
 */
export const DIMENSION_SLOTS: Readonly<Record<string, string>> = lookupTable({
  length: "length", extent: "extent", height: "height", depth: "depth", width: "width", diameter: "diameter",
  area: "area", volume: "volume", floors: "floors", altitude: "altitude",
});

/**
 * Slots whose value holds at any time for a built or natural thing: two reports years apart still
 * give one length. Others (a cost, a capacity) change: compared only within some years.
 */
export const STANDING_SLOTS: readonly string[] = ["length", "extent", "height", "depth", "width", "diameter", "area", "volume", "floors", "altitude", "distance"];

/** Words before a sum in its clause that make it what the thing cost ("built at a cost of", "the $3.6bn railway" is read apart). */
export const COST_BEFORE: readonly string[] = [
  "cost", "costs", "costing", "cost of construction", "construction cost", "built at", "built for", "constructed at", "constructed for",
  "price tag", "worth", "valued at", "investment", "invested", "investment of", "budget", "budgeted", "total cost", "estimated cost", "at a cost of",
];

/** Nouns a sum right before them is the cost of ("a $3.6bn railway", "the $1.6 billion venue", "a Rs 950 crore project"). */
export const COSTED_NOUNS: readonly string[] = [
  "project", "venue", "facility", "complex", "terminal", "plant", "station", "port", "refinery", "airport", "bridge", "tunnel", "dam",
  "railway", "line", "road", "highway", "expressway", "motorway", "stadium", "arena", "tower", "building", "canal", "pipeline", "interchange",
];

/** Words before a count in its clause that make it a capacity ("a capacity of 60,000", "seats 87,500", "can hold 5,500 people"). */
export const CAPACITY_BEFORE: readonly string[] = ["capacity", "capacity of", "seats", "seating", "can hold", "can host", "holds", "hold", "accommodate", "accommodates", "accommodating", "seated"];

/** Words right after a count that make it a capacity ("60,000-seat", "87,500 seats", "a 50,000-seater"). */
export const CAPACITY_AFTER: readonly string[] = ["seat", "seats", "seater", "capacity"];

/**
 * Words of a figure's clause that make it a part of the thing, not the thing: a tower's roof or
 * tip, a bridge's main span, a railway's section or phase, one lane.
 */
export const PART_WORDS: readonly string[] = [
  "roof", "tip", "spire", "antenna", "pinnacle", "mast", "main span", "central span", "span of", "section", "sections", "segment",
  "stretch of", "phase", "phases", "portion", "part of", "first part", "lane", "lanes", "each", "per", "average", "deck", "platform",
  "observation", "underwater", "approach", "approaches", "viaduct section", "loan", "loans", "grant", "share", "contract",
  "spur", "branch", "cable", "cables", "wire", "wires", "pillar", "pillars", "pier", "piers",
];

/**
 * Words of a figure's clause that tell a change or a value of another time or thing: a cost
 * revised, a capacity after an expansion, a height compared with another tower's, a record.
 */
export const OTHER_VALUE_WORDS: readonly string[] = [
  "initially", "originally", "initial", "original", "revised", "revision", "raised", "increased", "increase", "expanded", "expansion",
  "extended", "extension", "upgrade", "upgraded", "up from", "down from", "additional", "extra", "overrun", "overruns", "ballooned",
  "rose", "risen", "reduced", "cut", "than", "compared", "record", "previous", "previously", "former", "formerly", "old", "older", "existing", "now",
  "another", "other", "others", "similar", "whereas",
];

/**
 * Words of things' names too common to file a measure under alone ("National Stadium", "Grand
 * Mosque"): a thing whose name has no other word is filed under its whole name.
 */
export const COMMON_NAME_WORDS: readonly string[] = [
  "national", "international", "grand", "great", "new", "old", "central", "city", "world", "royal", "king", "queen", "saint", "north",
  "south", "east", "west", "upper", "lower", "first", "second", "third", "main", "olympic", "memorial", "state", "republic", "united",
  // A distance's thing is "<place>-from-<place>": "from" joins, it names nothing.
  "from",
];

/**
 * Kinds of built things news names with a measure, besides the kinds of data/thing-dimensions.ts
 * (a lake, a bridge, a tower...): each group is one kind written several ways ("seaport", "port").
 */
export const MEASURED_KINDS: readonly (readonly string[])[] = [
  ["port", "seaport", "harbour", "harbor"], ["airport"], ["refinery"], ["terminal"], ["metro", "light rail", "subway", "tramway"],
  ["plant", "power station", "power plant", "hydropower station", "hydropower plant", "station"], ["cable car", "ropeway", "gondola"],
  ["flagpole"], ["wheel"], ["interchange"], ["causeway"], ["crossing"], ["centre", "center"], ["parliament"], ["terminal building"],
];

/** Lowercase words between a name and its kind noun ("Noor Ouarzazate solar plant", "Banihal-Qazigund road tunnel"). */
export const KIND_MODIFIERS: readonly string[] = [
  "road", "rail", "railway", "solar", "hydroelectric", "hydropower", "gas", "suspension", "cable-stayed", "sea", "sub-sea", "undersea",
  "light", "power", "toll", "metro", "high-speed", "expressway", "oil", "water", "storage", "container", "cruise", "cargo", "fuel",
  "international", "national", "observation", "multi-purpose", "cable", "rail-road", "road-rail", "river",
];

/** Kinds of things a bare size ("the 984-foot tower") is the height of; any other thing's bare size is its length. */
export const VERTICAL_KINDS: readonly string[] = ["tower", "building", "skyscraper", "statue", "monument", "mountain", "mount", "peak", "volcano", "falls", "mosque"];

/**
 * Words of a clause that tell a value planned, not built ("will be 610 metres tall", "is expected
 * to cost"): a plan is compared with plans only (slot `m:height.planned`), never with the thing built.
 */
export const PLANNED_WORDS: readonly string[] = [
  "will", "would", "planned", "plans", "proposed", "to be built", "is to be", "are to be", "expected to", "designed to", "set to",
  "projected", "envisaged", "envisioned", "slated", "once completed", "when completed", "upon completion", "estimated to",
];

/** Words after a distance that name the place it is counted from ("east of", "from", "outside"). */
export const DISTANCE_FROM: readonly string[] = [
  "from", "away from", "outside", "north of", "south of", "east of", "west of", "northeast of", "northwest of", "southeast of", "southwest of",
  "north-east of", "north-west of", "south-east of", "south-west of", "northeast from", "north from", "south from", "east from", "west from",
];

/** Words opening a sentence or a name before a distance that are no place ("The", "According", "Police"): distance-slot.ts. */
export const NOT_PLACE_WORDS: ReadonlySet<string> = new Set([
  "The", "A", "An", "At", "In", "On", "It", "Its", "This", "That", "We", "They", "He", "She", "According", "About", "Around", "Some",
  "Nearly", "Almost", "Residents", "Police", "President", "Mayor",
]);

/**
 * Counted parts of a built thing ("39 stations", "17 underpasses", "90 tunnels" of a railway or a
 * road): a count of the thing, paired by the thing like its measures (slot `m:n-station`), not by
 * the story's week as an event's counted things are ("20 houses destroyed").
 */
export const BUILT_PARTS: readonly string[] = [
  "station", "tunnel", "underpass", "overpass", "flyover", "interchange", "berth", "pillar", "pier", "turbine", "platform",
  "viaduct", "toll-plaza", "gate", "escalator", "elevator", "span", "pylon", "runway", "terminal", "bridge",
];
