/** Words that say a figure changed, by direction. Lowercase. Data for change.ts and ranges.ts. */

/** Verbs and adverbs of a rise: "rose to 2,158", "increased 30,354 contracts", "up 14 percent". */
export const UP = [
  "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing", "grew", "grow",
  "grows", "growing", "grown", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps", "jumping",
  "surged", "surge", "surges", "surging", "soared", "soar", "soars", "soaring", "gained", "gain", "gains",
  "gaining", "added", "adding", "add", "adds", "expanded", "expand", "expands", "widened", "widen", "widens", "boosted",
  "boost", "boosts", "lifted", "lift", "lifts", "raised", "raise", "raises", "raising", "advanced", "rallied",
  "swelled", "swell", "ballooned", "spiked", "hiked", "hike", "increasing", "up", "higher", "warmer", "warmed",
  "mounted", "doubled", "tripled", "topped up", "went up", "gone up", "edged up", "ticked up", "inched up", "shot up",
  "crept up", "moved up", "leaped", "leapt", "leap", "leaps", "rebounded", "rebound", "recovered", "spiked",
  "accelerated", "picked up", "warm", "warms", "warming", "heated up", "dearer", "costlier", "more expensive",
  // A currency "firms" or "strengthens" when it buys more: "the euro firmed 0.3% to $1.09".
  "firmed", "strengthened", "strengthens", "strengthening", "appreciated", "appreciates",
  // Other forms of the verbs above: "advancing 2.1% to", "widening to".
  "advancing", "advances", "rallying", "expanding", "widening", "appreciating",
  "ticking up", "edging up", "inching up", "creeping up", "moving up",
  // Present forms and revisions: "expected to pick up to 3.6 percent", "revised up to".
  "pick up", "picks up", "picking up", "tick up", "ticks up", "edge up", "edges up", "inch up", "inches up", "creep up", "creeps up",
  "revised up", "revised higher",
  // "the price tag has rocketed by nearly £8,000", "the index bounced back by 0.56 percent", "popped 0.27 points".
  "rocketed", "rockets", "rocketing", "bounced", "bounces", "bouncing", "bounced back", "popped", "rebounding",
  // "the Taiex index zoomed 272.48 points".
  "zoomed", "zooms", "zooming",
  // Other forms: "spiking to", "hiking the rate by", "doubling to", "skyrocketed by".
  "spiking", "hiking", "swelling", "ballooning", "doubling", "tripling", "leaping", "skyrocketed", "skyrocketing", "skyrockets",
  // With "to", "from" or "by" only (CONNECTOR_ONLY): "improve by 29% to S$12.1 billion", "extended to nine kilometers"
  // ("now extends to nine kilometres" is how far a zone reaches, no change).
  "improved", "improve", "improves", "improving", "extended",
  // A rate that speeds up: "Inflation in the country quickened to 8 percent".
  "quickened", "quickens", "quickening",
];

/** Verbs and adverbs of a fall: "narrowed to 41,200", "fell by a third", "down 3%". */
export const DOWN = [
  "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping", "declined", "decline",
  "declines", "declining", "decreased", "decrease", "decreases", "decreasing", "slid", "slide", "slides",
  "sliding", "slipped", "slip", "slips", "dipped", "dip", "dips", "plunged", "plunge", "plunges", "plummeted",
  "tumbled", "tumble", "sank", "sink", "sunk", "shrank", "shrink", "shrinks", "shrunk", "narrowed", "narrow",
  "narrows", "eased", "ease", "eases", "easing", "cut", "cuts", "cutting", "reduced", "reduce", "reduces",
  "lowered", "lower", "slashed", "slash", "trimmed", "trim", "contracted", "lost", "losing", "shed", "sheds",
  "shedding", "retreated", "decelerated", "cheaper", "less expensive", "slowed", "slow", "slows", "slowing", "halved", "down", "cooler", "cooled", "cool", "cools", "cooling",
  "went down", "gone down", "edged down", "ticked down", "inched down", "came down", "moved down",
  "plummet", "plummets", "plummeting", "slumped", "slump", "slumps", "slumping", "collapsed", "tanked", "sagged",
  // A currency "weakens" when it buys less, even as its price in rand per dollar goes up: the words decide.
  "weakened", "weakens", "weakening", "depreciated", "depreciates", "softened",
  // Other forms of the verbs above: "tumbling by more than 30%", "sinking to".
  "tumbling", "tumbles", "plunging", "sinking", "sinks", "shrinking", "narrowing", "retreating", "contracting",
  "dived", "diving", "depreciating", "softening",
  // "after dipping to $4,040.33", "slipping 0.3%", "slashing prices by".
  "dipping", "slipping", "sagging", "slashing", "trimming", "halving",
  // A currency's value cut by its bank: "devalued the local currency by 14%".
  "devalued", "devalue", "devalues", "devaluing",
  "ticking down", "edging down", "inching down", "moving down", "coming down",
  // "The March estimate was revised down to 165,000".
  "revised down", "revised lower",
  // A rate that slows: "inflation moderated to 4.1%".
  "moderated", "moderates", "moderating",
  // Pump prices: "Oil firms rolled back pump prices by P0.50 per liter".
  "rolled back", "roll back", "rolls back", "rolling back",
];

/**
 * Words between an amount and its change noun: "a 5% year-on-year increase", "a 25 basis point
 * interest rate cut", "a 3% pay rise" (up to two of them).
 */
export const NOUN_MODIFIERS = [
  "year-on-year", "year-over-year", "on-year", "annual", "annualised", "annualized", "quarterly", "monthly", "weekly", "yearly",
  "overall", "sharp", "steep", "slight", "modest", "further",
  "interest rate", "rate", "price", "pay", "wage", "salary", "tax", "fare", "tariff", "rent", "fee", "duty", "levy", "budget", "sales", "output",
];

/** Nouns of a change, read in "a rise of 2.5C" and "a 5% increase". */
export const UP_NOUNS = [
  "rise", "increase", "gain", "jump", "growth", "hike", "surge", "climb", "uptick", "boost", "spike", "raise",
  // Plurals only where the noun has no other sense: "currency gains of RM659m" is a result, "falls of 70mm" is rain.
  "increases", "hikes",
  // A currency's change against another: "a year-to-date appreciation of 2.76 percent".
  "appreciation",
  // "a significant improvement of 19.9%", "a 14 percent expansion of the loan book", "a 280 billion yen upgrade".
  "improvement", "expansion", "upgrade",
  // "down from a 0.3 percent pick-up in October": the wires' word for a small rise.
  "pick-up", "pickup",
  // "announced an increment in transport fares by 19 per cent".
  "increment",
];
export const DOWN_NOUNS = [
  "drop", "fall", "decline", "decrease", "cut", "reduction", "loss", "dip", "slide", "plunge", "contraction", "downturn",
  "collapse", "slump", "declines", "decreases", "reductions",
  // "a depreciation of 5.71 per cent", "showing a N10.5 devaluation".
  "depreciation", "devaluation", "downgrade",
  // "ended a 13-month winning streak with an 8.8 percent setback".
  "setback",
  // "a rollback on the price of kerosene by Php 0.20 per liter".
  "rollback", "roll-back",
];

/**
 * Comparatives after an amount ("7% higher", "0.4% weaker than its close") and before "at" a
 * level ("0.11% firmer at $0.9871", "closed higher at"), by direction. A currency's firmer and
 * weaker are its strength, not its price in another currency.
 */
export const COMPARATIVES: Record<string, "up" | "down"> = {
  higher: "up", firmer: "up", stronger: "up", hotter: "up", lower: "down", weaker: "down", softer: "down", colder: "down",
};

/**
 * Words that may sit between a change word and its figure: "rose sharply to", "fell a further
 * 3%", "jumped to a record 2,000", "cut the tax from 10% to 20%" (a short object).
 */
export const FILLERS = [
  "a", "an", "the", "record", "new", "fresh", "further", "additional", "another", "sharply", "slightly", "steeply",
  "marginally", "modestly", "substantially", "significantly", "dramatically", "only", "again", "back", "current",
  // The old level named as such: "moved down to 3.6% from a previous 3.8%", "from an earlier 5%".
  "previous", "earlier", "prior",
  // How big the amount is, said before it: "closed down by just two paise", "raised the rate by a substantial 0.75 points".
  "just", "substantial", "hefty", "whopping",
  // "fared better, up a modest 3.9%", "rose a solid 0.3 percent": an adjective of size after "a".
  "modest", "small", "sharp", "steep", "massive", "big", "huge", "solid", "strong", "healthy", "robust", "meagre", "meager",
  "paltry", "measly", "tiny", "staggering", "marginal", "respectable", "impressive",
  // Estimates and adjustments of the figure itself: "dropped 21,000 to a seasonally adjusted 323,000".
  "seasonally", "adjusted", "estimated", "revised", "provisional", "preliminary", "projected", "mere",
  // When, between the verb and its object: "hiked on Thursday its key rate to 30 percent".
  "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "overnight",
  // The trading period, between a closing verb and "at": "rose 0.97 per cent to close the day at 18,338.55".
  "day", "session", "week",
];

/**
 * Verbs that are a change only with "to", "from" or "by": "raised $40m" is money raised, "raised
 * its forecast to 5%" a change; "reduced 300 staff" is no amount of change either.
 */
export const CONNECTOR_ONLY = [
  "raised", "raise", "raises", "raising", "lifted", "lift", "lifts", "boosted", "boost", "boosts", "lowered",
  "lower", "reduced", "reduce", "reduces",
  "improved", "improve", "improves", "improving", "extended",
];

/** Forms of "to be" before "up"/"down": "sales were up 14 percent". */
export const BE = ["is", "are", "was", "were", "be", "been", "being", "'s", "remained", "stood", "ended", "closed", "finished", "settled", "opened", "traded"];

/** Verbs of where a market's day ended, between "to" and the new level: "fell 0.28 per cent, to close at 16,568.80". */
export const CLOSING_VERBS = ["close", "end", "settle", "finish", "trade", "stand", "hit", "reach"];

/** The counted noun of index points: "closed 52 points higher", "371 points, or 0.46 per cent". */
export const INDEX_POINTS = ["points", "point", "pts"];

/** Nouns of where a market's day ended, naming an old level: "from Monday's close of 5,900.41". */
export const CLOSING_NOUNS = ["close", "closing", "finish", "settlement", "reading"];

/** Nouns of a level reached: "fell to a more than 6-1/2-year low of 5.5 percent", "down from a high of". */
export const LEVEL_NOUNS = ["high", "low", "peak", "trough", "level", "total", "tally", "rate", "figure",
  // "a 7.5 per cent price rise to an average price of £174,567", "to a national average of £306,499".
  "price", "average",
  // An earlier figure of a forecast: "exports of 11.7 million tonnes, down from its March estimate of 14.2 million tonnes".
  "estimate", "forecast", "projection",
  // Results copy: "up from prior guidance of $3.02 billion", "raised its outlook to".
  "guidance", "outlook", "target",
  // "expected August urban inflation to ease to a median of 25.1%".
  "median", "mean",
  // A forecast given as its ends: "increased by $1 billion to a range of $98 billion and $100 billion".
  "range"];

/** Verbs between "to" and a new level: "surged 1,400 points to hit 78,600", "rose 2% to close at $52.60". */
export const AFTER_TO = ["hit", "reach", "touch", "close", "end", "settle", "finish", "stand", "trade", "rest", "at", "burn", "cover", "span"];

/** Change nouns that name a result when the figure is money: "fell into a loss of $25 million" is the loss, not a fall of $25 million. */
export const MONEY_RESULTS = ["loss"];

/**
 * Verbs of a movement with no direction: "adjusted from N539 to N617", "went from 61 degrees to
 * 10". With "from ... to" the two figures are the old and the new level, and the numbers give
 * the direction.
 */
export const NEUTRAL = ["went", "gone", "going", "moved", "moving", "changed", "adjusted", "shifted", "revised", "swung", "reset", "altered"];

/**
 * Verbs that report a percent change named by a bare noun after it: "represents 4.7% growth",
 * "posted 12% growth", "forecast 3% growth" (with no article, "5% growth" is otherwise a label).
 */
export const REPORTING_VERBS = [
  "represents", "represented", "representing", "posted", "posts", "posting", "reported", "reports", "reporting",
  "recorded", "records", "recording", "registered", "registers", "registering", "saw", "sees", "showed", "shows",
  "showing", "marked", "marks", "marking", "logged", "logs", "delivered", "delivers", "forecast", "forecasts",
  "projected", "projects", "expects", "expected", "targets", "targeted", "achieved", "clocked", "accounting for",
];

/** Words before an amount added to a level: "will pay an extra 42 cents", "an additional 242 million air trips". */
export const ADDED_BEFORE = ["an additional", "an extra"];

/** Words right after an amount taken off: "500 thousand hectares less of the cereal", "$688 million less". */
export const LESS_AFTER = ["less", "fewer"];
