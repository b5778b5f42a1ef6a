/**
 * Data, not code: the words a report tells an earthquake's magnitude with (magnitude-slot.ts).
 * 'before': right before the figure ("magnitude 7.4", "a magnitude of 7.6", "measuring 6.3",
 *   "M7.8"); 'after': right after it ("7.3 magnitude", "7.8-magnitude", "7.8 Richter", "6.3 on
 *   the Richter scale"); 'other': words of its clause that make it another quake's or a bound
 *   ("a 5.9 aftershock", "tremors of magnitude 5 or above"): no report's one magnitude.
 */
const data = {
  before: ["magnitude", "magnitude of", "a magnitude of", "of magnitude", "measuring", "measured", "registering", "registered", "M", "Mw"],
  after: ["magnitude", "-magnitude", "richter", "on the richter scale", "on the richter", "in magnitude"],
  other: ["aftershock", "aftershocks", "foreshock", "foreshocks", "or above", "or more", "or greater", "or higher", "above", "over", "tremors", "previous", "last year"],
} as const;

export default data;
