import type { Change } from "../../model.js";
import { mark, type Candidate } from "./candidate.js";
import { BE, CONNECTOR_ONLY, DOWN, FILLERS, UP } from "./change-words.js";
import { CHANGE_NOUNS as NOUNS, readAfter, readAfterFigure } from "./change-after.js";

/** A change as the quantity step sees it: the other figure is a span until claims get ids. */
export interface CandidateChange extends Omit<Change, "pairedWith"> {
  pairedWith?: { start: number; end: number };
  /** Where the change word is: figures of one change share it. */
  at: number;
}

const DIRECTION = new Map<string, "up" | "down">([...UP.map((w) => [w, "up"] as const), ...DOWN.map((w) => [w, "down"] as const)]);
const FILLER = new Set(FILLERS);
const BE_WORDS = new Set(BE);
const NEEDS_CONNECTOR = new Set(CONNECTOR_ONLY);
const CONNECTORS = new Set(["by", "to", "from", "of"]);
/** How far back a change word may be, and how many words of an object ("cut the tax from"). */
const REACH = 80;
const MAX_OBJECT_WORDS = 3;
/** Where a clause ends, reading backwards: a comma between digits ("2,158") or a decimal dot is no end. */
const CLAUSE_END = /[;:!?()\n"“”]|[.,](?!\d)/g;
const WORD = /[^ \t\u00a0]+/g;

interface Word { text: string; start: number }

function wordsBefore(text: string, end: number): { words: Word[]; clauseStart: boolean; comma: boolean } {
  const from = Math.max(0, end - REACH);
  const slice = text.slice(from, end);
  let cut = 0;
  let comma = false;
  for (const m of slice.matchAll(CLAUSE_END)) {
    cut = m.index + 1;
    comma = m[0] === ",";
  }
  const words: Word[] = [];
  for (const m of slice.slice(cut).matchAll(WORD)) words.push({ text: m[0].toLowerCase(), start: from + cut + m.index });
  return { words, clauseStart: cut > 0 || from === 0, comma };
}

/** The change word ending the words, one or two words long ("went up"). */
function changeWord(words: Word[], i: number, nounsOnly: boolean): { direction: "up" | "down"; start: number; text: string; words: number } | null {
  const table = nounsOnly ? NOUNS : DIRECTION;
  const w = words[i]!;
  const two = i > 0 ? `${words[i - 1]!.text} ${w.text}` : "";
  const pair = two ? table.get(two) : undefined;
  if (pair) return { direction: pair, start: words[i - 1]!.start, text: two, words: 2 };
  const one = table.get(w.text);
  return one ? { direction: one, start: w.start, text: w.text, words: 1 } : null;
}

/** "up"/"down" are particles too ("cut down 300 trees"): a change only after "to be", a comma, or before a percent or "from"/"by". */
function particleReads(c: Candidate, words: Word[], i: number, connector: string | undefined, edge: { clauseStart: boolean; comma: boolean }): boolean {
  if (c.kind === "percent" || connector === "from" || connector === "by") return true;
  const before = words[i - 1]?.text;
  return before === undefined ? edge.clauseStart || edge.comma : BE_WORDS.has(before);
}

type Reading = { change: CandidateChange } | { inherit: Change["role"] } | null;

function readBefore(text: string, c: Candidate): Reading {
  const { words, clauseStart, comma } = wordsBefore(text, c.start);
  let connector: string | undefined;
  let objectWords = 0;
  for (let i = words.length - 1; i >= 0 && i >= words.length - 12; i--) {
    const w = words[i]!.text;
    if (/\d/.test(w)) return connector === "to" || connector === "from" ? { inherit: connector } : null;
    // "rose 6% to RM2.53 billion in the year to March from RM2.39 billion": past a short
    // object only the figure before (whose change this one continues) is looked for.
    if (objectWords > MAX_OBJECT_WORDS) {
      if (connector === "from" || connector === "to") continue;
      return null;
    }
    const found = changeWord(words, i, connector === "of");
    if (found) {
      const role = connector === "to" || connector === "from" ? connector : "by";
      if (/^(?:up|down)$/.test(found.text) && !particleReads(c, words, i, connector, { clauseStart, comma })) return null;
      if (connector === undefined && NEEDS_CONNECTOR.has(found.text)) return null;
      return { change: { direction: found.direction, role, text: text.slice(found.start, found.start + found.text.length), at: found.start } };
    }
    if (connector === undefined && CONNECTORS.has(w)) connector = w;
    else if (FILLER.has(w)) continue;
    else if ((connector === "to" || connector === "from" || connector === "by") && ++objectWords) continue;
    else return null;
  }
  return null;
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
  for (const c of live) {
    if (c.dropped) continue;
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
    else if (reading && previous?.change && previous.end <= c.start) change = { ...previous.change, role: reading.inherit, pairedWith: undefined };
    change ??= readAfter(text, c);
    if (change) {
      c.change = change;
      mark(c, "change");
    }
    previous = c;
  }
  pair(live.filter((c) => !c.dropped && c.change));
}

const ANY_CHANGE_WORD = new Set([...DIRECTION.keys(), ...NOUNS.keys(), "higher", "lower"].filter((w) => !w.includes(" ")));

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Change words found so far, read word by word (a character loop and a set look-up) only
 * around figures, and each stretch of text once: a regex of every change word over the whole
 * text cost a tenth of all quantity reading.
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
      while (i < text.length && isLetter(text.charCodeAt(i))) i++;
      const length = i - start;
      if (length >= 2 && length <= 12) {
        const word = text.slice(start, i);
        if (ANY_CHANGE_WORD.has(word) || ANY_CHANGE_WORD.has(word.toLowerCase())) this.found.push(start);
      }
    }
    this.scannedTo = Math.max(this.scannedTo, i);
  }
}

const PAIRS: [Change["role"], Change["role"]][] = [["to", "from"], ["by", "to"], ["by", "from"]];

function pair(changed: Candidate[]): void {
  const byWord = new Map<number, Candidate[]>();
  for (const c of changed) byWord.set(c.change!.at, [...(byWord.get(c.change!.at) ?? []), c]);
  for (const group of byWord.values()) {
    for (const [a, b] of PAIRS) {
      const x = group.find((c) => c.change!.role === a && !c.change!.pairedWith);
      const y = group.find((c) => c.change!.role === b && !c.change!.pairedWith);
      if (!x || !y) continue;
      x.change!.pairedWith = { start: y.start, end: y.end };
      y.change!.pairedWith = { start: x.start, end: x.end };
    }
  }
}
