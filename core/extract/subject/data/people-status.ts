/**
 * Data, not code: what a count of people outside any one disaster's toll counts, told by the words
 * around it (people-status.ts, jobs-cut.ts).
 * 'verbsBefore': an active verb right before the count -> class ("able to rescue 31 migrants", "arrests
 * 40 protesters"). Only verb forms: the noun "rescue" ("31 rescue workers") is no status.
 * 'nounsTo': a status noun, "to" and the count ("the deaths of 96 people and injuries to 766 others").
 * 'nounsOf': a status noun, "of" and the count -> class ("the arrest of the 49 suspects", "the evacuation of
 * 6,000 residents"). 'ordersFor': a status noun with what it covers before the count ("evacuation orders
 * affecting some 2,200 homes and 6,000 residents").
 * 'after': a phrase after the count of people and its auxiliaries -> class ("are in the custody of the U.S.
 * Border Patrol", "were ordered to evacuate", "were forced to flee", "took more than 1,200 people hostage", "704 people
 * are in hospital", "1.5 million people lost their homes", "Twenty-eight people, mainly from North Africa, went on trial"; the charged,
 * tried, convicted and acquitted of one case are four counts). 'adverbs': words a report puts
 * between the count and its verb ("were Friday detained", "were later released").
 * 'people': counted nouns of people beyond lexicon.ts PEOPLE that a status before the count may count ("the
 * arrest of the 49 suspects"); a count of homes or cars never is.
 * 'arrivals': verbs after migrants, refugees or asylum-seekers counted that make them arrivals at a
 * place ("35,000 migrants arrive", "1,200 migrants have reached Lampedusa"); 'arrivalPeople': the nouns.
 * 'jobsCut': the job cuts of an employer: 'verbs' of cutting before the count of 'nouns' ("cut 15,000
 * jobs", "laying off more than 2,000 employees", "laid off another 220 staff"); 'cuts' nouns that name
 * the cut before the count ("job cuts affecting approximately 15,000 employees") or after it ("15,000
 * layoffs"); 'workforce': what a share of is cut, its count then set beside it ("cut more than 15% of
 * its workforce, some 17,500 people").
 * 'workforce': counted nouns that are an employer's people ("Intel had 124,800 employees"), and
 * 'having': verbs between the employer, the clause subject, and the count.
 */
const data = {
  verbsBefore: {
    rescue: "rescued", rescues: "rescued", rescuing: "rescued",
    arrest: "arrested", arrests: "arrested", detain: "arrested", detains: "arrested", apprehended: "arrested", apprehend: "arrested",
    evacuate: "evacuated", evacuates: "evacuated", evacuating: "evacuated",
  } as Record<string, string>,
  nounsTo: { injuries: "injured", injury: "injured" } as Record<string, string>,
  nounsOf: { arrest: "arrested", arrests: "arrested", detention: "arrested", evacuation: "evacuated", rescue: "rescued" } as Record<string, string>,
  ordersFor: { evacuation: "evacuated", "evacuation order": "evacuated", "evacuation orders": "evacuated", "evacuation warnings": "evacuated" } as Record<string, string>,
  after: {
    "in the custody of": "arrested", "in custody": "arrested", "in police custody": "arrested", "taken into custody": "arrested", apprehended: "arrested",
    "ordered to evacuate": "evacuated", "told to evacuate": "evacuated", "forced to evacuate": "evacuated", "ordered to leave": "evacuated",
    "ordered out": "evacuated", "forced to flee": "displaced", "forced from their homes": "displaced",
    "lost their homes": "displaced", "left homeless": "displaced", "made homeless": "displaced",
    hostage: "hostage", "taken hostage": "hostage", "held hostage": "hostage", "held captive": "hostage",
    "in hospital": "injured.in-hospital", "in hospitals": "injured.in-hospital", "in the hospital": "injured.in-hospital",
    charged: "charged", indicted: "charged", "went on trial": "tried", "stood trial": "tried", "on trial": "tried", convicted: "convicted", acquitted: "acquitted",
  } as Record<string, string>,
  adverbs: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "overnight",
    "subsequently", "initially", "temporarily", "briefly", "eventually", "finally", "safely", "successfully", "then", "so far"],
  people: ["suspect", "activist", "demonstrator", "protestor", "passenger", "visitor", "tourist", "employee", "staffer", "fan", "spectator", "pilgrim", "worshipper"],
  arrivals: ["arrived", "arrive", "arriving", "arrives", "landed", "land", "reached", "reach", "came ashore", "disembarked"],
  arrivalPeople: ["migrant", "migrants", "refugee", "refugees", "asylum-seeker", "asylum-seekers", "asylum seekers", "people", "persons"],
  jobsCut: {
    verbs: ["cut", "cuts", "cutting", "slash", "slashes", "slashing", "slashed", "eliminate", "eliminates", "eliminating", "eliminated",
      "axe", "axes", "axing", "axed", "shed", "sheds", "shedding", "lay off", "lays off", "laying off", "laid off", "trim", "trims", "trimming",
      "furlough", "furloughs", "furloughing", "furloughed", "reduce its headcount by", "reducing our head count by", "reducing its headcount by"],
    nouns: ["jobs", "job", "positions", "roles", "employees", "workers", "staff", "staffers", "people", "posts", "personnel"],
    cuts: ["job cuts", "layoffs", "lay-offs", "redundancies", "job losses", "job reductions"],
    workforce: ["workforce", "staff", "employees", "headcount", "head count", "jobs", "global workforce"],
  },
  workforce: ["employee", "worker", "staff", "staffer", "member", "student", "subscriber", "user", "customer", "visitor", "tourist"],
  having: ["has", "had", "have", "employs", "employed", "employing", "counts", "counted", "saw", "sees", "received", "receives",
    "welcomed", "welcomes", "attracted", "attracts", "drew", "draws", "hosts", "hosted", "boasts", "boasted", "lost", "added", "gained", "serves", "served"],
};
export default data;
