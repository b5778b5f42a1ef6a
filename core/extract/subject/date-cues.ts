import type { SubjectInput } from "./reading.js";

/**
 * The cue words of the date readers, read once per date. Most dates of a story are about no made
 * thing, no one's life and no event told by a verb ("said on Monday", "in 2019"), yet each reader
 * scanned its stretches before and after the date with patterns of its own. Here the date's
 * window (its reading window, the mention included) is split once into its runs of ASCII letters,
 * and each run is looked up in a table of which readers' cue stems it holds: a reader whose every
 * shape needs one of its stems asks `mayHold` first, and returns null where no run holds one.
 *
 * Exact: every stretch a reader scans lies inside the window, and every match of its patterns
 * holds one of its stems as written, up to case: inside one run of letters, since stems are runs
 * of letters (a run holding a stem also holds it when a reader's stretch cuts the run, or a word
 * of another script or a digit touches it). Patterns read ASCII letters case-blind only as ASCII,
 * except that the `u` flag folds the long s ("ſ") and the Kelvin sign ("K") into "s" and "k":
 * a window holding either is not tested (every reader runs).
 */

const families: string[][] = [];

/**
 * A family of cue stems (letters only; each phrase or word given stands for its longest run of
 * letters), as a bit for mayHold.
 * @example cueFamily(["was opened", "collapse"]) // a bit whose runs are "opened", "collapse"
 */
export function cueFamily(phrases: Iterable<string>): number {
  if (families.length >= 30) throw new Error("date-cues: too many families");
  const stems = [...new Set([...phrases].map(longestRun))];
  // A phrase without a run of three letters would have no stem a match must hold.
  if (stems.some((s) => s.length < SHORTEST)) throw new Error(`date-cues: a phrase without a run of ${SHORTEST} ASCII letters`);
  families.push(stems);
  for (const stem of stems) {
    const at = trigram(stem.charCodeAt(0), stem.charCodeAt(1), stem.charCodeAt(2));
    // Never above the stem's own length (a byte holds up to 255): a shorter bound only lets more runs through.
    const length = Math.min(stem.length, 255);
    if (OPENINGS[at] === 0 || length < OPENINGS[at]!) OPENINGS[at] = length;
  }
  // A run's families were read against the families known then.
  RUNS.fill(undefined);
  BY_RUN.clear();
  lastText = "";
  return 1 << (families.length - 1);
}

/** The longest run of ASCII letters of a phrase, lowercase: any match of the phrase holds it. */
function longestRun(phrase: string): string {
  return (phrase.toLowerCase().match(/[a-z]+/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), "");
}

/**
 * Whether the date's window may hold a cue of `family` (a bit or bits of cueFamily): false only
 * when it cannot.
 * @example mayHold(input, LIFE) // false for "officials said on Monday"
 */
export function mayHold(input: SubjectInput, family: number): boolean {
  return (cuesOf(input) & family) !== 0;
}

/** Every family's bit. */
const ALL = -1;

// The readers of one date ask one after another: the last window read is kept, by where it lies.
let lastText = "";
let lastFrom = -1;
let lastTo = -1;
let lastCues = 0;

function cuesOf(input: SubjectInput): number {
  const { text, sentence, mention } = input;
  const from = Math.min(sentence.start, mention.start);
  const to = Math.max(sentence.end, mention.end);
  if (text !== lastText || from !== lastFrom || to !== lastTo) {
    lastCues = read(text, from, to);
    lastText = text;
    lastFrom = from;
    lastTo = to;
  }
  return lastCues;
}

function read(text: string, from: number, to: number): number {
  let cues = 0;
  for (let i = from; i < to;) {
    const c = text.charCodeAt(i);
    if (c === 0x17f || c === 0x212a) return ALL;
    if (!isLetter(c)) {
      i++;
      continue;
    }
    // The run's hash, case-blind, read as it is scanned: no string is built for a run seen before.
    // Its three-letter pieces too: a run holds a stem only where a stem's opening starts early
    // enough for the shortest stem of that opening to end inside the run ("the" holds none of the
    // stems opening "the"), and most runs hold none, so the table (cold in the processor's caches
    // between two dates) is not read.
    let hash = 0;
    let j = i;
    let need = to + 1;
    let b = 0;
    let a = 0;
    for (let d = c; j < to && isLetter(d); d = text.charCodeAt(++j)) {
      hash = (Math.imul(hash, 31) + (d | 32)) | 0;
      if (j - i >= 2) {
        const shortest = OPENINGS[trigram(b, a, d)]!;
        if (shortest !== 0 && j - 2 + shortest < need) need = j - 2 + shortest;
      }
      b = a;
      a = d;
    }
    if (need <= j) cues |= runCues(text, i, j, hash);
    i = j;
  }
  return cues;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** No stem is shorter: shorter runs ("a", "in", "of") hold none. */
const SHORTEST = 3;

/** Three ASCII letters, case-blind, as a number below 26³. */
function trigram(first: number, second: number, third: number): number {
  return (((first | 32) - 97) * 26 + ((second | 32) - 97)) * 26 + ((third | 32) - 97);
}

/** Per three-letter opening (trigram), the length of the shortest stem of any family opening with it, 0 for none. */
const OPENINGS = new Uint8Array(26 * 26 * 26);

/**
 * The families a run holds a stem of, kept by the run's hash in a table of fixed size (a run
 * whose slot another run took is read again): news writes the same words again and again.
 */
const SLOTS = 1 << 14;
const RUNS: (string | undefined)[] = new Array<string | undefined>(SLOTS);
const MASKS = new Int32Array(SLOTS);

function runCues(text: string, start: number, end: number, hash: number): number {
  const slot = hash & (SLOTS - 1);
  const known = RUNS[slot];
  if (known !== undefined && known.length === end - start && sameRun(known, text, start)) return MASKS[slot]!;
  // Two frequent runs may share a slot: each run's families are also kept by the run itself (bounded).
  const run = text.slice(start, end).toLowerCase();
  let mask = BY_RUN.get(run);
  if (mask === undefined) {
    mask = 0;
    for (let f = 0; f < families.length; f++) if (families[f]!.some((stem) => run.includes(stem))) mask |= 1 << f;
    if (BY_RUN.size >= 50_000) BY_RUN.clear();
    BY_RUN.set(run, mask);
  }
  RUNS[slot] = run;
  MASKS[slot] = mask;
  return mask;
}

const BY_RUN = new Map<string, number>();

/** Whether text from `start` is `lower` (lowercase ASCII letters), case-blind. */
function sameRun(lower: string, text: string, start: number): boolean {
  for (let k = 0; k < lower.length; k++) if ((text.charCodeAt(start + k) | 32) !== lower.charCodeAt(k)) return false;
  return true;
}
