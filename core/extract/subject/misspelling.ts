/**
 * A status word as reporters misspell it: "15 survivours", "20 casualities", "fatalites",
 * "drownded". Only words of eight letters or more, and only one letter added, dropped or two
 * neighbours swapped: a changed letter makes real words of each other ("evacuated" and
 * "evaluated", "wounded" and "founded"), a last letter dropped another form of the word
 * ("evacuate"), and short words have too many such neighbours.
 */

/** Every form of the words with one letter dropped -> the word, for the "a letter missing" case. */
function dropped(words: Iterable<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const word of words) {
    if (word.length < 8) continue;
    // Not the last letter: a word without it is mostly another form of it ("evacuate", "evacuated").
    for (let i = 0; i < word.length - 1; i++) {
      const form = word.slice(0, i) + word.slice(i + 1);
      if (!map.has(form)) map.set(form, word);
    }
  }
  return map;
}

/**
 * A look-up of `table` that also finds a word one slip away from a key of eight letters or more.
 * @example nearLookup({ survivors: "survivor" })("survivours") // "survivor"
 */
export function nearLookup<T>(table: Record<string, T>): (word: string) => T | undefined {
  const missing = dropped(Object.keys(table));
  // A slip keeps the word's first two letters ("survivours", "casualities"): words opening
  // otherwise are never tried, so the common counted nouns cost one set look-up.
  const openings = new Set(Object.keys(table).filter((key) => key.length >= 8).map((key) => key.slice(0, 2)));
  return (word) => {
    const exact = table[word];
    if (exact !== undefined || word.length < 7 || word.length > 20 || !openings.has(word.slice(0, 2))) return exact;
    // A letter missing: "fatalites" is "fatalities" without its second "i".
    const full = missing.get(word);
    if (full !== undefined) return table[full];
    // A letter added ("survivours"), or two neighbours swapped ("fatalitise"): try each.
    for (let i = 0; word.length >= 9 && i < word.length; i++) {
      const hit = table[word.slice(0, i) + word.slice(i + 1)];
      if (hit !== undefined) return hit;
    }
    for (let i = 0; word.length >= 8 && i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const hit = table[word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)];
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
}
