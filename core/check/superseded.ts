import type { Claim } from "../model.js";
import { paragraphOf } from "./context.js";
import { marksSuperseded } from "./rules/revision.js";

/**
 * Figures an article itself sets aside: every mention of the figure stands in a paragraph saying
 * a figure was an error or an unconfirmed first estimate ("Initially ... around 100 people had
 * died. The figure was an estimate"; "This data is different from the 162 deaths reported by the
 * governor ... an error in the counting"). A figure the story also gives plainly elsewhere ("a
 * report of 18 killed on Tuesday was wrong" and later "18 people were killed on Monday") stands.
 * @example setAside([around100, killed62], body).has(around100) // true
 */
export function setAside(claims: readonly Claim[], body: string): Set<Claim> {
  // By value alone: a plain mention of the figure keeps it standing, whatever the extraction read it as.
  const figure = (claim: Claim) => String(claim.value);
  const standing = new Set<string>();
  const marked: Claim[] = [];
  for (const claim of claims) {
    // The sentence too: copy wrapped by hand ("Initial radio reports\n said 25 died") breaks a paragraph into lines.
    const sentence = claim.sentence ? body.slice(claim.sentence.start, claim.sentence.end) : "";
    if (marksSuperseded(paragraphOf(claim, body)) || marksSuperseded(sentence)) marked.push(claim);
    else standing.add(figure(claim));
  }
  return new Set(marked.filter((claim) => !standing.has(figure(claim))));
}
