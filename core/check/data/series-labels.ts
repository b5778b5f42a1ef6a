/**
 * Data, not code: the words core/check/frame/labelled-series.ts reads around a figure to find the
 * label it is told beside ("Cariboo: 51", "Jerami Grant added 24 points", "Rs 325 million of
 * Praganna Badkapath Irrigation Division", "killed 11 in Ambon").
 */

/**
 * Capitalised words that name nothing: a sentence's opening function word, a qualifier, a
 * currency sign written as a word. "The District Forest Office" is the District Forest Office;
 * "In Portugal" is Portugal.
 */
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  "a", "an", "the", "in", "at", "on", "of", "for", "from", "by", "to", "with", "and", "or", "but", "as", "after", "before", "since", "during",
  "it", "its", "this", "that", "these", "those", "there", "here", "he", "she", "they", "we", "his", "her", "their", "our",
  "some", "other", "another", "others", "all", "both", "each", "every", "many", "most", "more", "less", "about", "around", "nearly", "almost",
  "over", "under", "up", "only", "just", "also", "still", "now", "then", "meanwhile", "however", "similarly", "besides", "likewise",
  "overall", "total", "estimated", "an estimated", "at least", "least", "while", "when", "where", "which", "who", "what",
  "rs", "inr", "usd", "us", "eur", "gbp", "aud", "cad", "rmb", "yen", "no", "not", "earlier", "later", "today", "yesterday", "tomorrow",
  "new", "old", "first", "second", "third", "last", "next", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
]);

/**
 * Words that tie a figure to the name after it: "Rs 325 million of Praganna Badkapath Irrigation
 * Division", "11 in Ambon", "36 for the Blazers", "2,692.5 mm at Honavar".
 */
export const LINKS_AFTER: ReadonlySet<string> = new Set(["of", "in", "at", "for", "from", "on", "by", "to"]);

/** The most words between a figure and the name it is told beside. */
export const LABEL_REACH = 3;

/** The most lines above a list line that its section heading may stand. */
export const HEADING_REACH = 40;

/**
 * Words of saying between a name and the figure after it: the name tells the figure ("Azam Swati
 * said 35 died"), it does not label what is counted ("Jerami Grant added 24 points" does).
 */
export const SAYING = /\b(?:said|says|say|told|tells|stated|states|claimed|claims|announced|announces|according)\b/iu;
