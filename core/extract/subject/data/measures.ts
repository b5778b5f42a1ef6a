/**
 * Data, not code: What a count or measure is of, as classes. 'casualty': status words that make a count of people a casualty count ('killed six', '81 injured', 'have been wounded') -> class. 'nouns': counted nouns (singular) -> class. 'phrases': words after or around a count that name its class ('death toll', 'lives lost', 'under temporary protection'). 'dimensions': words that say which measure of a thing a number gives; 'linear': things that run along one line, whose bare length glued before them is their length ('a 200-metre section' = 'an 80-metre long stretch'), unlike a gorge's or a tower's ('section' is one class with 'stretch', 'portion', 'segment'). Refugees (crossed a border) and the internally displaced are two classes on purpose: reports give both side by side.
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild
 * cannot parse import attributes (`with { type: "json" }`).
 */
const data = {
  "_doc": "What a count or measure is of, as classes. 'casualty': status words that make a count of people a casualty count ('killed six', '81 injured', 'have been wounded') -> class. 'nouns': counted nouns (singular) -> class. 'phrases': words after or around a count that name its class ('death toll', 'lives lost', 'under temporary protection'). 'dimensions': words that say which measure of a thing a number gives; 'linear': things that run along one line, whose bare length glued before them is their length ('a 200-metre section' = 'an 80-metre long stretch'), unlike a gorge's or a tower's ('section' is one class with 'stretch', 'portion', 'segment'). Refugees (crossed a border) and the internally displaced are two classes on purpose: reports give both side by side. 'Dead or missing' is its own class: a sum of two counts, never the dead alone. 'roles': counted nouns that say who an event's dead or trapped were as a whole (the mine's workers, the pilgrimage's devotees, the boat's migrants): '28 workers killed' and '40 miners confirmed dead' are one toll, so a role stays out of the measure and the scope, unlike a part ('10 Marines', 'three children'). 'rolesOf': roles of one class only (the jobs cut counted as jobs, roles or employees are one count; suspects arrested are all those arrested, protesters a part of them): those evacuated or driven from their homes are a place's residents as a whole ('forced about 50,000 residents to evacuate' and '50,000 people evacuated' are one count), while 'three residents killed' in a shelling is a part of its dead. 'trapped' and 'buried' (under a collapse or a landslide) are counts of their own; 'condition': the injured told by their condition, a part of the injured, never all of them ('352 injured, 99 of them critically', '99 people are still in a critical condition', '16 people were wounded, including 12 in serious condition', '34 people are reported to be injured, 4 seriously'): critical (or grave, life-threatening) and serious are two classes, reports give both side by side ('including 25 critically wounded and 33 in serious condition'). 'toDeath': verbs of a violent death, before 'to death' or 'dead' ('were crushed to death', 'crushed 1,134 people to death', 'beat three men to death'): the dead. 'aliveToDeath': verbs that before 'alive' tell a death ('312 persons were burnt alive'), unlike 'buried alive' or 'pulled out alive'. 'statusAfterOnly': status words that count people only after the count, never a verb before it: nouns and adjectives ('five dead', '12 deaths', '3,000 homeless', '40 casualties', '12 missing') and 'relocated' ('225,000 people were urgently relocated', '100,000 victims have been relocated'; 'relocated' is what reports of one quake call the displaced: '87,000 people relocated' and '87,000 people who have been displaced'), never as a verb before it ('The company relocated 300 workers': a move of staff), neither the dead nor the missing. 'statusNotCasualty': status words right after a count of people that say what befell them without hurting them ('over 5.7 million affected', '12,38,048 families stranded'): they are the count's measure, so a casualty word further on ('affected\\nDeath toll', the next line) is not; the hospitalised are the injured still in hospital (a subset of the injured, as frame-steps.ts reads 'remain in hospital'); the rescued and the survivors are two classes (some survivors got out on their own). 'aboard': everyone aboard a vessel or inside a site when an event struck ('180 to 200 people on board', 'carrying 400 refugees', 'passengers and crew', '87 people inside the mine at the time'): 'whole' nouns name them all, 'withCrew' nouns only with 'and crew' or 'plus crew' ('68 passengers and four crew' counts the passengers alone); 'joined': two people nouns sharing one figure ('a school bus carrying 44 students and teachers'), everyone aboard when the figure is carried or aboard. A guest of a cruise ship is a passenger; a crew member is crew ('15 crew members': the class of the two words, not the generic 'member'). Passengers are everyone aboard unless the crew is told apart near them ('68 passengers and four crew', 'Six crew members were also on board'): 'an overcrowded boat with 278 passengers', 'approximately 40 passengers on board', 'Only 104 of the estimated 750 passengers survived' all count the vessel's people ('vessels': what carries them). 'capacity': a venue's capacity told as the people it holds ('a capacity of over 87,000 spectators', 'able to host 60,000 visitors', 'a seating capacity of 68,000'): 'before' the figure, 'nouns' after it (or none); the people there on a day are the crowd, and what a venue is 'designed to' hold a plan. 'areaBurned': an area after a verb of burning ('has burned 23,700 acres', 'consuming more than 8,000 acres'): the area a fire burned, whatever was on it ('burned 5,000 hectares of forest'); 'own' verbs say burning themselves, the others ('consumed', 'destroyed') only in a sentence naming a 'fire'; 'several' words before the verb make it the area of several fires together ('these blazes have scorched nearly 39,000 acres'). 'population': inhabitants (and the French-English 'habitants') are a place's population. 'crowd': the size of a crowd, however told: by a crowd noun ('250,000 protesters', 'marchers'), by what its people did ('150,000 rallied', 'at least 400,000 had protested', 'half a million people showed up', 'around 250,000 people attended the event': an event's attendance, not 'attended its courses'), or by the crowd's own noun before the figure ('estimated the turnout at half a million', 'a crowd count of half a million', 'crowds of 100,000', 'estimate the number of participants at about 150,000'): organisers' and police figures for one march are one measure (a status word read first, '50 protesters were arrested', keeps its class). 'undocumented': a status that makes a count of people those without papers ('775,000 unregistered Afghans', 'one million Afghan nationals without legal documentation'), a part of all of them. 'nationality': counted nouns that, with a demonym ('196 Dutch citizens', '154 Dutch passengers', '67 German nationals', '72 Germans'), count the people of one nationality among those aboard or killed: one measure 'national', the nationality in the scope. 'takenOut': verbs of taking people out that, with 'alive' after the count, make it the rescued ('pulled 22 out alive' with 'verbs' before the count, 'were pulled out alive' with any of them after it); 'survivorsRescued': verbs after a count of survivors that make them the rescued ('33 survivors were rescued', 'eight more survivors were picked up'). 'hospital': how a clause after a count of people says they were hurt without a status word: 'sent' verbs with 'to hospital' ('Ten others were rushed to hospitals'), 'stayed' verbs with 'in hospital' ('nine people remain in hospital', then the in-hospital subset); never a count of 'carers' ('200 doctors were sent to hospitals'). 'diedWhere': where the dead counted died, right after the verb of dying ('Twelve people died at the scene. Five others died in hospital'): a part of the toll, its own class ('killed.at-scene', 'killed.in-hospital'), never the toll. 'presumedDead': after a count, a verb of presuming and a state of death ('over 120 were feared dead', 'are presumed dead'): the missing presumed dead, never the dead found beside them ('were believed killed' is an unconfirmed report of the dead, and stays the dead). 'toShelter': a verb of moving people after a count, then where to ('Nearly 80,000 people were moved to emergency shelters', 'were taken to evacuation centres'): the evacuated. 'forcedOut': a verb of forcing before the count and what it forced them to do or where from after it ('forced about 50,000 residents to evacuate', 'forcing 3,000 people to flee', 'forced 5,000 from their homes') -> class. 'survivorsFound': verbs that, before a count of survivors (told by rescuers or in the perfect: 'a study found 60 survivors' is no rescue) or after it in the passive ('12 survivors found shelter' is none), say rescuers reached them, so they are the rescued like 'survivorsRescued' ('Rescuers have found 12 survivors', 'Ten survivors have been found'): a report counting the survivors found and one counting the people rescued count one thing. 'rolesOf' 'survivor' and 'rescued': the passengers who survived a crash or were rescued from a sinking are all its survivors or rescued ('Six passengers survived the accident' and 'Thirteen survivors'), unlike the passengers killed (the driver and the crew die too). 'crowd' 'before': words right before the figure that make it the attendance of an event ('attended by around 1,500 people', 'drew a record six million people'), when the figure counts a crowd's people ('people', 'attendees': 'attended by nearly 100 heads of state' counts the dignitaries among a crowd); a crowd's people told by a vague figure ('Tens of thousands of citizens gathered') are read past 'of', and two people nouns count one crowd ('some 500,000 students and teachers took to the square'); people 'present at' an event ('At least 15,000 persons were present at the satsang') or who 'came to attend' it are its crowd. Nouns 'building', 'statue' and 'floors': one thing or one measure of it, whichever word an outlet uses (not 'block': a city block, or another block of flats than the building of a story; but a storey count is always a building's, frame-measure.ts STOREYED: 'a 24-storey residential block' and 'the 23-storey building') ('a 30-storey building' and 'a 33-storey structure', 'the 492ft statue' and 'the 160 ft monument', '77 floors' and 'an 80-floor tower'; a tower stays a tower: its height is read apart). Nouns 'place' and 'house': one count whichever word a reporter uses ('three other places' and 'five different locations' a gunman went to; 'almost 30 homes' and 'some 23 houses' a landslide hit); 'arrivals' are those who arrived ('a record 45,774 arrivals in 2022', 'Some 29,437 migrants arrived').",
  "casualty": {
    "killed": ["killed", "kill", "kills", "killing", "dead", "death", "deaths", "died", "die", "dies", "fatalities", "fatality", "slain", "perished", "drowned", "murdered", "massacred", "slaughtered", "deceased", "martyred"],
    "injured": ["injured", "injuring", "injures", "injure", "wounded", "wounding", "hurt", "injuries"],
    "displaced": ["displaced", "displacing", "displaces", "displace", "fled", "flee", "fleeing", "uprooted", "homeless", "relocated"],
    "arrested": ["arrested", "arresting", "detained", "detaining"],
    "missing": ["missing", "unaccounted"],
    "evacuated": ["evacuated"],
    "casualty": ["casualties", "casualty"],
    "trapped": ["trapped", "trapping"],
    "injured.in-hospital": ["hospitalised", "hospitalized"],
    "rescued": ["rescued", "saved"],
    "survivor": ["survived", "survivor", "survivors", "survive"],
    "buried": ["buried", "buries", "bury"]
  },
  "toDeath": ["shot", "stabbed", "burned", "burnt", "crushed", "trampled", "beaten", "beat", "hacked", "bludgeoned", "swept", "stoned", "lynched"],
  "aliveToDeath": ["burned", "burnt", "roasted"],
  "statusAfterOnly": ["dead", "deceased", "death", "deaths", "casualty", "casualties", "injuries", "missing", "homeless", "relocated"],
  "statusNotCasualty": ["affected", "stranded", "marooned", "sheltered", "stuck", "isolated", "cut-off"],
  "condition": {
    "critical": ["critical", "grave", "life-threatening", "critically", "gravely"],
    "serious": ["serious", "seriously", "severely"]
  },
  "aboard": {
    "whole": ["people", "person", "persons", "individual", "soul", "occupant", "migrant", "refugee", "asylum-seeker", "man", "men", "miner", "worker"],
    "withCrew": ["passenger", "passengers"],
    "joined": ["student", "teacher", "pupil", "staff", "crew", "chaperone", "guide", "driver", "guard", "escort", "parent", "relative",
      "pilgrim", "tourist", "worker", "soldier", "child", "adult", "woman"],
    "carryVerbs": ["carrying", "carried", "carries", "carry", "ferrying", "ferried", "transporting", "transported", "packed with", "crammed with", "overloaded with"],
    "vessels": ["boat", "ship", "vessel", "ferry", "launch", "trawler", "barge", "canoe", "dinghy", "raft", "yacht", "liner", "craft", "bus", "minibus", "coach",
      "plane", "aircraft", "airliner", "jet", "flight", "helicopter", "train", "truck", "lorry", "van", "boats", "ships", "vessels", "ferries", "buses", "planes", "trains", "trucks"]
  },
  "capacity": {
    "nouns": ["spectator", "visitor", "fan", "supporter", "guest", "people", "person", "seat", "worshipper", "pilgrim", "attendee"],
    "before": ["capacity of", "capacity for", "seating capacity of", "total capacity of", "spectator capacity of", "able to host", "able to hold",
      "able to seat", "able to accommodate", "can host", "can hold", "can seat", "can accommodate", "can welcome", "capable of holding",
      "capable of hosting", "capable of seating", "built to hold", "built to seat"]
  },
  "areaBurned": {
    "verbs": ["burned", "burnt", "burning", "burns", "burn", "scorched", "scorching", "charred", "charring", "blackened", "consumed", "consuming",
      "razed", "ravaged", "ravaging", "engulfed", "engulfing", "destroyed", "destroying", "devoured", "gutted"],
    "own": ["burned", "burnt", "burning", "burns", "burn", "scorched", "scorching", "charred", "charring", "blackened"],
    "fire": ["fire", "fires", "wildfire", "wildfires", "blaze", "blazes", "bushfire", "bushfires", "inferno", "flames", "forest fire", "brush fire", "grass fire"],
    "several": ["fires", "wildfires", "blazes", "bushfires", "combined", "together", "altogether", "in total", "all the"]
  },
  "crowd": {
    "nouns": ["protester", "protestor", "demonstrator", "marcher", "rallygoer", "rally-goer", "attendee", "crowd"],
    "people": ["people", "persons", "women", "men", "supporters", "protesters", "protestors", "demonstrators", "marchers", "participants", "others", "residents", "citizens", "worshippers", "pilgrims", "devotees", "fans", "spectators", "students", "teachers"],
    "verbs": ["rallied", "protested", "marched", "demonstrated", "showed up", "turned out", "turned up", "took to the streets", "took to the square", "took to the squares", "took part", "gathered", "massed", "thronged", "joined the march", "joined the protest", "joined the rally", "joined the protests", "joined the marches", "joined the rallies", "joined the demonstration"],
    "counts": ["turnout", "crowd", "crowds", "crowd count", "crowd size", "crowd estimate", "attendance", "gathering",
      "number of protesters", "number of demonstrators", "number of marchers", "number of participants", "number of attendees", "number of rallygoers"],
    "before": ["attended by", "drew", "drawing", "attracted", "attracting"],
    "attendees": ["guests", "mourners", "invitees", "visitors", "attendees", "worshippers", "pilgrims", "devotees", "fans", "spectators"],
    "attended": ["rally", "rallies", "march", "marches", "protest", "protests", "demonstration", "event", "gathering", "ceremony", "funeral", "concert", "festival", "service", "vigil", "match", "game", "parade", "celebration", "celebrations", "inauguration", "prayers", "prayer", "satsang", "sermon", "mass"]
  },
  "nationality": ["passenger", "citizen", "national", "victim", "person"],
  "takenOut": {
    "verbs": ["pull", "pulls", "pulled", "pulling", "drag", "drags", "dragged", "dragging", "dig", "digs", "dug", "digging", "bring", "brings", "brought", "bringing", "get", "gets", "got", "gotten", "getting"],
    "passive": ["taken", "carried", "rescued", "evacuated", "lifted", "winched", "plucked", "extracted"],
    "survivorsRescued": ["rescued", "saved", "picked up", "plucked", "pulled", "pulled out", "winched", "airlifted", "fished out", "brought ashore"],
    "survivorsFound": ["found", "located"]
  },
  "hospital": {
    "sent": ["rushed", "taken", "admitted", "sent", "brought", "transferred", "transported", "airlifted", "flown", "moved", "shifted", "hospitalised", "hospitalized", "treated", "being treated", "receiving treatment"],
    "stayed": ["remain", "remains", "remained", "still"],
    "carers": ["doctor", "doctors", "nurse", "nurses", "medic", "medics", "paramedic", "paramedics", "surgeon", "surgeons", "staff", "volunteer", "volunteers",
      "personnel", "official", "officials", "team", "teams", "specialist", "specialists", "ambulance", "ambulances", "bed", "beds", "unit", "units", "body", "bodies"]
  },
  "diedWhere": {
    "at-scene": ["at the scene", "on the spot", "at the site", "on site", "at the crash site", "at the accident site", "instantly", "on impact"],
    "in-hospital": ["in hospital", "at hospital", "in the hospital", "at the hospital", "in a hospital", "at a hospital", "in hospitals", "on the way to hospital", "on the way to the hospital", "en route to hospital", "while being treated", "while receiving treatment", "during treatment"]
  },
  "presumedDead": {
    "verbs": ["feared", "presumed"],
    "states": ["dead", "killed", "drowned", "buried", "to have died", "to have drowned", "to have perished"]
  },
  "toShelter": {
    "verbs": ["moved", "taken", "brought", "transferred", "sent", "evacuated", "shifted", "bused", "bussed", "ferried"],
    "places": ["shelters", "shelter", "evacuation centers", "evacuation centres", "evacuation center", "evacuation centre", "relief camps", "relief centres", "relief centers", "safer ground", "higher ground", "safer places", "safe places", "safety"]
  },
  "forcedOut": {
    "verbs": ["forced", "forcing", "forces", "force", "driven", "drove", "driving", "drives", "compelled", "compelling", "prompted", "prompting"],
    "to": { "to evacuate": "evacuated", "to leave": "evacuated", "to flee": "displaced", "to leave their homes": "displaced", "to abandon their homes": "displaced", "to flee their homes": "displaced", "to seek shelter": "displaced",
      "from their homes": "displaced", "out of their homes": "displaced", "from homes": "displaced" }
  },
  "rolesOf": {
    "evacuated": ["resident", "inhabitant", "villager", "local", "citizen"],
    "displaced": ["resident", "inhabitant", "villager", "local", "citizen"],
    "jobs-cut": ["employee", "staff", "staffer", "job", "position", "role", "personnel", "post"],
    "arrested": ["suspect", "detainee"],
    "survivor": ["passenger"],
    "rescued": ["passenger"],
    "arrived": ["refugee", "asylum-seeker"]
  },
  "roles": ["worker", "miner", "labourer", "laborer", "devotee", "pilgrim", "worshipper", "worshiper", "migrant", "victim", "occupant"],
  "nouns": {
    "troop": ["troop", "soldier", "serviceman", "servicemen", "servicemember", "service member"],
    "burned": ["burned", "burnt", "scorched", "charred", "blackened"],
    "refugee": ["refugee"],
    "asylum-seeker": ["asylum-seeker", "asylum seeker"],
    "killed": ["fatality", "death", "toll", "death toll", "martyr"],
    "injured": ["injury"],
    "displaced": ["idp", "idps", "displaced"],
    "arrested": ["arrest"],
    "person": ["person", "individual"],
    "passenger": ["passenger", "guest"],
    "aboard": ["onboard", "aboard"],
    "crew": ["crew", "crew member", "crewmember", "crewman", "crewmen", "crew-member"],
    "population": ["inhabitant", "habitant", "population", "populace"],
    "section": ["section", "stretch", "portion", "segment"],
    "place": ["place", "location", "spot"],
    "house": ["house", "home", "dwelling"],
    "arrived": ["arrival"],
    "building": ["building", "structure", "skyscraper", "high-rise", "highrise", "edifice"],
    "statue": ["statue", "monument", "likeness", "sculpture"],
    "floors": ["floor", "storey", "story"]
  },
  "phrases": {
    "killed": ["death toll", "toll", "lives lost", "lost their lives", "loss of life", "number of dead", "number of deaths", "number of people killed"],
    "injured": ["number of injured", "number of wounded"],
    "killed-or-missing": ["dead or missing", "killed or missing", "dead and missing", "killed and missing", "dead or unaccounted for", "dead or feared dead"],
    "refugee": ["under temporary protection", "with temporary protection", "temporary protection status", "under international protection", "with refugee status", "granted asylum", "registered as refugees", "fled abroad", "fled the country"],
    "undocumented": ["undocumented", "unregistered", "without legal documentation", "without documentation", "without documents", "without papers",
      "without legal status", "lacking legal documentation", "lacking any form of legal documentation", "lacking documentation"],
    "displaced": ["internally displaced", "forced from their homes", "fled their homes", "driven from their homes", "lost their homes", "made homeless"],
    "cost": ["price tag", "pricetag", "cost estimate", "estimated cost"]
  },
  "linear": ["section", "sections", "stretch", "stretches", "portion", "segment", "convoy", "tailback", "queue", "road", "highway", "motorway", "expressway", "railway", "rail line", "pipeline", "canal", "fence", "barrier", "gash", "crack", "rift"],
  "dimensions": {
    "height": ["height", "tall", "high", "altitude", "elevation"],
    "length": ["length", "long"],
    "depth": ["depth", "deep"],
    "width": ["width", "wide", "broad"],
    "thickness": ["thickness", "thick"],
    "area": ["area"],
    "distance": ["distance"],
    "range": ["range"],
    "radius": ["radius"],
    "diameter": ["diameter"]
  }
};

export default data;
