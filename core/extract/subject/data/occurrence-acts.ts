/**
 * Data, not code: verbs that tell a happening of their own, with its subject as the actor and
 * its object as what it befell ('Russia invaded Ukraine on 24 February 2022'), read before a date
 * by occurrence-clause.ts, beside the act verbs of data/events.ts; verb -> event word (a key of
 * data/events.ts 'words', so the class is that word's). 'ownDates': event nouns whose dates are of
 * their own kinds (an election, a truce, protests; occurrence-date.ts), not a happening's.
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild
 * cannot parse import attributes (`with { type: "json" }`).
 */
const data = {
  "acts": { "invaded": "invasion", "besieged": "siege", "hijacked": "hijacking", "kidnapped": "kidnapping",
    "abducted": "kidnapping", "massacred": "massacre", "bombarded": "shelling" },
  "ownDates": ["election", "elections", "ceasefire", "truce", "operation", "protest", "protests"]
};

export default data;
