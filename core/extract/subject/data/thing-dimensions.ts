/**
 * Data, not code: what a figure of a named thing measures, read from the words news and reference
 * writing put around it, and the kinds of things whose measures outlets repeat (named-subject.ts).
 *
 * 'after': words right after the figure (or its bracketed conversion) -> the dimension ("603 km long",
 * "20 meters (66 ft) deep", "668 metres in depth", "87 km wide", "70 meters in diameter").
 * 'before': nouns and verbs before the figure in its clause -> the dimension ("a depth of", "its depth
 * is", "spans some 96km", "stretches", "covering 29,600 sq. km"); the nearest one wins.
 * 'units': the unit's dimension when no word names one: a bare length is 'extent' (a length or a
 * height, never a depth or a width: frame/named-measure.ts extentAgrees).
 * 'rates': a volume "per second" or "every minute" is a flow of that time unit, apart from the others.
 * 'kinds': common nouns that end or open the names of measured things ("Charyn Canyon", "Lake Malawi",
 * "the Kokoda track"), grouped with the nouns one outlet uses for what another names by another
 * ("the track" / "Kokoda Trail", "the monument" / "the statue"): a pointer of a group stands for the
 * report's main thing when its name holds a noun of the same group.
 * 'leading': kind nouns that open a name ("Lake Malawi", "Mount Bellamy", "Monument of African Renaissance").
 * 'leadingKinds' / 'trailingKinds': kind nouns outlets put before or after a name of two words or more or leave out
 * ("Lake Issyk-Kul", "Issyk-Kul Lake", "Issyk-Kul"; "the African Renaissance Monument", "the Monument of African
 * Renaissance"): no part of the thing's id (named-thing.ts thingId). After or before one word they stay ("Lake Malawi"
 * is not Malawi). 'aliases': a kind noun -> the one another outlet writes for the same kind of thing ("Kokoda Trail").
 */
const data = {
  after: {
    long: "length", "in length": "length", lengthwise: "length", "in total length": "length", "in overall length": "length",
    tall: "height", high: "height", "in height": "height", "above sea level": "altitude",
    deep: "depth", "in depth": "depth", "at its deepest": "depth", "at its deepest point": "depth",
    wide: "width", "in width": "width", broad: "width", across: "width", "at its widest": "width", "at its widest point": "width",
    "in diameter": "diameter", "in circumference": "circumference", "in area": "area", "in surface area": "area", "in size": "area",
  } as Record<string, string>,
  before: {
    length: "length", long: "length", spans: "length", span: "length", spanning: "length", stretches: "length", stretching: "length", stretch: "length",
    runs: "length", running: "length", extend: "length", extends: "length", extending: "length", "total length": "length",
    height: "height", tall: "height", rises: "height", rising: "height", towers: "height", towering: "height", stands: "height", "stands tall at": "height",
    elevation: "altitude", altitude: "altitude",
    depth: "depth", deep: "depth", plunges: "depth",
    width: "width", wide: "width", breadth: "width",
    diameter: "diameter", circumference: "circumference",
    area: "area", "surface area": "area", covers: "area", covering: "area", covered: "area",
    volume: "volume", capacity: "volume", holds: "volume",
    floors: "floors", storeys: "floors", stories: "floors",
    // "the second-deepest (1,470 metres)", "the longest lake in the world (673 kilometres)": a superlative names the dimension.
    longest: "length", tallest: "height", highest: "height", deepest: "depth", widest: "width",
  } as Record<string, string>,
  units: { length: "extent", area: "area", volume: "volume", mass: "weight" } as Record<string, string>,
  rates: { second: "flow.second", sec: "flow.second", minute: "flow.minute", min: "flow.minute", hour: "flow.hour", day: "flow.day", year: "flow.year" } as Record<string, string>,
  kinds: [
    ["lake", "lagoon", "reservoir", "loch"], ["canyon", "gorge"], ["crater"], ["track", "trail", "path", "walk", "route"],
    ["falls", "waterfall", "cataract"], ["monument", "statue", "memorial", "likeness", "sculpture"], ["tower", "building", "skyscraper", "high-rise"],
    ["bridge", "viaduct"], ["mosque", "basilica", "cathedral", "church", "temple"], ["stadium", "arena"], ["dam", "barrage"], ["tunnel"],
    ["river"], ["island"], ["mountain", "mount", "peak", "volcano"], ["glacier"], ["desert"], ["railway", "line", "rail link", "railroad"],
    ["canal"], ["wall"], ["palace", "castle", "fort", "fortress"], ["park", "reserve"], ["highway", "expressway", "motorway", "road"],
  ] as string[][],
  leading: ["Lake", "Mount", "Mt", "Monument of", "Statue of", "Lac", "Loch", "Fort"],
  leadingKinds: ["Lake", "Mount", "Mt\\.?", "Monument of(?:\\s+the)?", "Statue of(?:\\s+the)?", "Lac", "Loch"],
  trailingKinds: ["lake", "canyon", "crater", "gas crater", "track", "trail", "gorge", "monument", "mosque"],
  /**
   * Words that make a sum a thing's cost (named-cost-of.ts): 'before' the figure in its clause ("the estimated cost
   * of construction was", "costing", "built at a cost of"), 'after' it ("has been spent for the construction of").
   */
  costCues: {
    before: ["cost", "costs", "costing", "cost of construction", "construction cost", "built at", "built for", "constructed at", "constructed for", "price tag"],
    after: ["has been spent on the construction", "has been spent for the construction", "was spent on the construction", "was spent for the construction", "were spent on the construction", "spent on building", "spent on constructing", "spent to build"],
  },
  /** Words after a figure that are no noun it modifies ("spans some 96km through the range", "668 metres below"). */
  notNouns: ["through", "along", "across", "down", "up", "into", "below", "beneath", "underground", "per", "every", "each", "high", "tall", "long", "deep", "wide", "broad", "in", "above", "around", "about", "where", "making", "so", "it", "its", "is", "was", "are", "were"],
  aliases: { trail: "track", trails: "tracks" } as Record<string, string>,
};

export default data;
