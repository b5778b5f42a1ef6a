import type { Claim } from "../model.js";
import { paragraphOf } from "./context.js";
import { marksSuperseded } from "./rules/revision.js";

/**
 * The claim's sentence within its blank lines: copy wrapped by hand ("Initial radio reports\n said 25
 * died") breaks a paragraph into lines, and its sentence holds the words its line does not.
 */
function wrappedSentence(claim: Claim, body: string): string {
  if (!claim.sentence) return "";
  const before = body.lastIndexOf("\n\n", claim.start);
  const from = before < 0 ? claim.sentence.start : Math.max(claim.sentence.start, before + 2);
  const blank = body.indexOf("\n\n", claim.end);
  return body.slice(from, blank < 0 ? claim.sentence.end : Math.min(claim.sentence.end, blank));
}

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
  // One reading per paragraph: a long paragraph of figures (a table pasted as text) would be read once per figure.
  const read = new Map<string, boolean>();
  const marks = (text: string) => read.get(text) ?? read.set(text, marksSuperseded(text)).get(text)!;
  for (const claim of claims) {
    if (marks(paragraphOf(claim, body)) || marks(wrappedSentence(claim, body))) marked.push(claim);
    else standing.add(figure(claim));
  }
  return new Set(marked.filter((claim) => !standing.has(figure(claim))));
}
