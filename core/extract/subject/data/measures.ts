/**
 * Data, not code: What a count or measure is of, as classes. 'casualty': status words that make a count of people a casualty count ('killed six', '81 injured', 'have been wounded') -> class. 'nouns': counted nouns (singular) -> class. 'phrases': words after or around a count that name its class ('death toll', 'lives lost', 'under temporary protection'). 'dimensions': words that say which measure of a thing a number gives. Refugees (crossed a border) and the internally displaced are two classes on purpose: reports give both side by side.
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild
 * cannot parse import attributes (`with { type: "json" }`).
 */
const data = {
  "_doc": "What a count or measure is of, as classes. 'casualty': status words that make a count of people a casualty count ('killed six', '81 injured', 'have been wounded') -> class. 'nouns': counted nouns (singular) -> class. 'phrases': words after or around a count that name its class ('death toll', 'lives lost', 'under temporary protection'). 'dimensions': words that say which measure of a thing a number gives. Refugees (crossed a border) and the internally displaced are two classes on purpose: reports give both side by side. 'Dead or missing' is its own class: a sum of two counts, never the dead alone.",
  "casualty": {
    "killed": ["killed", "kill", "kills", "killing", "dead", "death", "deaths", "died", "die", "dies", "fatalities", "fatality", "slain", "perished", "drowned"],
    "injured": ["injured", "injuring", "injures", "injure", "wounded", "wounding", "hurt", "injuries"],
    "displaced": ["displaced", "displacing", "displaces", "displace", "fled", "flee", "fleeing", "uprooted", "homeless"],
    "arrested": ["arrested", "arresting", "detained", "detaining"],
    "missing": ["missing", "unaccounted"],
    "evacuated": ["evacuated"],
    "casualty": ["casualties", "casualty"]
  },
  "nouns": {
    "troop": ["troop", "soldier", "serviceman", "servicemen", "servicemember", "service member"],
    "refugee": ["refugee"],
    "asylum-seeker": ["asylum-seeker", "asylum seeker"],
    "killed": ["fatality", "death", "toll", "death toll", "martyr"],
    "injured": ["injury"],
    "displaced": ["idp", "idps", "displaced"],
    "person": ["person", "individual"]
  },
  "phrases": {
    "killed": ["death toll", "toll", "lives lost", "lost their lives", "loss of life", "number of dead", "number of deaths", "number of people killed"],
    "injured": ["number of injured", "number of wounded"],
    "killed-or-missing": ["dead or missing", "killed or missing", "dead and missing", "killed and missing", "dead or unaccounted for", "dead or feared dead"],
    "refugee": ["under temporary protection", "with temporary protection", "temporary protection status", "under international protection", "with refugee status", "granted asylum", "registered as refugees", "fled abroad", "fled the country"],
    "displaced": ["internally displaced", "forced from their homes", "fled their homes", "driven from their homes", "lost their homes", "made homeless"]
  },
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
