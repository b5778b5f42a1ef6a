/**
 * Data, not code: Event words, after the published hazard and event taxonomies newsrooms report by (EM-DAT's disaster types: geophysical, hydrological, meteorological, technological/transport, and ACLED's/CAMEO's violent-event types: attacks, explosions, sieges, mass shootings), coarse enough that outlets' different words for one event meet (crush = stampede; blast = bombing = explosion; derailment = collision = crash). 'words': a word -> the event name old subject keys use ('killed|azaz|bombing'); 'classes': that name -> the event type class frames compare (two wordings of one event get one class). A class not listed is its own name. 'idioms': an event noun and the word after it naming no event ('war footing', 'war of words', 'fire drill'), or the word before it ('rescue operation': the work after an event, not the event). 'labourCues': words before 'strike' that make it a labour strike, not a military one.
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild
 * cannot parse import attributes (`with { type: "json" }`).
 */
const data = {
  "_doc": "Event words. 'words': a word -> the event name old subject keys use ('killed|azaz|bombing'); 'classes': that name -> the event type class frames compare (two wordings of one event get one class). A class not listed is its own name. 'idioms': an event noun and the word after it naming no event ('war footing', 'war of words', 'fire drill'), or the word before it ('rescue operation': the work after an event, not the event). 'labourCues': words before 'strike' that make it a labour strike, not a military one. 'modifierClasses': the word before a generic event noun ('disaster', 'tragedy') that gives its class ('the Brumadinho dam disaster' is a collapse, 'the ferry tragedy' a capsizing); unmodified, the generic noun is class 'disaster', which a story's specific event overrides. 'actVerbs': verbs that tell the event of a count after them ('Gunmen attacked a police station in Kabul, killing 2'). 'tollClasses': the event classes a toll of dead or injured belongs to (not an election, an operation or a ceasefire). 'consequenceCues': words after which an event noun is what the story's happening brought about ('a dam collapsed, causing a flash flood', 'quake triggers tsunami'), not the happening. 'shakingVerbs': verbs after a plural quake word that make it the shaking of one quake, not several quakes ('The tremors were felt in the capital'). 'breach': words that tell a collapse only of a structure that holds water back ('the dam breached', 'a breach in the embankment'; not 'a data breach', 'breach of contract'), and those structures.",
  "words": {
    "war": "war", "wars": "war", "conflict": "war", "conflicts": "war", "fighting": "war", "hostilities": "war", "clashes": "war", "clash": "war",
    "attack": "attack", "attacks": "attack", "assault": "attack", "bombing": "bombing", "bombings": "bombing", "blast": "bombing", "blasts": "bombing",
    "explosion": "bombing", "explosions": "bombing", "bomb": "bombing", "airstrike": "airstrike", "airstrikes": "airstrike", "strike": "airstrike",
    "strikes": "airstrike", "bombardment": "airstrike", "shelling": "shelling", "raid": "raid", "raids": "raid",
    "offensive": "offensive", "operation": "operation", "invasion": "invasion", "earthquake": "earthquake",
    "earthquakes": "earthquake", "quake": "earthquake", "tremor": "earthquake", "temblor": "earthquake",
    "flood": "flood", "floods": "flood", "flooding": "flood", "deluge": "flood", "wildfire": "fire", "wildfires": "fire", "bushfire": "fire",
    "fire": "fire", "fires": "fire", "blaze": "fire", "inferno": "fire", "shooting": "shooting", "shootings": "shooting", "gunfire": "shooting",
    "massacre": "massacre", "ambush": "attack", "stabbing": "attack", "crackdown": "crackdown", "protests": "protest",
    "protest": "protest", "crash": "crash", "collision": "crash", "violence": "violence", "storm": "storm", "hurricane": "storm", "cyclone": "storm",
    "typhoon": "storm", "tornado": "tornado", "famine": "famine", "epidemic": "epidemic", "pandemic": "epidemic", "outbreak": "epidemic", "uprising": "uprising", "revolution": "uprising", "unrest": "uprising",
    "coup": "coup", "landslide": "landslide", "landslides": "landslide", "mudslide": "landslide", "avalanche": "avalanche",
    "tsunami": "tsunami", "eruption": "eruption", "stampede": "stampede", "riot": "riot", "riots": "riot", "mutiny": "riot", "derailment": "crash", "election": "election", "elections": "election",
    "ceasefire": "ceasefire", "truce": "ceasefire", "collapse": "collapse", "heatwave": "heatwave", "drought": "drought",
    "disaster": "disaster", "tragedy": "disaster", "catastrophe": "disaster", "capsize": "capsizing", "capsizing": "capsizing",
    "sinking": "capsizing", "shipwreck": "capsizing", "sunken": "capsizing", "leak": "leak",
    "crush": "stampede", "crushes": "stampede", "stampedes": "stampede", "crashes": "crash", "collisions": "crash", "derailments": "crash",
    "pile-up": "crash", "pileup": "crash", "siege": "attack", "sieges": "attack", "hostage-taking": "attack", "rampage": "attack",
    "shootout": "shooting", "stabbings": "attack", "ambushes": "attack", "massacres": "massacre", "blazes": "fire", "infernos": "fire",
    "floodwaters": "flood", "landslip": "landslide", "landslips": "landslide", "mudslides": "landslide", "rockslide": "landslide",
    "collapses": "collapse", "cave-in": "collapse", "shipwrecks": "capsizing", "storms": "storm", "hurricanes": "storm", "cyclones": "storm",
    "typhoons": "storm", "blizzard": "storm", "snowstorm": "storm", "hailstorm": "storm", "windstorm": "storm", "superstorm": "storm",
    "quakes": "earthquake", "tremors": "earthquake", "eruptions": "eruption", "tsunamis": "tsunami", "heatwaves": "heatwave",
    "incident": "disaster", "accident": "disaster", "calamity": "disaster", "disasters": "disaster", "tragedies": "disaster"
  },
  "modifierClasses": {
    "dam": "collapse", "bridge": "collapse", "building": "collapse", "ferry": "capsizing", "boat": "capsizing", "ship": "capsizing",
    "launch": "capsizing", "vessel": "capsizing", "train": "crash", "rail": "crash", "railway": "crash", "bus": "crash", "plane": "crash",
    "air": "crash", "road": "crash", "gas": "leak", "chemical": "leak", "stampede": "stampede", "crowd": "stampede",
    "crush": "stampede", "helicopter": "crash", "aircraft": "crash", "jet": "crash", "car": "crash", "truck": "crash", "lorry": "crash",
    "minibus": "crash", "traffic": "crash", "aviation": "crash", "fire": "fire", "flood": "flood", "earthquake": "earthquake", "quake": "earthquake",
    "storm": "storm", "hurricane": "storm", "cyclone": "storm", "typhoon": "storm", "landslide": "landslide", "mudslide": "landslide"
  },
  "classes": {
    "attack": "attack", "bombing": "attack", "airstrike": "attack", "shelling": "attack", "shooting": "attack", "massacre": "attack",
    "war": "war", "violence": "war", "offensive": "war", "invasion": "war"
  },
  "verbs": {
    "exploded": "bombing", "detonated": "bombing", "blew": "bombing", "collapsed": "collapse", "crashed": "crash", "derailed": "crash",
    "capsized": "capsizing", "burst": "collapse", "sank": "capsizing",
    "trampled": "stampede", "stampeded": "stampede", "surged": "stampede", "collided": "crash", "overturned": "crash", "plunged": "crash",
    "ruptured": "leak", "leaked": "leak"
  },
  "actVerbs": {
    "attacked": "attack", "stormed": "attack", "ambushed": "attack", "raided": "raid", "bombed": "bombing", "shelled": "shelling",
    "struck": "airstrike", "exploded": "bombing", "detonated": "bombing", "erupted": "eruption", "collapsed": "collapse", "crashed": "crash", "derailed": "crash", "capsized": "capsizing",
    "stabbed": "attack", "rammed": "attack", "besieged": "attack", "trampled": "stampede", "stampeded": "stampede", "collided": "crash",
    "overturned": "crash", "plunged": "crash", "sank": "capsizing"
  },
  "idioms": ["war footing", "war room", "war chest", "war of", "war cry", "war games", "fire drill", "fire exit", "fire escape",
    "rescue operation", "rescue operations", "search operation", "search operations", "relief operation", "relief operations", "recovery operation", "recovery operations"],
  "labourCues": ["general", "hunger", "labour", "labor", "union", "unions", "workers", "national", "teachers", "nurses", "doctors", "rail", "transport", "dock", "miners", "sympathy", "wildcat", "nationwide"],
  "tollClasses": ["attack", "war", "earthquake", "flood", "fire", "storm", "tornado", "crash", "landslide", "avalanche", "tsunami", "eruption", "stampede", "collapse", "heatwave", "raid", "crackdown", "capsizing", "leak", "disaster"],
  "consequenceCues": ["causing", "caused", "causes", "triggering", "triggered", "triggers", "sparking", "sparked", "sparks", "led to", "leading to", "resulting in", "resulted in", "set off", "setting off", "generating", "generated", "generates", "generate"],
  "shakingVerbs": ["felt", "shook", "rocked", "jolted", "rattled"],
  "breach": { "words": ["breach", "breaches", "breached"], "structures": ["dam", "dams", "embankment", "embankments", "levee", "levees", "dyke", "dykes", "dike", "dikes", "reservoir", "reservoirs", "barrage", "bund", "canal", "tailings"] },
  "venues": ["market", "marketplace", "bazaar", "mosque", "church", "cathedral", "synagogue", "temple", "shrine", "school", "university", "college", "hospital", "clinic", "stadium", "arena", "station", "airport", "mall", "hotel", "restaurant", "cafe", "bar", "nightclub", "club", "concert", "festival", "parade", "carnival", "wedding", "funeral", "checkpoint", "square", "bridge", "factory", "mine", "plant", "refinery", "port", "harbour", "harbor", "camp", "prison", "jail", "embassy", "consulate", "headquarters", "base", "barracks", "bus", "train", "subway", "metro", "highway", "motorway", "building", "theatre", "theater", "museum", "park", "beach", "rally", "convoy", "ministry", "parliament", "palace", "compound", "warehouse", "supermarket", "store", "shop", "office", "tower", "pipeline", "dam", "tunnel"],
  "sudden": {
    "_doc": "Happenings that are one moment, whose start is their occurrence: 'the fire broke out on Friday night' and 'the fire on Thursday night' date one thing (Jhansi NICU fire, 2024). 'classes': event classes of a sudden happening (not a war, an epidemic, a drought, a flood or a festival); 'words': nouns of a sudden act in a class that may last (an attack may be a 14-hour rampage, as in Nova Scotia, 2020; a blast is one moment); 'lasting': words of those classes that name a happening lasting days, or several ('the wildfire broke out on Monday' and 'the wildfire on Thursday' are two days of one fire; 'fires broke out on Monday' may be many fires).",
    "classes": ["fire", "collapse", "crash", "capsizing", "landslide", "stampede", "earthquake", "leak", "avalanche", "tsunami"],
    "words": ["blast", "explosion", "bombing", "bomb", "airstrike", "stabbing"],
    "lasting": ["wildfire", "wildfires", "bushfire", "bushfires", "forest", "fires", "blazes", "landslides", "quakes", "earthquakes", "crashes"]
  },
  "compoundLeads": ["air", "drone", "missile", "rocket", "terror", "terrorist", "suicide", "car", "civil", "chemical", "ground", "military", "bomb", "gas", "mass", "school", "mall", "forest", "flash"]
};

export default data;
