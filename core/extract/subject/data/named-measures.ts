/**
 * Data, not code: the words that make a figure a standing measure of a named thing ("the
 * 948-foot Dali", "Merdeka 118 stands 678.9 metres tall", "Derna, a city of 100,000 people").
 * 'adjectives': a measure word after the figure -> class. 'verbs': a verb between the name and
 * the figure -> class ("stands"/"rises" say height; "is"/"measures" say nothing, the adjective
 * or the unit decides). 'counted': a count noun of a standing property -> class. 'countFrames':
 * phrases before a bare count of people that make it a population ("a city of", "home to").
 * 'changing': words that mark the figure as planned or changing, never a standing measure.
 * 'dimensions': a unit's dimension -> class when no word names one; a bare length is 'extent'
 * (a ship's length or a tower's height: compatible with either, never with depth or width).
 * 'notNames': capitalised words that never start a named thing.
 * 'comparatives': a word after the figure that makes it a difference between two things ("30 metres longer
 * than"), never a measure of either.
 * 'nounFrames': a measure noun right before the figure ("at a height of", "a seating capacity of", "a gross
 * tonnage of", "a main span of") -> class. A PART of the thing is its own class, never its whole: a bridge's
 * (main) span is "span", not its length; a height to the roof "height.roof", to the tip of an antenna
 * "height.tip", apart from a plain height (by convention the architectural height, spire included).
 * Tonnage is kept apart from weight: gross tonnage ("GT", "gross tons") measures a ship's volume,
 * deadweight its cargo capacity, and "a 220,000-tonne ship" (a mass unit, no such word) its "weight".
 * 'partsAfter': words after the figure naming the part ("to the tip", "including its antenna").
 * 'unitsAfter': tonnage words after a bare figure ("228,081 GT", "100,000 gross tons").
 * Kept as a TypeScript module (see measures.ts for why).
 */
const data = {
  adjectives: { tall: "height", high: "height", long: "length", deep: "depth", wide: "width", broad: "width", "in length": "length", "in height": "height", "in diameter": "diameter", "in area": "area", "in total length": "length", "in overall length": "length", "in total height": "height",
    "in full length": "length", "in length overall": "length" } as Record<string, string>,
  verbs: {
    stands: "height", stood: "height", rises: "height", rose: "height", towers: "height", towered: "height", soars: "height",
    spans: "length", spanned: "length", stretches: "length", stretched: "length", runs: "length", ran: "length",
    stretching: "length", spanning: "length", extends: "length", extending: "length",
    is: "", was: "", with: "", has: "", had: "", measures: "", measured: "", measuring: "", reaches: "", reached: "", "is about": "",
    // "the Chenab Bridge sits 359 metres above the river": a verb of place that says no class; "above ..." after it does (named-class.ts).
    sits: "", sat: "",
    weighs: "weight", weighed: "weight", weighing: "weight",
    covers: "area", covered: "area", covering: "area",
    seats: "capacity", "has a capacity of": "capacity", "with a capacity of": "capacity",
    "can hold": "capacity", "can seat": "capacity", "can accommodate": "capacity", "can carry": "capacity", "could carry": "capacity",
    // "The Sewol was licensed to carry 921 passengers": what the thing may hold, the same measure as "a capacity of".
    "licensed to carry": "capacity", "certified to carry": "capacity", "authorised to carry": "capacity", "authorized to carry": "capacity",
    "permitted to carry": "capacity", "approved to carry": "capacity", "rated to carry": "capacity",
    // "The Joola was equipped to carry a maximum of about 550 passengers", "The ferry is designed to carry 600 passengers".
    "designed to carry": "capacity", "equipped to carry": "capacity", "built to carry": "capacity",
    // "has space for around 400 people", "built to accommodate 350 migrants": the room a thing was made with, its capacity.
    "has space for": "capacity", "had space for": "capacity", "with space for": "capacity", "has room for": "capacity", "had room for": "capacity",
    "with room for": "capacity", "can house": "capacity", "can take": "capacity", "can fit": "capacity", "built to accommodate": "capacity",
    "built to hold": "capacity", "built to seat": "capacity", "built to house": "capacity", "able to hold": "capacity", "able to accommodate": "capacity",
    "was built to accommodate": "capacity", "was built to hold": "capacity", "was built to seat": "capacity", "was built to house": "capacity",
    "has a population of": "population", "had a population of": "population", "with a population of": "population",
    "is home to": "population", "was home to": "population", "home to": "population",
    "has a height of": "height", "with a height of": "height", "has a length of": "length", "with a length of": "length",
    climbs: "height", "rises to": "height", "soars to": "height", "towers at": "height", "stands at": "height", "is tall at": "height",
  } as Record<string, string>,
  nounFrames: {
    height: "height", "total height": "height", "architectural height": "height", "overall height": "height", elevation: "height",
    "roof height": "height.roof", "tip height": "height.tip", "pinnacle height": "height.tip",
    length: "length", "total length": "length", "overall length": "length", "length overall": "length",
    span: "span", "main span": "span", "central span": "span", "longest span": "span",
    width: "width", beam: "width", depth: "depth", draft: "draft", draught: "draft",
    // "built at an altitude of 13,000 ft": where a thing stands, apart from its own height.
    altitude: "altitude",
    capacity: "capacity", "seating capacity": "capacity", "spectator capacity": "capacity", "total capacity": "capacity",
    // "the ship has an official capacity of 1,424": what it may hold, however qualified.
    "official capacity": "capacity", "maximum capacity": "capacity", "passenger capacity": "capacity", "licensed capacity": "capacity", "carrying capacity": "capacity",
    population: "population", "total population": "population",
    "gross tonnage": "tonnage", tonnage: "tonnage", "gross register tonnage": "tonnage",
    "deadweight tonnage": "deadweight", deadweight: "deadweight", displacement: "displacement", weight: "weight", "total weight": "weight",
    cost: "cost", "total cost": "cost", "construction cost": "cost", "project cost": "cost", "estimated cost": "cost", "overall cost": "cost",
    "total costs": "cost", "construction costs": "cost", "project costs": "cost", "overall costs": "cost",
  } as Record<string, string>,
  /**
   * Verbs right before a sum of money that make it the thing's cost ("built at Rs 531 crore", "costing $8.5 billion",
   * "The project, estimated at around 8.5 billion euros"): the thing's, as the readers of a named or story thing find it.
   */
  costVerbs: ["cost", "costs", "costing", "built at", "constructed at", "built for", "constructed for", "was built at", "is built at",
    "estimated at", "is estimated at", "was estimated at", "valued at", "is valued at", "was valued at"],
  /** Links between a measure noun and its figure ("its main span being 4,200 feet", "a capacity of", "Capacity: 88,966"). */
  frameLinks: ["of", "is", "was", "stands at", "at", ":", "being", "measures", "measuring", "totals", "totalling", "totaling", "-", "–", "for"],
  /**
   * Phrases that name the time a standing measure was taken, not a change: "At the time of her
   * construction, the Queen Mary 2 was ... at a gross tonnage of 148,528" is her tonnage, though
   * "at the time" alone (a record "at the time") marks a past state. Removed before 'changing' is read.
   */
  notChanging: ["at the time of building", "at the time of construction", "at the time of its construction", "at the time of her construction", "at the time of its building", "at the time of her building", "at the time of completion", "at the time of its completion", "at the time of her launch", "at the time of its opening",
    // "The Joola was designed to carry 580 passengers": a vessel's load as built, not a plan ("designed to" alone is one).
    "designed to carry"],
  /**
   * Common nouns that point back at a named thing ("the bridge", "this stadium"), with the words a name
   * of that kind ends with ("Akashi Kaikyo Bridge"): a pointer with no name before it is the thing the
   * sentences before open with, or the story's one named thing of its kind (pointer-thing.ts). A name written with a lowercase
   * ending ("the Koilwar bridge") is read by named-kind.ts.
   */
  pointerKinds: {
    bridge: ["Bridge", "Viaduct", "Setu"], viaduct: ["Viaduct", "Bridge"], dam: ["Dam", "Barrage"],
    stadium: ["Stadium", "Arena", "Ground", "Gardens", "Oval", "Bowl", "Park", "Stadion", "Coliseum"], arena: ["Arena", "Stadium"], ground: ["Ground", "Stadium", "Gardens", "Oval"],
    tower: ["Tower"], building: ["Building", "Tower", "Centre", "Center"], skyscraper: ["Tower", "Building", "Centre", "Center"],
    statue: ["Statue"], tunnel: ["Tunnel"], ship: [], vessel: [], liner: [], ferry: [], camp: ["Camp"],
    // "The temple is located 160 km from state capital Shimla" (IANS on the Naina Devi temple): the story's one temple.
    temple: ["Temple", "Mandir", "Shrine"],
  } as Record<string, string[]>,
  /**
   * Built things whose cost a story tells (named-cost.ts), with the words a name of that kind ends with: "The bridge was
   * built at a cost of Rs 13 crore" is the cost of the story's one named bridge, or of the story's bridge when it names
   * none. A project has no name ending: "the Rs 277-crore project" is the story's project, never a larger named one.
   */
  costKinds: {
    bridge: ["Bridge", "Viaduct", "Setu", "Flyover"], "over-bridge": ["Bridge"], overbridge: ["Bridge"], flyover: ["Flyover", "Bridge"], viaduct: ["Viaduct", "Bridge"],
    dam: ["Dam", "Barrage"], barrage: ["Barrage", "Dam"], tunnel: ["Tunnel"], stadium: ["Stadium", "Arena", "Ground", "Park", "Bowl"], arena: ["Arena", "Stadium"],
    tower: ["Tower"], skyscraper: ["Tower", "Building"], statue: ["Statue"], airport: ["Airport"], terminal: ["Terminal"], expressway: ["Expressway"], highway: ["Highway"],
    canal: ["Canal"], pipeline: ["Pipeline"], crossing: ["Crossing", "Bridge"], project: [],
  } as Record<string, string[]>,
  /** Words before a kind that tell of two things of it in the story ("the old dam", "another bridge"): whose cost is unknown ("the new bridge" only beside a named one). */
  otherOfKind: ["old", "other", "another", "second", "former", "original", "existing", "older", "previous", "earlier", "replacement"],
  /** Nouns after a kind that make it a sum of another thing ("a $2 billion bridge loan", "the Rs 500-crore project tender"). */
  costNotThing: ["loan", "loans", "bond", "bonds", "contract", "contracts", "tender", "tenders", "deal", "fund", "funds", "scheme", "package", "plan", "proposal", "budget", "grant", "investment", "authority", "company", "corporation", "insurance", "claim", "claims", "fine", "penalty", "scam", "fraud",
    // "The journey through the tunnel ... costs the equivalent of around 4 euros": a price per use, not what the thing cost.
    "journey", "trip", "ride", "ticket", "tickets", "fare", "fares", "crossing fee", "entry fee", "admission"],
  /** Words that make a sum a part's or a piece of work's, not the whole thing's cost ("the first phase", "land acquisition"). */
  costParts: ["phase", "part", "portion", "section", "stretch", "approach", "approaches", "component", "package", "span", "extension", "repair", "repairs", "renovation", "maintenance", "retrofit", "retrofits", "retrofitted", "retrofitting", "land", "acquisition", "widening", "compensation", "contract", "contracts", "share", "first", "second", "third", "remaining", "additional", "escalation", "overrun"],
  /** Vehicles whose speed at an accident is the story's measure (vehicle-speed.ts): the word -> its class. */
  vehicles: {
    train: "train", express: "train", locomotive: "train", tram: "train", metro: "train",
    bus: "bus", minibus: "bus", coach: "bus", truck: "truck", lorry: "truck", tanker: "truck", trailer: "truck",
    car: "car", suv: "car", van: "car", vehicle: "car", motorcycle: "motorcycle", motorbike: "motorcycle",
    ship: "vessel", vessel: "vessel", ferry: "vessel", boat: "vessel", plane: "aircraft", aircraft: "aircraft", jet: "aircraft", airliner: "aircraft", helicopter: "aircraft",
  } as Record<string, string>,
  /**
   * Parts a whole is told to be made of, listed with their measures ("two tunnels of 1,595 m and 1,003 m", "Tunnel 1 ...
   * Tunnel 2 ..."), and the kinds of whole (keys of pointerKinds) they are parts of, tried in order (part-list.ts).
   */
  listedParts: { tunnel: ["tunnel"], tube: ["tunnel"], tower: ["bridge", "dam"], span: ["bridge", "viaduct"], section: ["bridge", "viaduct", "tunnel"] } as Record<string, string[]>,
  /**
   * 'changing' words that only put the measure in the future ("the new bridge will be 2.07 km long"): a thing being built
   * has a planned measure, compared with another planned one of it (class "<cls>.planned"), never with a built one.
   */
  future: ["will be", "would be", "will have", "will stand", "will rise", "will measure", "will seat", "will hold", "will reach"],
  /** Words after "N m long" that are no noun it modifies ("3,911 meters long overall and the central span ..."). */
  afterAdjective: ["overall", "in", "and", "or", "but", "with", "at", "from", "by", "to", "when", "while", "since", "after", "before", "than", "for", "on", "of", "across", "over", "above", "below", "making", "which", "that", "as", "including", "excluding", "altogether", "all", "total", "each", "apiece", "is", "was", "are", "were"],
  /** A part of a thing named as the clause's subject ("the main span is 1.24 miles long"): its own class, never the whole's. */
  partSubjects: { "main span": "span", "central span": "span", "centre span": "span", "center span": "span", span: "span", "lift span": "span", "navigational span": "span", "central section": "span" } as Record<string, string>,
  partsAfter: {
    "to the tip": "height.tip", "to its tip": "height.tip", "including its antenna": "height.tip", "including the antenna": "height.tip",
    "including antennas": "height.tip", "with its antenna": "height.tip", "with the antenna": "height.tip", "to the top of its antenna": "height.tip",
    "to the roof": "height.roof", "to its roof": "height.roof", "without its spire": "height.roof", "without the spire": "height.roof",
    "without its antenna": "height.roof", "without the antenna": "height.roof", "to the top floor": "height.roof",
  } as Record<string, string>,
  unitsAfter: { gt: "tonnage", "gross tons": "tonnage", "gross tonnes": "tonnage", "gross tonnage": "tonnage", grt: "tonnage", dwt: "deadweight", "deadweight tons": "deadweight", "deadweight tonnes": "deadweight" } as Record<string, string>,
  counted: {
    inhabitant: "population", resident: "population", population: "population", people: "population", person: "population", citizen: "population",
    seat: "capacity", spectator: "capacity", "seater": "capacity",
    floor: "floors", storey: "floors", story: "floors", stories: "floors", storeys: "floors", storied: "floors", storeyed: "floors",
  } as Record<string, string>,
  /** Count nouns that are a population only after a phrase of countFrames ("people" alone is anyone). */
  needsFrame: ["people", "person"],
  /** "Mandalay, Myanmar's second-largest city, home to ...": nouns of an apposition that make the name beside it a place with people (named-apposed.ts). */
  placeNouns: ["city", "town", "village", "capital", "metropolis", "port", "hub", "region", "province", "state", "country", "nation", "island", "district", "county", "municipality", "prefecture", "megacity"],
  countFrames: ["a city of", "a town of", "a village of", "a country of", "a nation of", "a metropolis of", "a region of", "an island of", "home to", "has a population of", "had a population of", "with a population of", "population of"],
  changing: ["planned", "set to be", "was to be", "was to have", "is to be", "to reach", "plans", "proposed", "designed to", "will be", "would be", "would have", "to be expanded", "expanded", "expansion", "extension", "extended", "increase", "increased", "reduced", "cut to", "originally", "initially", "raise", "raised", "could hold", "will hold", "once", "formerly", "before the", "after the", "grew", "fell", "rose to", "shrank", "estimated to reach", "projected",
    "when completed", "once completed", "upon completion", "on completion", "under construction", "could be", "is expected to", "are expected to",
    "will stand", "will rise", "will have", "will reach", "will measure", "will seat", "will hold", "now", "gained", "grew by", "previously", "used to",
    "at the time", "until", "prior to", "when it opened", "when it was built", "originally", "reduced to", "increase capacity"],
  /**
   * What a thing stands above when its figure is its height ("the Chenab Bridge sits 359 metres above the river bed",
   * "The bridge is 32m above the water level"): after a verb of standing or "is" (named-class.ts), a height; after any
   * other verb ("fell 50 metres above the river") nothing changes. A capitalised name ("above London") counts too.
   */
  aboveWhat: ["the river bed", "the riverbed", "the river", "the water level", "the water", "the waters", "the valley floor", "the valley", "the gorge", "the ground", "the sea", "the streets", "the street", "the city", "the skyline", "ground level", "ground", "street level", "water level"],
  /**
   * What a thing reaches down below when its figure is its depth ("the mine reaches 3 km below the surface", "the shaft
   * extends 1,200 metres underground"): after a verb of standing or reaching (depthVerbs), a depth, the same measure as
   * "3 km deep"; after any other verb ("trapped 700 metres below the surface") nothing changes.
   */
  belowWhat: ["the surface", "the ground", "ground level", "ground", "the seabed", "the sea bed", "the seafloor", "the sea floor", "the ocean floor", "the earth's surface", "the earth"],
  depthVerbs: ["is", "was", "lies", "sits", "reaches", "reached", "extends", "extended", "goes", "goes down", "descends", "descended", "plunges", "runs", "sinks", "stretches", "bores"],
  /** Verbs before the figure that, with "above" one of aboveWhat after it, make it the thing's height. */
  standingVerbs: ["is", "was", "sits", "sat", "stands", "stood", "rises", "rose", "towers", "towered", "soars", "climbs", "perches", "is perched", "lies"],
  /**
   * A superlative of a dimension in the clause after a fronted figure names its class: "At 4.94 km, the Bogibeel
   * Bridge is the country's longest road-cum-rail bridge" (named-superlative.ts). "Largest" and "biggest" say no dimension.
   */
  superlatives: { longest: "length", tallest: "height", highest: "height", deepest: "depth", widest: "width" } as Record<string, string>,
  comparatives: ["longer", "shorter", "taller", "higher", "lower", "wider", "narrower", "deeper", "shallower", "bigger", "larger", "smaller", "heavier", "lighter", "more", "less", "fewer"],
  dimensions: { length: "extent", area: "area", volume: "volume", mass: "weight" } as Record<string, string>,
  notNames: ["The", "A", "An", "It", "Its", "This", "That", "These", "Those", "He", "She", "They", "We", "I", "Which", "What", "In", "On", "At", "By", "For", "From", "With", "And", "But", "Or", "As", "When", "While", "After", "Before", "Today", "Now", "Officials", "Police", "Some", "About", "Nearly", "More", "Almost", "Over", "Each", "Every", "All", "Both", "One", "Built", "Constructed", "Completed", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

export default data;
