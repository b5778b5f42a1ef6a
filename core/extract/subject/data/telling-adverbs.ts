/**
 * Data, not code: adverbs a report sets between an event's noun and its verb to say how it knows
 * or in which order things went ("The blaze reportedly started around 3 p.m.", "the fire
 * apparently broke out", "the quake first struck"). They change nothing of what the verb tells.
 * Lowercase. Not words that are nouns or times of their own ("rally", "early", "daily").
 */
export const TELLING_ADVERBS: readonly string[] = [
  "reportedly", "apparently", "allegedly", "reputedly", "purportedly", "seemingly", "evidently", "initially", "originally",
  "first", "also", "then", "suddenly", "finally", "eventually", "later", "possibly", "probably", "officially",
  "accidentally", "deliberately", "mysteriously",
];
