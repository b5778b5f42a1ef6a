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
 * Kept as a TypeScript module (see measures.ts for why).
 */
const data = {
  adjectives: { tall: "height", high: "height", long: "length", deep: "depth", wide: "width", broad: "width", "in length": "length", "in height": "height", "in diameter": "diameter", "in area": "area" } as Record<string, string>,
  verbs: {
    stands: "height", stood: "height", rises: "height", rose: "height", towers: "height", towered: "height", soars: "height",
    spans: "length", spanned: "length", stretches: "length", stretched: "length", runs: "length", ran: "length",
    is: "", was: "", with: "", measures: "", measured: "", measuring: "", reaches: "", reached: "", "is about": "",
    weighs: "weight", weighed: "weight", weighing: "weight",
    covers: "area", covered: "area", covering: "area",
    seats: "capacity", "has a capacity of": "capacity", "with a capacity of": "capacity",
    "has a population of": "population", "had a population of": "population", "with a population of": "population",
    "is home to": "population", "was home to": "population", "home to": "population",
    "has a height of": "height", "with a height of": "height", "has a length of": "length", "with a length of": "length",
  } as Record<string, string>,
  counted: {
    inhabitant: "population", resident: "population", population: "population", people: "population", person: "population", citizen: "population",
    seat: "capacity", spectator: "capacity", "seater": "capacity",
    floor: "floors", storey: "floors", story: "floors", stories: "floors", storeys: "floors",
  } as Record<string, string>,
  /** Count nouns that are a population only after a phrase of countFrames ("people" alone is anyone). */
  needsFrame: ["people", "person"],
  countFrames: ["a city of", "a town of", "a village of", "a country of", "a nation of", "a metropolis of", "a region of", "an island of", "home to", "has a population of", "had a population of", "with a population of", "population of"],
  changing: ["planned", "set to be", "was to be", "was to have", "is to be", "to reach", "plans", "proposed", "designed to", "will be", "would be", "would have", "to be expanded", "expanded", "expansion", "extension", "extended", "increase", "increased", "reduced", "cut to", "originally", "initially", "raise", "raised", "could hold", "will hold", "once", "formerly", "before the", "after the", "grew", "fell", "rose to", "shrank", "estimated to reach", "projected"],
  comparatives: ["longer", "shorter", "taller", "higher", "lower", "wider", "narrower", "deeper", "shallower", "bigger", "larger", "smaller", "heavier", "lighter", "more", "less", "fewer"],
  dimensions: { length: "extent", area: "area", volume: "volume", mass: "weight" } as Record<string, string>,
  notNames: ["The", "A", "An", "It", "Its", "This", "That", "These", "Those", "He", "She", "They", "We", "I", "Which", "What", "In", "On", "At", "By", "For", "From", "With", "And", "But", "Or", "As", "When", "While", "After", "Before", "Today", "Now", "Officials", "Police", "Some", "About", "Nearly", "More", "Almost", "Over", "Each", "Every", "All", "Both", "One", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

export default data;
