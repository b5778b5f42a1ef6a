/**
 * Data, not code: the words life-clause.ts reads between a verb of a life and its date.
 * 'anotherClause': words that open another clause or tell when something was said, not when it
 *   happened ("was killed in Rafah, the army said on Friday"; "died in 2016 and was buried on"):
 *   with one between them, the date is not the death's. Matched as whole words, any case.
 * 'aux': words between a person and the verb that change nothing ("has reportedly been killed").
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild cannot
 * parse import attributes (`with { type: "json" }`).
 */
const data = {
  anotherClause: [
    "said", "says", "told", "announced", "confirmed", "reported", "according", "when", "which", "who", "whose", "that", "and", "but",
    "was", "were", "is", "are", "has", "have", "had", "since", "until", "before", "after", "later", "anniversary", "funeral", "buried",
  ],
  aux: ["has", "have", "had", "was", "were", "is", "are", "been", "being", "reportedly", "later", "allegedly"],
};

export default data;
