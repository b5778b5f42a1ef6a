/**
 * Data, not code: words after which a lowercase word qualifies a noun and is no verb ("treatment
 * for undisclosed ailment", "a crowded market"). The date readers pass over a past form right
 * after one when they look for a clause's verb.
 * 'determiners': prepositions and determiners (date-head-verb.ts, lead-event-day.ts).
 * 'leadDay': more, read only before the verb of a report's lead (lead-event-day.ts): "that" and
 *   words of degree or time before an adjective ("a newly built stadium", "the most awaited").
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild cannot
 * parse import attributes (`with { type: "json" }`).
 */
const data = {
  determiners: ["for", "of", "with", "from", "into", "a", "an", "the", "his", "her", "its", "their", "our", "this", "these", "those", "some", "many", "several"],
  leadDay: ["that", "newly", "recently", "most", "more", "less", "very", "so", "much"],
};

export default data;
