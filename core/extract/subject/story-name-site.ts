import SITES from "./data/story-sites.js";

/**
 * Whether story-place-kind.ts `namesSite` can find a site word after a name ending at `end` (a
 * cheap test asked first: of some 28,000 names a bench round reads, about 180 are followed by a
 * site word). namesSite reads the up to three words after the name (`/^(?:[^\S\n]+[\p{L}-]+){1,3}/u`
 * over the next 60 characters) and answers only when the first is a site word (or its plural) or
 * opens with a capital. This answers false only where that cannot be: no blank right after the
 * name, no word after the blanks, or a first word of lowercase ASCII letters and hyphens that is
 * no site word; anything else (a capital, a character outside ASCII, an uncommon blank, a word
 * running past the 60 characters) is left to namesSite.
 * @example maySite("the Marmaray tunnel under", 12) // true
 * @example maySite("President Biden said", 15) // false
 */
export function maySite(sentence: string, end: number): boolean {
  const n = sentence.length;
  if (end >= n) return false;
  let j = end;
  for (let c = sentence.charCodeAt(j); c === 32 || c === 9; c = j < n ? sentence.charCodeAt(j) : -1) j++;
  if (j === end) {
    const c = sentence.charCodeAt(end);
    // Another blank (a no-break space, a carriage return) than a space or tab: namesSite decides.
    return c >= 128 || c === 11 || c === 12 || c === 13;
  }
  if (j >= n) return false;
  const first = sentence.charCodeAt(j);
  if (first >= 128 || first === 11 || first === 12 || first === 13 || (first >= 65 && first <= 90)) return true;
  if (!isLowerOrHyphen(first)) return false;
  let k = j + 1;
  for (; k < n; k++) {
    const c = sentence.charCodeAt(k);
    if (c >= 128) return true;
    if (!isLowerOrHyphen(c) && !(c >= 65 && c <= 90)) break;
  }
  // namesSite reads 60 characters after the name: a longer word is cut there.
  if (k > end + 60) return true;
  const word = sentence.slice(j, k).toLowerCase();
  return SITE_WORDS.has(word) || (word.endsWith("s") && SITE_WORDS.has(word.slice(0, -1)));
}

const SITE_WORDS: ReadonlySet<string> = new Set(SITES);

function isLowerOrHyphen(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 45;
}
