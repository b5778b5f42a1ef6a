/**
 * Data, not code: words that tell where a count was made, beside the story's one place, so a
 * count is not lent the story's event (core/check/frame/story.ts `located`).
 */

/**
 * Words that say a count was made over a whole country, wider than the one place
 * a story's event happened in. "Nationwide, similar incidents have led to the detention of 1,065"
 * (Bianet on the 2024 Kayseri unrest, whose 855 were detained in Kayseri) is not the event's count.
 * "Nationwide" before a noun names the event itself ("the nationwide anti-Finance Bill protests",
 * Capital FM on Kenya's 2024 protests), whose count it is: only the word standing alone counts.
 */
export const WIDER_THAN_STORY = /\b(?:(?:nationwide|countrywide|nation-wide|country-wide)(?!\s+\p{L})|across\s+the\s+(?:country|nation)|throughout\s+the\s+(?:country|nation)|around\s+the\s+country|all\s+over\s+the\s+country)\b/iu;

/**
 * A capitalised name right before a verb of counting: the place that had or reported a count
 * ("Kisumu had 2 deaths related to the chaos", "Nakuru, Kajiado and Mombasa reported 3 deaths
 * each", Capital FM on Kenya's 2024 protests). The name counts only where the gazetteer knows it
 * as a place ("Police reported" is not a place).
 */
export const PLACE_COUNTED = /(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:had|reported|recorded|registered|counted|confirmed)\s/gu;

/**
 * Capitalised words that open a sentence before a verb of counting and name who counted, not
 * where: "Officials confirmed 266 deaths", "Police reported", "Authorities recorded"
 * (core/check/frame/placed-part.ts reads the rest as places).
 */
export const COUNTED_BY: ReadonlySet<string> = new Set([
  "officials", "official", "police", "authorities", "sources", "reports", "rescuers", "doctors", "hospitals", "hospital", "medics",
  "officers", "residents", "witnesses", "it", "they", "he", "she", "we", "the", "this", "that", "there", "government", "ministry",
]);

/**
 * Words that tell a count of the hurt as those taken to or treated in hospital, a share of the
 * injured (core/check/frame/hospital-count.ts): "Ten people ... were taken to a nearby hospital",
 * "admitted to hospital", "were being treated in hospitals", "hospitalised".
 */
export const TAKEN_TO_HOSPITAL = /\b(?:(?:taken|rushed|admitted|brought|transported|airlifted|sent|moved|shifted)\s+to\s+(?:a\s+|the\s+|local\s+|nearby\s+|various\s+|\w+\s+)?(?:nearby\s+)?hospitals?|(?:treated|being\s+treated)\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:\w+\s+)?hospitals?|hospitali[sz]ed)\b/iu;

/**
 * Capitalised words that say when, not where ("on Monday", "in March"): a sentence's names read
 * as places skip them (core/check/frame/story.ts, core/check/frame/placed-part.ts).
 */
export const SAYS_WHEN = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/**
 * A counting verb: the day its sentence gives is the day of the count, not of the event ("the
 * NDMA on Tuesday confirmed 248 deaths"; core/check/rules/internal-conflict.ts countedOnTwoDays).
 */
export const COUNTING_VERB = /\b(?:confirmed|recorded|registered|counted|tallied|put\s+the\s+(?:toll|number)|updated)\b/iu;
