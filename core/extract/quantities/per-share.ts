import { mark, type Candidate } from "./candidate.js";
import { oneSentence } from "./change-levels.js";

/** ", or" between a company's figure and the same figure per share. */
const OR = /^,[ \t]{1,2}or[ \t]{1,2}$/i;
/** "a share", "per diluted share", "a basic share" right after the restating figure. */
const PER_SHARE = /^[ \t]{1,2}(?:a|an|per)[ \t]{1,2}(?:(?:diluted|basic|common|ordinary|class[ \t]{1,2}[A-Z])[ \t]{1,2})?share(?![A-Za-z])/i;

/** The old level's clause right after the per-share words: ", from". */
const FROM = /^[ \t]{1,2}(?:a|an|per)[ \t]{1,2}(?:[A-Za-z]{1,10}[ \t]{1,2})?share,[ \t]{1,2}from[ \t]{1,2}$/i;

const money = (c: Candidate) => c.unit?.dimension === "money";
const level = (c: Candidate) => c.change?.role === "to" || c.change?.role === "from";

/**
 * "The company earned $643 million, or $1.12 a share, in the quarter, up from $482.5 million, or
 * 84 cents a share, a year earlier": results give each level twice, the total and per share.
 * The total is the level even when the "up from" clause reached only the per-share figure next
 * to it; the per-share figures are levels too when both sides give one (they are a change of
 * their own, new and old). One per-share figure after a level, with no old one to match
 * ("leaped 39.8 percent to $376 million, or 47 cents a diluted share"), stays no second level.
 */
export function perShareLevels(text: string, live: Candidate[]): void {
  const restated: Array<[total: Candidate, share: Candidate]> = [];
  let previous: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    if (previous && money(previous) && money(c) && OR.test(text.slice(previous.end, c.start)) && PER_SHARE.test(text.slice(c.end, c.end + 32))) {
      restated.push([previous, c]);
    }
    previous = c;
  }
  if (restated.length === 0) return;
  // "climbed to $3.04 billion, or 31 cents per share, from $2.83 billion": the old level after the restatement.
  for (const [total, share] of restated) {
    if (total.change?.role !== "to") continue;
    const next = live.find((c) => !c.dropped && c.start >= share.end);
    if (!next || next.change || !money(next) || !FROM.test(text.slice(share.end, next.start))) continue;
    next.change = { ...total.change, role: "from", pairedWith: undefined };
    mark(next, "per-share-level");
  }
  for (const [total, share] of restated) {
    if (total.change || !level(share)) continue;
    total.change = { ...share.change!, pairedWith: undefined };
    mark(total, "per-share-level");
  }
  for (const [total, share] of restated) {
    if (!level(total) || share.change) continue;
    const other = restated.find(([t]) => t !== total && level(t) && t.change!.role !== total.change!.role &&
      oneSentence(text, Math.min(t.start, total.start), Math.max(t.end, total.end)));
    if (!other) continue;
    share.change = { ...total.change!, pairedWith: undefined };
    mark(share, "per-share-level");
  }
}
