import type { Claim } from "../../model.js";

/**
 * The index keys of a figure's head word (core/extract/subject/head-figures.ts): it is filed, and
 * reads, at its report's day under its dimension and head by each of its story's names
 * (`head:money:cost/story:name:udhampur`), so that a check is handed the figures of that head of
 * every report of its story (head-match.ts). A report's only value of a dimension is filed and reads
 * under the dimension's any-head key besides (`head:area:~/story:name:mopa`): the only area of two
 * reports of one story meets whatever words each gives it. Window: INDEX_WINDOWS.storyDays, the
 * nearest cap (claim-index-keys.ts).
 */
export const HEAD_KEY = "head:";

/** Mirrors core/extract/subject/head-word.ts ANY_HEAD (check code does not import extraction). */
export const ANY = "~";

/** A bare number ("a capacity of 2200") is a count's (core/extract/subject/head-figures.ts). */
export const headDimension = (claim: Claim): string => claim.dimension ?? "count";

/**
 * The head keys of a claim (none for most claims).
 * @example headKeys(rs2519CroreOfNdtv) // ["head:money:cost/story:name:udhampur", "head:money:~/story:name:udhampur", ...]
 */
export function headKeys(claim: Claim): string[] {
  const head = claim.headWord;
  if (!head) return [];
  const words = head.only && head.word !== ANY ? [head.word, ANY] : [head.word];
  return words.flatMap((word) => head.story.map((name) => `${HEAD_KEY}${headDimension(claim)}:${word}/story:${name.id}`));
}
