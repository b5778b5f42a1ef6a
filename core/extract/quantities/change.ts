import type { Change } from "../../model.js";
import { mark, type Candidate } from "./candidate.js";
import { CHANGE_NOUNS as NOUNS, readAfter, readAfterFigure } from "./change-after.js";
import { amountWords } from "./change-amount-words.js";
import { DIRECTION, REACH, readBefore } from "./change-read.js";
import { ADDED_BEFORE, COMPARATIVES } from "./change-words.js";
import { conversionChanges, fromClause, levelsBeforeFrom, sharePairedUnit, toClause } from "./change-levels.js";
import { amountsRestated, levelsBeforeAmount, neutralFromTo, toThenFrom } from "./change-clauses.js";
import { listContinues } from "./change-lists.js";
import { rainDropped } from "./rain-dropped.js";
import { earlierAmounts } from "./earlier-amount.js";
import { perShareLevels } from "./per-share.js";
import { comparedLevels, formerLevels, namedNewLevels } from "./compared-level.js";

/** A change as the quantity step sees it: the other figure is a span until claims get ids. */
export interface CandidateChange extends Omit<Change, "pairedWith"> {
  pairedWith?: { start: number; end: number };
  /** Where the change word is: figures of one change share it. */
  at: number;
}

/**
 * Figures of a change: "rose to 2,158 from 1,809" (the new level `to`, the old `from`),
 * "increased 30,354 contracts to 2,063,804" (the amount `by`, then the level), "up 14 percent",
 * "fell by a third", "a rise of 2.5C", "a 5% increase". Figures of one change are paired, so
 * the checker never takes the amount of a change for a level, nor two levels of one change
 * for a contradiction.
 */
export function readChanges(text: string, live: Candidate[]): void {
  const scan = new ChangeWordScan(text);
  let previous: Candidate | undefined;
  const changed: Candidate[] = [];
  let upDownFrom = false;
  for (const c of live) {
    if (c.dropped) continue;
    // "Property (+1.69 percent)", "+134% change": a plus sign on a percent is the amount of a rise.
    if (plusPercent(text, c)) {
      c.change = { direction: "up", role: "by", text: "+", at: c.start - 1 };
      mark(c, "change");
      changed.push(c);
      previous = c;
      continue;
    }
    // Most figures have no change word near them: one binary search instead of reading words.
    if (!previous?.change && !scan.within(c.start - REACH, c.end + 32)) {
      previous = c;
      continue;
    }
    const reading = readBefore(text, c);
    let change: CandidateChange | null = readAfterFigure(text, previous, c);
    if (change) {
      // the words between two figures said it
    } else if (reading && "change" in reading) change = reading.change;
    else if (reading && "clauseFrom" in reading) change = fromClause(text, previous, c);
    else if (reading && "clauseTo" in reading) change = toClause(text, previous, c) ?? reading.verb ?? null;
    else if (reading && previous?.change && previous.end <= c.start) change = { ...previous.change, role: reading.inherit, pairedWith: undefined };
    change ??= listContinues(text, previous, c, changed) ?? readAfter(text, c) ?? amountWords(text, c);
    if (change && rainDropped(text, c, change)) change = null;
    if (change) {
      c.change = change;
      mark(c, "change");
      changed.push(c);
      upDownFrom ||= change.role === "from" && /^(?:up|down)$/i.test(change.text);
    }
    // "to E1.4 billion ($1.78 billion) from E1.54 billion": a conversion in brackets restates the
    // figure before it (it gets its change later), so the next figure continues from that one.
    if (c.change || !c.conversionOf || !previous?.change) previous = c;
  }
  changed.push(...neutralFromTo(text, live), ...toThenFrom(text, live));
  // Most texts have no change at all; only an "up/down from" reaches back to a level before it.
  if (changed.length === 0) return;
  if (upDownFrom) {
    earlierAmounts(text, live);
    levelsBeforeFrom(text, live);
  }
  amountsRestated(text, live);
  levelsBeforeAmount(text, live);
  comparedLevels(text, live);
  namedNewLevels(text, live);
  formerLevels(text, live);
  conversionChanges(live);
  perShareLevels(text, live);
  pair(text, live.filter((c) => !c.dropped && c.change));
}

/** A "+" right before a percent, not after a word or figure ("10+ %" is a bound, "A+" a grade). */
function plusPercent(text: string, c: Candidate): boolean {
  if (c.kind !== "percent" || text.charCodeAt(c.start - 1) !== 43) return false;
  const before = text.charCodeAt(c.start - 2);
  return Number.isNaN(before) || before === 32 || before === 40 || before === 0xa0;
}

// A phrase's first word stands for it ("rolled" for "rolled back": "back" alone is no change).
const ANY_CHANGE_WORD = new Set([...[...DIRECTION.keys()].map((w) => w.split(" ")[0]!), ...NOUNS.keys(), ...Object.keys(COMPARATIVES), "more", "fewer", "less", "above", "below", ...ADDED_BEFORE.map((w) => w.split(" ").at(-1)!)].filter((w) => !w.includes(" ")));

/**
 * The change words as a trie of lowercase letters, walked while a word is read: a word is a run
 * of ASCII letters, so only the words of letters a-z can be one ("pick-up" never is), and the
 * case of a letter is its bit 5. Node k's child for letter x is CHILD[k * 26 + x] (0: none).
 */
const CHILD: number[] = new Array<number>(26).fill(0);
const FINAL: boolean[] = [false];
// Words of 2 to 12 letters, as the gate has always read ("strengthening" has never opened it:
// letting it in would change what is read, which is a rule's business, not this index's).
for (const w of ANY_CHANGE_WORD) {
  if (!/^[a-z]{2,12}$/.test(w)) continue;
  let node = 0;
  for (let k = 0; k < w.length; k++) {
    const at = node * 26 + w.charCodeAt(k) - 97;
    if (CHILD[at] === 0) {
      CHILD[at] = FINAL.length;
      FINAL.push(false);
      for (let x = 0; x < 26; x++) CHILD.push(0);
    }
    node = CHILD[at]!;
  }
  FINAL[node] = true;
}
const TRIE = Int32Array.from(CHILD);

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Change words found so far, read word by word (a character loop down a letter trie) only
 * around figures, and each stretch of text once: a regex of every change word over the whole
 * text cost a tenth of all quantity reading, and a slice and set look-up per word a third of
 * this step.
 */
class ChangeWordScan {
  private readonly found: number[] = [];
  private scannedTo = 0;

  constructor(private readonly text: string) {}

  /** Whether a change word starts in [from, to). */
  within(from: number, to: number): boolean {
    this.scan(Math.max(from, this.scannedTo), Math.min(this.text.length, to));
    for (let k = this.found.length - 1; k >= 0 && this.found[k]! >= from; k--) if (this.found[k]! < to) return true;
    return false;
  }

  private scan(from: number, to: number): void {
    const text = this.text;
    let i = from;
    // Start at a word's beginning: a word cut by `from` was looked at before, or starts before the window.
    while (i > 0 && i < to && isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i))) i++;
    while (i < to) {
      while (i < to && !isLetter(text.charCodeAt(i))) i++;
      const start = i;
      let node = 0;
      for (let code = text.charCodeAt(i); isLetter(code); code = text.charCodeAt(++i)) if (node >= 0) node = TRIE[node * 26 + (code | 32) - 97]! || -1;
      if (node > 0 && FINAL[node]) this.found.push(start);
    }
    this.scannedTo = Math.max(this.scannedTo, i);
  }
}

const PAIRS: [Change["role"], Change["role"]][] = [["to", "from"], ["by", "to"], ["by", "from"]];

function pair(text: string, changed: Candidate[]): void {
  const byWord = new Map<number, Candidate[]>();
  for (const c of changed) byWord.set(c.change!.at, [...(byWord.get(c.change!.at) ?? []), c]);
  for (const group of byWord.values()) {
    for (const [a, b] of PAIRS) {
      const x = group.find((c) => c.change!.role === a && !c.change!.pairedWith);
      const y = group.find((c) => c.change!.role === b && !c.change!.pairedWith);
      if (!x || !y) continue;
      sharePairedUnit(x, y, a === "to" && b === "from", text);
      x.change!.pairedWith = { start: y.start, end: y.end };
      y.change!.pairedWith = { start: x.start, end: x.end };
    }
  }
}
