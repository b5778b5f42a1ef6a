/**
 * Data, not code: the words that tell a report in English from one in another language
 * (core/check/rules/internal-language.ts; bench/profile/english-only.mjs through it).
 */

/**
 * Words of English that run through any English prose and few other languages' (no "a", "as",
 * "de" or "no", which Portuguese, Spanish and Indonesian share).
 */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  "the", "of", "and", "to", "in", "was", "were", "is", "are", "said", "for", "on", "with", "that", "by", "from", "at", "has", "have", "had",
  "it", "its", "this", "which", "who", "after", "been", "their", "they", "he", "she", "his", "her", "an", "not", "but", "or", "will",
]);

/**
 * Function words of the other languages news of the regions read here comes in (Portuguese,
 * Spanish, French, German, Indonesian, Malay and Turkish), none of them an English word: a report with
 * more of them than of ENGLISH_WORDS is in another language. A table of figures has neither.
 */
export const OTHER_LANGUAGE_WORDS: ReadonlySet<string> = new Set([
  "de", "da", "das", "dos", "que", "em", "os", "um", "uma", "para", "com", "não", "na", "nas", "nos", "ao", "pelo", "pela",
  "el", "la", "los", "las", "en", "y", "del", "por", "con", "una", "es", "se", "lo", "su",
  "le", "les", "des", "et", "du", "est", "une", "au", "aux", "dans", "sur", "qui",
  "der", "und", "ist", "mit", "von", "dem", "ein", "eine", "nicht", "auf",
  "yang", "di", "ke", "dari", "itu", "ini", "dengan", "untuk", "tidak", "akan", "pada", "dalam", "oleh", "karena", "juga", "telah", "sudah", "bisa",
  "ve", "bir", "ile", "bu", "için", "olarak", "olan", "göre", "ise",
]);
