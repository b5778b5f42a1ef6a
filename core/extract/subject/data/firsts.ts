/**
 * Data, not code: "firsts" a date can be a claim about ("On July 20, 1969, Neil Armstrong became the
 * first man to set foot on the moon"). 'milestones': the words after "first ... to" -> the milestone
 * (two wordings of one deed get one id: 'step on', 'set foot on' and 'walk on' are 'walk-on').
 * 'general': who-words that restrict nothing ('the first man', 'the first person'); any other word
 * ('the first woman', 'the first American') makes another first, a different deed.
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild
 * cannot parse import attributes (`with { type: "json" }`).
 */
const data = {
  "milestones": {
    "step on": "walk-on", "set foot on": "walk-on", "walk on": "walk-on", "steps on": "walk-on", "step onto": "walk-on", "walk upon": "walk-on",
    "land on": "land-on", "reach the summit of": "summit", "reach the top of": "summit", "climb": "summit", "summit": "summit", "scale": "summit",
    "conquer": "summit", "ascend": "summit", "reach": "reach", "fly across": "fly-across", "fly over": "fly-over", "fly solo across": "fly-across",
    "swim across": "swim-across", "swim": "swim-across", "sail around": "sail-around", "circumnavigate": "sail-around", "orbit": "orbit",
    "travel into": "travel-into", "go into": "travel-into"
  },
  "general": ["man", "person", "human", "humans", "people", "one", "climber", "climbers", "astronaut", "astronauts", "men", "persons", "team",
    "individual", "explorer", "explorers"]
};

export default data;
