/**
 * Data, not code: the words around a figure no subject step framed that decide whether the report's
 * own subject frames it (report-subject.ts). Every list is matched at word edges, case-blind.
 *
 * 'cost': words before a sum, in its clause, that make it what a thing costs ("estimated at",
 * "a cost of", "worth"); a sum without one (a loan, a fine, a revenue) is not framed.
 * 'rate': words right after a figure that make it a rate ("a year", "per day"), not a level.
 * 'change': words just before a figure that make it a change or a bound of a comparison
 * ("by", "than", "from", "between", "and"), never the thing's own level; a qualifier before the figure
 * ("more than", "up to") is set aside first. A level a change reaches ("rose to") is a level.
 * 'partAfter': words right after a figure that make it a part of another ("of which", "out of").
 * 'otherTime': words of a sentence that put its figure at another time than the report's
 * ("last year", "previously", "originally", "in the past"), or a plan set against an outcome.
 * 'plainWords': words that, with kind nouns, make a capitalised name no name of one thing ("Largest
 * Hydro-Power Dam", "National Highway", "North Piles", "Great Mosque" in a title-case headline).
 */
export const FIGURE_WORDS = {
  cost: ["cost", "costs", "costing", "costed", "estimated", "valued", "worth", "price", "priced", "price tag", "budget", "budgeted", "investment", "invested", "built for", "built at"],
  rate: ["a year", "a day", "a month", "a week", "an hour", "per", "each", "every", "annually", "yearly", "daily", "monthly"],
  change: ["by", "than", "from", "between", "and", "or", "extra", "additional", "another", "further", "plus", "minus", "versus", "vs", "against", "compared with", "compared to", "instead of", "rather than"],
  partAfter: ["of which", "out of which", "of whom", "of them", "of those", "of the", "of its", "more than", "less than", "fewer than", "longer than", "shorter than", "higher than", "taller than"],
  plainWords: ["largest", "biggest", "longest", "tallest", "highest", "deepest", "great", "grand", "national", "new", "old", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "main", "first", "second", "third", "hydro", "power", "hydro-power", "hydropower", "international", "city", "state", "world", "worlds", "world’s", "world's", "africa’s", "africa's", "asia’s", "asia's", "europe’s", "europe's", "piles", "pile", "major", "huge", "giant", "mega", "twin", "high-speed", "speed", "high", "rail", "metro", "project", "projects", "the", "of", "and"],
  otherTime: ["last year", "previously", "originally", "initially", "formerly", "in the past", "earlier estimate", "first phase", "second phase", "first stage", "next stage", "later stage", "phase one", "phase two"],
};
