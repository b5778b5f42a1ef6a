/**
 * Data, not code: how a story names a toll it then gives a figure for, without a casualty word
 * next to the figure ("officials put the death toll at 26", "the toll has risen to 84", "taking
 * the total number of those killed to 85"). 'tolls': the toll noun with the word before it ->
 * class ('toll' alone, 'the attacks toll', 'the official toll' count the dead; 'notTolls': words before 'toll' that make it no count of people). 'counted': after "number of", the people counted ->
 * class (the casualty words of measures.ts are read too). 'setVerbs': verbs whose object is the
 * toll and whose "at/to N" is its figure. 'adverbs': words between the toll and its level verb ("has tragically risen to 128"). 'levelVerbs': verbs whose subject is the toll ("passes", "tops", "exceeded" are left out: they give a bound; the quantity reader keeps such a verb with the figure as its qualifier, "exceeded 180" = more than 180, and toll-phrase.ts reads that figure as the toll's bound). 'givenBy': participles naming who gave the toll, between it and its verb ('the latest death toll given by Chinese authorities after the massive Tianjin explosion has risen to 56', CGTN 2015; 'The official toll released by the police was reduced by 106'). 'participles': words after the counted noun of "the number of X" that say how the count was taken ("the number of deaths recorded from the flood").
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild
 * cannot parse import attributes (`with { type: "json" }`).
 */
const data = {
  "tolls": { "death": "killed", "body": "killed", "fatality": "killed", "": "killed", "casualty": "casualty", "injury": "injured" },
  "notTolls": ["economic", "financial", "emotional", "psychological", "mental", "environmental", "heavy", "road", "bridge", "highway", "motorway",
    "plaza", "booth", "free", "toll", "phone", "call"],
  "counted": { "dead": "killed", "deceased": "killed", "deaths": "killed", "victims": "killed", "fatalities": "killed", "casualties": "casualty", "injuries": "injured" },
  "setVerbs": ["put", "puts", "putting", "placed", "places", "placing", "set", "sets", "raised", "raises", "raising", "revised", "revises", "revising",
    "lowered", "lowers", "lowering", "updated", "updates", "brought", "brings", "bringing", "took", "takes", "taking", "pushed", "pushes", "pushing",
    "increased", "increases", "increasing", "estimated", "estimates", "gave", "gives", "giving", "fixed", "fixes",
    "reduced", "reduces", "reducing", "reported", "reports", "reporting", "confirmed", "confirms", "confirming", "mentioned", "mentions", "gave", "quoted", "found", "finds", "corrected", "corrects", "correcting", "adjusted", "adjusts", "adjusting", "cut", "cuts", "cutting",
    // "as officials raise the death toll to 122", "expected to push the toll to": the plain form after a subject or "to".
    "raise", "revise", "lower", "update", "bring", "take", "push", "increase", "estimate", "give", "fix", "reduce", "report", "confirm", "correct", "adjust"],
  "levelVerbs": ["rose", "rises", "risen", "rising", "climbed", "climbs", "jumped", "jumps", "increased", "increases", "stood", "stands", "is", "was",
    "reached", "reaches", "hit", "hits", "came", "comes", "went", "goes", "grew", "grows", "mounted", "mounts", "soared", "soars", "reached",
    "fell", "falls", "dropped", "drops", "been put", "been raised", "been revised", "been set", "been lowered", "been updated", "been estimated",
    "been given", "been fixed", "been placed", "put", "raised", "revised", "set", "lowered", "estimated", "placed",
    "reduced", "reduces", "been reduced", "corrected", "been corrected", "adjusted", "been adjusted", "totalled", "totaled", "totals", "amounted", "amounts", "edged",
    "edges", "ticked", "ticks", "swelled", "swells", "leapt", "leaped", "shot", "declined", "stood officially",
    "numbered", "numbers", "amount", "total", "stand", "stood at",
    // "has gone up to 154": the quantity reader keeps "up to" with the figure, so the verb stands alone before it.
    "gone", "gone up", "went up", "goes up", "climbed up",
    // "the death toll escalated to 46", "has grown to 151", "had surged to 31": more verbs of a level moving.
    "escalated", "escalates", "escalating", "grown", "growing", "surged", "surges", "surging", "spiked", "spikes", "shot up", "crept up", "inched up"],
  /** Participles that name who gave a toll, between the toll and its verb ("The latest death toll given by Chinese authorities ... has risen to 56"). */
  "givenBy": ["given", "released", "announced", "issued", "provided", "published", "compiled"],
  "participles": ["recorded", "reported", "confirmed", "registered", "counted", "caused", "linked", "attributed", "blamed", "related", "so far", "thus far"],
  "adverbs": ["has", "have", "had", "now", "also", "officially", "so far", "since", "already", "later", "further", "again", "today", "yesterday",
    "earlier", "initially", "first", "previously", "originally", "tragically", "sadly", "reportedly", "unfortunately", "steadily", "since then",
    "by then", "as of now", "until now", "till now"]
};

export default data;
