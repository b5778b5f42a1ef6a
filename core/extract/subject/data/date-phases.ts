/**
 * Data, not code: the phases of a named thing's life a date can be a claim about, so two outlets
 * dating one phase of one thing differently give a date conflict, and two different phases never
 * do ("opened to traffic in December 2016" is not "inaugurated in June 2016").
 * 'verbs': the verb phrase as written after the thing (lowercase, single spaces) -> the phase.
 *   A phase "occurred:<class>" is a happening to the thing (it collapsed, sank, was struck): the
 *   claim's measure is date.occurred with an event of that class (the classes of events.ts), so it
 *   meets the same happening told with an event noun ("the collapse of the bridge on ...").
 *   Any other phase is its own measure, date.<phase>: a bare "opened" is 'opening', "opened to
 *   traffic" and "entered service" are 'service', "inaugurated" and "officially opened" are
 *   'inauguration' (a ceremony may come months before or after the first traffic).
 * 'nouns': the phase noun in "the opening of X on DATE", "the X collapse on DATE", "the DATE launch of X".
 * 'planned': words right before the verb that make the date a plan or a wish, not what happened
 *   ("will be opened", "is expected to be completed", "was due to open").
 * 'works': the building of a thing told by a noun and a verb of its start or end ("The construction of
 *   the bridge started on", "Construction on X began in", "whose construction was completed in"):
 *   the noun, and the verb (without its auxiliary) -> the phase. Its start is date.construction-start,
 *   its end the thing's completion (the same measure as "X was completed in").
 * 'foundation': the stone-laying that opens the building ("The foundation stone for X was laid by
 *   Y on", "Y laid the foundation stone of X on"): its nouns; its phase is date.foundation-stone, a
 *   ceremony of its own (it may come years before the construction starts).
 * 'ceremonies': the ceremony of a phase ("the opening ceremony" is the inauguration, not the first traffic).
 * 'carriers': nouns of a vehicle whose happening a verb tells with the vehicle as its subject ("A plane
 *   carrying the Chapecoense team crashed near Medellin on Monday", "an aircraft crashed late 28
 *   November"), read by date-thing-carrier.ts; the verbs and their classes are events.ts's 'verbs'.
 * 'venues': last words of a thing's name where events are held: "the opening ceremony" at a stadium
 *   is an event's (the Olympics'), not the stadium's inauguration, so a ceremony alone dates no venue.
 * 'heads': what a date's clause tells when no named thing is its subject (date-head.ts): the verb or noun
 *   the date dates, as written (lowercase, single spaces) -> the phase, as in 'verbs' ("He was admitted
 *   to Breach Candy Hospital on January 11", "the ferry sank on", "breathed her last on"). 'verbs' are
 *   read before the date or after a date opening the sentence; 'nouns' right before "on/in <date>".
 *   'laid' is a head only with a 'foundation' noun by it, and the 'works' verbs only with a 'works'
 *   noun: alone they tell nothing. Saying verbs are never heads: a day something was said is not the
 *   day of what was said ('saying').
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild cannot
 * parse import attributes (`with { type: "json" }`).
 */
const data = {
  verbs: {
    "opened": "opening", "was opened": "opening", "opened its doors": "opening", "first opened": "opening", "was first opened": "opening",
    "opened to traffic": "service", "was opened to traffic": "service", "opened to the public": "service", "was opened to the public": "service",
    "opened to visitors": "service", "opened for traffic": "service", "opened for service": "service", "entered service": "service",
    "entered commercial service": "service", "went into service": "service", "began operations": "service", "began operating": "service",
    "began commercial operations": "service", "came into operation": "service", "was put into service": "service", "opened to passengers": "service",
    "opened to vehicles": "service", "was opened to vehicles": "service", "opened for vehicles": "service", "was opened for vehicles": "service",
    "opened to vehicular traffic": "service", "was opened to vehicular traffic": "service", "opened to motorists": "service", "was opened to motorists": "service",
    "opened to road traffic": "service", "was opened to road traffic": "service", "opened to rail traffic": "service", "was opened to rail traffic": "service",
    "opened to commuters": "service", "was opened to commuters": "service", "opened for public use": "service", "was opened for public use": "service",
    "was opened to passengers": "service", "opened to shipping": "service", "was opened to shipping": "service", "was opened for traffic": "service", "was opened to visitors": "service",
    "inaugurated": "inauguration", "was inaugurated": "inauguration", "officially opened": "inauguration", "was officially opened": "inauguration",
    "formally opened": "inauguration", "was formally opened": "inauguration", "was dedicated": "inauguration", "officially inaugurated": "inauguration",
    "was officially inaugurated": "inauguration",
    "completed": "completion", "was completed": "completion", "was finished": "completion",
    // "The bridge was built in 1972": a thing told as built in a year is told as finished then.
    "built": "completion", "was built": "completion", "was constructed": "completion",
    "topped out": "topping-out", "was topped out": "topping-out",
    "launched": "launch", "was launched": "launch",
    "was founded": "founded", "was established": "founded",
    "closed": "closure", "was closed": "closure", "closed its doors": "closure",
    "was demolished": "demolition", "was torn down": "demolition",
    "collapsed": "occurred:collapse", "partially collapsed": "occurred:collapse", "partly collapsed": "occurred:collapse",
    "gave way": "occurred:collapse", "breached": "occurred:collapse", "was breached": "occurred:collapse", "caved in": "occurred:collapse", "burst": "occurred:collapse",
    "sank": "occurred:capsizing", "capsized": "occurred:capsizing", "ran aground": "occurred:capsizing", "was wrecked": "occurred:capsizing",
    "crashed": "occurred:crash", "was shot down": "occurred:crash", "was downed": "occurred:crash", "derailed": "occurred:crash", "was struck": "occurred:crash", "was hit": "occurred:crash",
    "exploded": "occurred:attack", "blew up": "occurred:attack", "was bombed": "occurred:attack",
    "caught fire": "occurred:fire", "burned down": "occurred:fire", "burnt down": "occurred:fire", "went up in flames": "occurred:fire",
    "erupted": "occurred:eruption",
    "ruptured": "occurred:leak", "leaked": "occurred:leak",
  } as Record<string, string>,
  nouns: {
    "opening": "opening", "inauguration": "inauguration", "dedication": "inauguration", "official opening": "inauguration",
    "completion": "completion", "launch": "launch", "launching": "launch", "topping out": "topping-out", "closure": "closure", "closing": "closure",
    "demolition": "demolition", "maiden voyage": "maiden-voyage", "maiden flight": "maiden-flight",
    "collapse": "occurred:collapse", "sinking": "occurred:capsizing", "capsizing": "occurred:capsizing", "grounding": "occurred:capsizing",
    "crash": "occurred:crash", "derailment": "occurred:crash", "explosion": "occurred:attack", "bombing": "occurred:attack", "fire": "occurred:fire",
    "eruption": "occurred:eruption",
    "grand opening": "inauguration", "inaugural ceremony": "inauguration", "groundbreaking": "groundbreaking", "ground-breaking": "groundbreaking",
  } as Record<string, string>,
  works: {
    nouns: ["construction", "construction work", "construction works", "building work", "work", "works", "structural work"],
    verbs: { "began": "construction-start", "started": "construction-start", "commenced": "construction-start", "got under way": "construction-start",
      "got underway": "construction-start", "kicked off": "construction-start", "completed": "completion", "finished": "completion",
      "ended": "completion", "concluded": "completion", "complete": "completion" } as Record<string, string>,
  },
  foundation: ["foundation stone", "foundation-stone", "cornerstone", "corner stone", "corner-stone", "first stone"],
  ceremonies: {
    "opening ceremony": "inauguration", "official opening ceremony": "inauguration", "inauguration ceremony": "inauguration",
    "inaugural ceremony": "inauguration", "dedication ceremony": "inauguration", "grand opening ceremony": "inauguration",
    "groundbreaking ceremony": "groundbreaking", "ground-breaking ceremony": "groundbreaking", "topping-out ceremony": "topping-out",
    "topping out ceremony": "topping-out", "foundation stone ceremony": "foundation-stone", "foundation-laying ceremony": "foundation-stone",
  } as Record<string, string>,
  carriers: ["plane", "airplane", "aeroplane", "airliner", "aircraft", "jet", "jetliner", "helicopter", "chopper", "train", "bus", "minibus",
    "coach", "car", "truck", "lorry", "van", "tanker", "ferry", "boat", "ship", "vessel", "submarine", "launch"],
  venues: ["stadium", "arena", "ground", "venue", "hall", "centre", "center", "park", "square", "stade", "stadion", "palace", "theatre", "theater", "dome", "coliseum", "oval", "bowl", "field", "gardens"],
  heads: {
    verbs: {
      "admitted": "admission", "was admitted": "admission", "hospitalised": "admission", "hospitalized": "admission",
      "was hospitalised": "admission", "was hospitalized": "admission", "was rushed to hospital": "admission",
      "sank": "occurred:capsizing", "capsized": "occurred:capsizing", "went down": "occurred:capsizing", "overturned": "occurred:capsizing",
      "set sail": "departure", "sailed": "departure", "sailed out": "departure", "departed": "departure", "left port": "departure",
      "left the port": "departure", "left the harbour": "departure", "left the harbor": "departure",
      "died": "death", "passed away": "death", "passed on": "death", "has passed on": "death", "breathed his last": "death", "breathed her last": "death", "breathed their last": "death",
      "succumbed": "death", "was found dead": "death", "were found dead": "death",
      "inaugurated": "inauguration", "was inaugurated": "inauguration", "officially opened": "inauguration",
      "derailed": "occurred:crash", "crashed": "occurred:crash",
    } as Record<string, string>,
    nouns: {
      "admission": "admission", "hospitalisation": "admission", "hospitalization": "admission", "sinking": "occurred:capsizing",
      "capsizing": "occurred:capsizing", "departure": "departure", "death": "death", "demise": "death", "inauguration": "inauguration",
      "derailment": "occurred:crash",
    } as Record<string, string>,
    laid: ["laid", "was laid", "were laid"],
    /**
     * Phases that happen again to one subject, with the days apart beyond which two dates of one are two
     * happenings: a patient is admitted again weeks on (Dilip Kumar: June 6 and June 30, 2021), a ferry sails
     * every few days; outlets that misdate one admission or one voyage slip by a few days.
     */
    recurs: { admission: 7, departure: 7 } as Record<string, number>,
    saying: ["said", "says", "say", "told", "tells", "reported", "reports", "announced", "announces", "confirmed", "confirms", "stated",
      "added", "according", "claimed", "claims", "wrote", "writes", "tweeted", "posted", "statement", "revealed", "disclosed",
      "apologised", "apologized", "admitted", "acknowledged", "denied", "insisted", "vowed", "pledged", "promised"],
  },
  /** Words of names spelled two ways by outlets: the British spelling -> the American (thing-phase.ts foldedId). */
  spellings: { centre: "center", theatre: "theater", harbour: "harbor", metre: "meter" } as Record<string, string>,
  planned: ["will", "would", "to", "shall", "should", "could", "may", "might", "must", "can", "not", "never", "expected", "scheduled", "due",
    "slated", "planned", "set", "supposed", "hoped", "intended", "yet"],
};

export default data;
