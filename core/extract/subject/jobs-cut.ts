import data from "./data/people-status.js";
import { wordAlternation as alt } from "./alternation.js";
import type { Status } from "./people-status.js";

/**
 * The jobs an employer cuts, however the story words it: a verb of cutting before the count of
 * jobs or people ("Intel is cutting 15,000 jobs", "laid off another 220 staff"), the cuts named
 * before the count ("job cuts, affecting approximately 15,000 employees") or after it ("the 15,000
 * layoffs"), or the count set beside a share of the workforce cut ("cut more than 15% of its
 * workforce, some 17,500 people"). One class, "jobs-cut", for all of them: reports of one round of
 * cuts give it as jobs, roles, employees or people. Whose cuts they are is the clause's subject
 * (employer.ts). Words are data (data/people-status.ts 'jobsCut').
 */

const { verbs, nouns, cuts, workforce } = data.jobsCut;
const NOUNS = new Set(nouns);
/** "laid off another 220 staff": a word of more or of about may stand between the verb and the figure. */
const VERB_BEFORE = new RegExp(String.raw`\b(?:${alt(verbs)})\s+(?:(?:up\s+to|another|a\s+further|an\s+additional|a\s+total\s+of|some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)?$`, "i");
const CUTS_BEFORE = new RegExp(String.raw`\b(?:${alt(cuts)}),?\s+(?:affecting|of|totalling|totaling|involving|hitting|impacting)\s+$`, "i");
const CUTS_AFTER = new RegExp(String.raw`^(?:\s+(?:more|new|further|planned|announced))?\s+(?:${alt(cuts)})\b`, "i");
/** "cut more than 15% of its workforce, some 17,500 people": the count set beside the share. */
const SHARE_BESIDE = new RegExp(String.raw`\b(?:${alt(verbs)})\s+[^,;.]{0,40}?\bof\s+(?:its|their|our|the\s+[\p{L}-]+['’]s|the\s+company['’]s|\p{Lu}[\p{L}-]*['’]s)\s+(?:${alt(workforce)}),\s+(?:or\s+|about\s+|some\s+|around\s+|roughly\s+)?$`, "iu");

/**
 * "jobs-cut" with its words, when the count (`head`: its counted noun, if any; `end`: where the
 * counted words end) is of jobs an employer cuts.
 * @example jobsCut("Intel is cutting 15,000 jobs", 0, { start: 17, end: 23 }, "jobs", 28)?.kind // "jobs-cut"
 */
export function jobsCut(text: string, sentenceStart: number, mention: { start: number; end: number }, head: string | undefined, end: number): Status | null {
  const mentionStart = mention.start;
  const before = text.slice(Math.max(sentenceStart, mentionStart - 120), mentionStart);
  const counted = head !== undefined && NOUNS.has(head.toLowerCase());
  const told = (counted ? VERB_BEFORE.exec(before) ?? CUTS_BEFORE.exec(before) : null) ?? (counted || head === undefined ? SHARE_BESIDE.exec(before) : null);
  if (told) return { kind: "jobs-cut", start: mentionStart - told[0].length, end };
  const after = CUTS_AFTER.exec(text.slice(mention.end, mention.end + 40));
  return after ? { kind: "jobs-cut", start: mentionStart, end: mention.end + after[0].length } : null;
}
