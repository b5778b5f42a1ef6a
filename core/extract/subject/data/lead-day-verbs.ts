/**
 * Data, not code: the words of the day of a report's event (lead-event-day.ts).
 * 'irregular': past forms of verbs that tell what happened, which the regular "-ed" ending does not
 *   catch ("The Taliban took the city on Friday").
 * 'classes': verbs of one happening told with different words, -> the class both are dated as
 *   (lowercase, as written, up to four words; read before the phases of date-phases.ts' verbs and
 *   heads; a verb not listed is a class of its own, its past form): "captured" and "seized" a city
 *   are one capture; "shuttered" and "came to an end" one closure (date-phases.ts calls "closed" so).
 *   A class names the event, so a story's later developments ("arrested", "buried") are never the
 *   day of its first event.
 * 'saying': verbs of saying, publishing or telling a count: the day they carry is when it was said,
 *   published or counted, not when it happened.
 * 'notOnce': past forms (or phrases) that date no one-time event: what goes on or recurs day after day (a search,
 *   a rally, a visit, a funeral, an arrival), or tells no happening ("expected", "based", "became").
 * 'bounds': words of a bound, a start or a deadline right before the day ("by Friday", "since the
 *   early hours of Monday"): not the day it happened. 'ownBounds': the same, opening the date's own words.
 * 'clauseBreaks': words that end the verb's clause between it and the day.
 * 'countedFrom': the last word of a day counted from another moment ("two days earlier"), not from
 *   the report's day.
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild cannot
 * parse import attributes (`with { type: "json" }`).
 */
const data = {
  irregular: [
    "took", "struck", "hit", "shot", "won", "lost", "broke", "blew", "sank", "shut", "stole", "tore", "threw", "overran", "quit",
    "split", "withdrew", "slew", "froze", "shook", "sold", "bought", "built", "caught", "chose", "hid", "lit", "rang", "sprang", "swore", "wed",
  ],
  classes: {
    "took place": "happened", happened: "happened", occurred: "happened", unfolded: "happened",
    captured: "capture", seized: "capture", "took control of": "capture", "took over": "capture", overran: "capture",
    unveiled: "inauguration", commissioned: "inauguration",
    shuttered: "closure", "came to an end": "closure", "came to end": "closure", "drew to a close": "closure",
    assassinated: "killing", murdered: "killing", "shot dead": "killing", killed: "killing",
    floated: "launch", "made landfall": "landfall",
  } as Record<string, string>,
  saying: [
    "said", "told", "announced", "reported", "confirmed", "added", "stated", "declared", "claimed", "revealed", "disclosed",
    "estimated", "counted", "recorded", "registered", "updated", "revised", "rose", "climbed", "reached", "stood", "identified",
    "tweeted", "posted", "wrote", "noted", "explained", "warned", "quoted", "cited", "informed", "briefed", "asked", "urged",
    "published", "dated", "released", "issued", "made", "amounted", "totalled", "totaled", "numbered",
  ],
  notOnce: [
    "expected", "scheduled", "planned", "based", "aged", "named", "called", "located", "situated", "dubbed", "titled", "known",
    "related", "injured", "wounded", "affected", "displaced", "missing", "used", "filled", "packed", "crowded", "needed",
    "retrieved", "recovered", "rescued", "searched", "suspended", "resumed", "continued", "concluded", "evacuated", "buried",
    "mourned", "protested", "gathered", "marched", "rallied", "demonstrated", "met", "visited", "held", "arrived", "went", "left",
    "joined", "faced", "turned", "became", "covered", "struggled", "caused", "led", "encountered", "receded", "witnessed",
    "celebrated", "remained", "stayed", "waited", "returned", "travelled", "traveled", "attended", "watched", "received",
    "welcomed", "hosted", "paid", "laid", "fled", "arrested", "detained", "charged", "sentenced", "questioned", "probed",
    "considered", "regarded", "deemed", "described", "believed", "thought", "marked", "commemorated", "observed", "recalled",
    "took to the streets", "poured into the streets",
  ],
  bounds: ["by", "until", "till", "since", "from", "before", "after", "through", "between", "as of"],
  ownBounds: ["by", "until", "till", "since", "from", "before", "after", "through", "as of"],
  clauseBreaks: ["and", "but", "after", "before", "since", "until", "when", "while", "which", "who", "whom", "where", "because", "ago", "then",
    "later", "following", "as", "amid"],
  countedFrom: ["earlier", "later", "before", "after", "previously"],
};

export default data;
