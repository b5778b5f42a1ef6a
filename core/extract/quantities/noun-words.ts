/** Word lists for reading the noun a number counts or measures. Lowercase. */

/** Nouns and participles that count people: their unit is "person". */
export const PEOPLE = new Set([
  "people", "person", "persons", "refugees", "refugee", "civilians", "civilian", "troops", "soldiers", "soldier",
  "fighters", "fighter", "ministers", "minister", "children", "child", "kids", "residents", "migrants", "migrant",
  "displaced", "injured", "wounded", "killed", "dead", "deaths", "casualties", "victims", "survivors", "hostages",
  "prisoners", "detainees", "inmates", "protesters", "protestors", "demonstrators", "workers", "employees", "staff",
  "officials", "officers", "police", "policemen", "militants", "rebels", "insurgents", "terrorists", "members",
  "voters", "citizens", "nationals", "immigrants", "asylum-seekers", "seekers", "women", "men", "girls", "boys",
  "babies", "patients", "students", "teachers", "doctors", "nurses", "journalists", "reporters", "diplomats",
  "delegates", "leaders", "lawmakers", "deputies", "senators", "mps", "adults", "individuals", "passengers",
  "tourists", "visitors", "pilgrims", "inhabitants", "personnel", "servicemen",
  "veterans", "recruits", "volunteers", "guards", "agents", "spies", "suspects", "arrested", "detained",
  "missing", "evacuees", "returnees", "syrians", "kurds", "turks", "arabs", "jews", "israelis", "iraqis",
  "palestinians", "afghans", "iranians", "lebanese", "americans", "russians", "ukrainians", "europeans",
  "drivers", "riders", "lives", "economists", "analysts", "scientists", "experts", "players", "fans", "customers",
  "users", "shoppers", "consumers", "farmers", "miners", "pilots", "crew", "sailors", "firefighters", "marines",
  "pupils", "infants", "toddlers", "teenagers", "youths", "pensioners", "retirees", "homeowners", "tenants",
  "investors", "shareholders", "traders", "executives", "managers", "directors", "lawyers", "judges", "athletes",
  "runners", "cyclists", "supporters", "attendees", "participants", "spectators", "viewers", "applicants",
  "candidates", "winners", "recipients", "beneficiaries", "fatalities", "infected", "evacuated", "homeless",
  "unemployed", "jobless", "mourners", "worshippers", "fishermen", "settlers", "peacekeepers", "commuters",
  // Later additions: people counted by role, place or origin in news copy.
  "borrowers", "taxpayers", "motorists", "pedestrians", "bystanders", "paramedics", "cops", "convicts", "offenders",
  "defendants", "jurors", "witnesses", "locals", "villagers", "islanders", "foreigners", "expats", "expatriates",
  "holidaymakers", "travellers", "travelers", "seafarers", "growers", "ranchers", "herders", "labourers", "laborers",
  "contractors", "engineers", "technicians", "researchers", "academics", "professors", "schoolchildren", "adolescents",
  "teens", "seniors", "servicemembers", "airmen", "militiamen", "gunmen", "attackers", "assailants", "kidnappers",
  "rioters", "activists", "campaigners", "donors", "guests", "competitors", "contestants", "nominees", "electors",
  "legislators", "politicians", "councillors", "councilors", "staffers", "clinicians", "physicians", "surgeons",
  "midwives", "carers", "caregivers", "dentists", "pharmacists", "newborns", "claimants", "graduates", "subscribers",
  "australians", "britons", "canadians", "germans", "indians", "pakistanis", "bangladeshis", "nigerians", "kenyans",
  "filipinos", "indonesians", "malaysians", "mexicans", "brazilians", "venezuelans", "haitians", "somalis",
  "sudanese", "ethiopians", "eritreans", "rohingya", "yemenis", "libyans", "egyptians", "saudis", "greeks",
  "italians", "spaniards", "poles", "romanians", "serbs", "croats", "albanians", "georgians", "armenians", "koreans",
  "vietnamese", "thais", "uighurs", "uyghurs", "nepalis", "tamils", "africans", "asians", "latinos", "hispanics",
  "muslims", "christians", "hindus", "sikhs", "buddhists", "catholics",
]);

/** Nouns a length or area measures in the news: preferred as the head of "security strip objective". */
export const MEASURED = new Set([
  "strip", "zone", "area", "corridor", "belt", "buffer", "border", "frontier", "line", "wall", "fence", "road",
  "highway", "route", "radius", "range", "territory", "region", "stretch", "trench", "tunnel", "pipeline",
  "bridge", "tower", "building", "runway", "distance", "depth", "journey", "trip", "drive", "march", "trek",
]);

/** Words that end the noun phrase after a number. */
export const STOP = new Set([
  "of", "in", "on", "at", "to", "from", "by", "for", "with", "into", "onto", "over", "under", "across", "along",
  "and", "or", "but", "nor", "than", "that", "which", "who", "whom", "whose", "where", "when", "while", "as",
  "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will", "would",
  "could", "should", "may", "might", "must", "can", "the", "a", "an", "this", "these", "those", "its", "their",
  "his", "her", "our", "your", "my", "per", "each", "every", "since", "after", "before", "during", "until",
  "about", "around", "between", "among", "against", "without", "within", "through", "via", "not", "no", "also",
  "still", "only", "just", "if", "so", "said", "says", "say", "told", "according", "last", "next", "ago",
  // "18 children ages 3-16", "voters ages 18 to 29": the ages of those counted, never what is counted.
  "ages", "aged",
]);

/** Modifiers skipped on the way to the head noun: "two million more refugees", "eight EU foreign ministers". */
export const MODIFIERS = new Set([
  "more", "other", "new", "additional", "extra", "further", "foreign", "local", "senior", "armed", "young",
  "old", "former", "unarmed", "innocent", "security", "military", "civilian", "registered", "unregistered",
  "displaced", "internally", "deep", "long", "wide", "tall", "high", "thick", "few", "several", "many", "own",
]);

/** Adjectives of measure that sit between a unit and its noun: "30-mile deep security strip". */
export const MEASURE_ADJECTIVES = new Set(["deep", "long", "wide", "tall", "high", "thick", "broad", "across", "round"]);

/** Words ending in "s" that are not plural nouns. */
export const NOT_PLURAL = new Set(["is", "was", "has", "this", "its", "his", "us", "as", "yes", "thus", "plus", "less",
  "across", "always", "perhaps", "whereas", "unless", "various", "previous", "serious", "famous", "news", "series",
  "species", "status", "bus", "gas", "analysis", "crisis", "basis", "process", "access", "success", "progress", "congress"]);

/**
 * Things the news counts by the million: after a glued "m" ("20m phones", "3m barrels") the
 * letter is a scale, not metres. Metres are measured of waves, walls and towers, not of these.
 */
export const MILLIONS_OF = new Set([
  "phones", "smartphones", "handsets", "users", "customers", "subscribers", "viewers", "listeners", "readers",
  "visitors", "tourists", "passengers", "travellers", "travelers", "jobs", "homes", "households", "houses",
  "doses", "vaccines", "votes", "voters", "shares", "barrels", "copies", "units", "cars", "vehicles", "devices",
  "accounts", "downloads", "tickets", "tons", "tonnes", "bags", "meals", "animals", "birds", "chickens",
  "pigs", "cattle", "sheep", "jabs", "tests", "cases", "infections", "followers", "members", "pupils", "students",
  "patients", "workers", "employees", "pensioners", "families", "children", "adults", "women", "men", "people",
  "bottles", "packets", "items", "parcels", "orders", "transactions", "claims", "applications", "calls", "messages",
  "records", "emails", "hectares", "acres", "euros", "dollars", "pounds", "shillings", "rupees", "yuan", "yen",
  // Port throughput: "12.4m teu" is 12.4 million twenty-foot containers.
  "teu", "teus", "containers",
]);
