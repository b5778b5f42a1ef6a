/**
 * Data, not code: the words that tell a step of a report's event happening, by the step they tell
 * (dates/event-clock.ts gives a clock time in their clause the day of the report's event, and
 * subject/clock-slot.ts marks it as the hour of that step). Lowercase, as written, up to four words.
 * 'event': the event itself: a quake striking, a fire breaking out, a building collapsing, a
 *   train derailing, a plane going down. "started burning" and "was felt" (a quake) tell the event;
 *   "began" alone does not.
 * 'departure', 'distress' and 'contact-lost': the steps an air or sea disaster's reports time
 *   besides its end: the take-off or sailing, the crew's call for help, the last contact with the craft.
 * 'alert', 'entry' and 'arrest': the steps an attack's or an accident's reports time besides the event:
 *   the first call to the police or the fire service ("received a call for help at 9.23pm"), an
 *   attacker getting in ("broke into the facility at around 2:30 a.m."), the suspect's arrest or
 *   surrender ("turned himself in at around 3 a.m."). Each is one moment of the story, so two
 *   reports' hours of it disagree as two hours of the event do.
 * Verbs of what goes on for hours ("began", "started", "continued") and of saying, calling or
 * counting are not here: the time they carry is of another step of the story.
 */
const data = {
  event: [
    "struck", "hit", "jolted", "rocked", "shook", "occurred", "happened", "took place", "broke out", "erupted", "exploded",
    "went off", "detonated", "blew up", "collapsed", "caved in", "gave way", "crashed", "derailed", "collided", "capsized",
    "sank", "overturned", "crumbled", "fell down", "toppled", "came crashing down", "caught fire", "opened fire", "made landfall",
    "came down", "went down", "tore through", "ripped through", "burst", "attacked", "stormed", "slammed into", "plunged",
    "overshot", "skidded off", "tumbled", "rang out", "caught alight", "started burning", "began burning", "was felt", "were felt",
    "ruptured", "leaked", "blew out", "breached", "swept away",
  ],
  departure: ["took off", "departed", "taking off", "left", "set off", "set sail", "started its journey", "began its journey"],
  distress: ["distress call", "distress signal", "mayday", "sos call", "sos signal"],
  "contact-lost": [
    "lost contact", "last contact", "last made contact", "contact was lost", "lost radar contact", "disappeared from radar",
    "vanished from radar", "dropped off radar", "lost communication", "disappeared from radar screens",
  ],
  alert: [
    "received a call", "received calls", "received several calls", "received multiple calls", "received an emergency call",
    "received a report", "received reports", "was notified", "were notified", "was alerted", "were alerted", "call for help",
    "emergency call", "911 call", "called 911", "raised the alarm", "sounded the alarm",
  ],
  entry: ["broke into", "broken into", "forced his way into", "forced their way into", "entered the building", "entered the premises"],
  arrest: ["arrested", "detained", "turned himself in", "turned herself in", "turned themselves in", "surrendered", "taken into custody"],
} as const;

/**
 * Words that start an event of a moment when it is their subject or object ("The fire started just
 * before 2:40 a.m.", "The blaze, triggered at 9:55 a.m.", "Kim started the fire at 9:53 a.m."): the
 * start of a fire or a stampede is the event (dates/event-noun-clock.ts), where "began" alone is not.
 */
export const STARTING_VERBS: readonly string[] = ["started", "began", "was started", "was triggered", "triggered", "was sparked", "sparked", "ignited", "was ignited", "set"];

/**
 * Generic nouns of a happening at one moment, besides the classes below, whose report's hour is
 * its hour: "The accident was reported at around 3:30 p.m.", "The fire was first reported to the
 * city fire station at 11:23 a.m." (dates/event-noun-clock.ts).
 */
export const MOMENT_NOUNS: readonly string[] = ["accident", "incident", "tragedy"];

/** How a report tells when a happening was first reported ("was reported", "was first reported"). */
export const REPORTED_VERBS: readonly string[] = ["was reported", "was first reported", "was initially reported", "were reported", "was first noticed", "was spotted"];

/**
 * The event classes (subject/data/events.ts) of a happening at one moment, whose noun right before a
 * clock tells the event's hour ("the collapse at 5am"): not a war, a protest, an election or an epidemic.
 */
export const MOMENT_EVENTS: ReadonlySet<string> = new Set(["attack", "bombing", "airstrike", "shelling", "raid", "earthquake", "fire",
  "shooting", "massacre", "crash", "collapse", "landslide", "avalanche", "tsunami", "eruption", "stampede", "capsizing", "leak"]);

/** The steps, each with the words that tell it. */
export const HAPPENING_STEPS: Readonly<Record<string, readonly string[]>> = data;

/** How an explanation names a step other than the event itself. */
export const STEP_NAMES: Readonly<Record<string, string>> = {
  departure: "departure", distress: "distress call", "contact-lost": "last contact", alert: "first call for help", entry: "entry", arrest: "arrest",
};
