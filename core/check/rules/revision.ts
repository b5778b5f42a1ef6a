/**
 * Words that say a figure replaces or is set against another: two numbers for one thing next to
 * them are a change or a comparison the article makes on purpose, not a contradiction.
 * Each alternative is a short fixed phrase, so the pattern cannot backtrack badly.
 */
const REVISION = new RegExp([
  String.raw`\b(?:up|down) from\b`,
  String.raw`\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|dropped|climbed|jumped|increased|decreased|declined|surged|doubled|halved|soared|slipped)\b`,
  // A headline's present tense: "Death toll in Haifa blast rises to 15".
  String.raw`\b(?:rises|climbs|jumps|grows|increases|falls|drops|declines|soars|surges|mounts)\b`,
  String.raw`\b(?:raised|lowered|revised) (?:to|down|up)\b`,
  String.raw`\bpreviously\b`, String.raw`\bearlier\b`, String.raw`\bformerly\b`,
  String.raw`\b(?:revised|revise|revision|corrected|correction|updated|amended)\b`,
  String.raw`\b(?:initially|originally|first) (?:reported|said|stated|put|estimated|announced|given)\b`,
  // "The first reports put the death toll at 270": an earlier figure, dated as such.
  String.raw`\b(?:first|initial|early|earlier) (?:reports?|estimates?|figures?|counts?)\b`, String.raw`\bat first\b`,
  String.raw`\bcompared (?:with|to)\b`, String.raw`\bversus\b`, String.raw`\bvs\.?`,
  String.raw`\b(?:instead of|rather than|from an? (?:earlier|previous|initial))\b`,
  String.raw`\b(?:toll|tally|count|estimate|figure) (?:now|has|had|was)\b`,
  String.raw`\bnow (?:stands|put|puts|estimated|says|say)\b`,
].join("|"), "i");

/**
 * @example marksRevision("the toll rose to 12, up from 9 reported on Monday") // true
 */
export function marksRevision(text: string): boolean {
  return REVISION.test(text);
}
