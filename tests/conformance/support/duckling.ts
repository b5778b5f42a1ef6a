import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Facebook Duckling's English corpora (BSD), as CI places them beside the repository clone
 * (locally /work/shared/conformance/duckling). Each Corpus.hs lists example strings in groups,
 * each group under the value every string in it must resolve to. This reads the Haskell lists
 * as data: no Haskell is run.
 */
export type DucklingDimension = "AmountOfMoney" | "Distance" | "Numeral" | "Quantity" | "Temperature" | "Volume";

/** What every example of a group must resolve to, in Duckling's unit. */
export type DucklingExpect =
  | { shape: "simple"; unit: string; value: number }
  | { shape: "between"; unit: string; low: number; high: number }
  | { shape: "under"; unit: string; value: number }
  | { shape: "above"; unit: string; value: number }
  | { shape: "numeral"; value: number }
  /** negativeCorpus: the string must give nothing. */
  | { shape: "nothing" };

export interface DucklingCase {
  dimension: DucklingDimension;
  input: string;
  expect: DucklingExpect;
  /** latentCorpus groups: Duckling finds these only when asked for latent (unit-less) readings. */
  latent: boolean;
}

const repoRoot = path.resolve(import.meta.dirname, "../../..");
export const ducklingRoot = path.resolve(repoRoot, "../shared/conformance/duckling");

export function ducklingPresent(): boolean {
  return existsSync(path.join(ducklingRoot, "Distance/Corpus.hs"));
}

const NUM = String.raw`\(?\s*-?[\d.e]+\s*\)?`;
const HEAD = new RegExp(String.raw`examples\s*\((simple|between|under|above|NumeralValue)\s+(?:(\w+)\s+)?(\(\s*${NUM}\s*,\s*${NUM}\s*\)|${NUM})`, "g");

/** Haskell string escapes used by the corpora: \" \\ \xHHHH and the empty escape \&. */
function unescape(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]+|&|"|\\|n)/g, (_, e: string) => {
    if (e === "&") return "";
    if (e === "n") return "\n";
    if (e.startsWith("x")) return String.fromCodePoint(parseInt(e.slice(1), 16));
    return e;
  });
}

/** The string literals of one `[ ... ]` list, skipping lines commented out with `--`. */
function stringsOf(list: string): string[] {
  const live = list.split("\n").filter((line) => !line.trim().startsWith("--")).join("\n");
  return [...live.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => unescape(m[1]!));
}

/** The `[ ... ]` list starting at or after `from`, matched bracket for bracket outside strings. */
function listAfter(src: string, from: number): { body: string; end: number } {
  const open = src.indexOf("[", from);
  let depth = 0;
  let inString = false;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return { body: src.slice(open + 1, i), end: i + 1 };
  }
  return { body: src.slice(open + 1), end: src.length };
}

const num = (s: string) => Number(s.replace(/[()\s]/g, ""));

function expectOf(kind: string, unit: string | undefined, arg: string): DucklingExpect {
  if (kind === "NumeralValue") return { shape: "numeral", value: num(arg) };
  if (kind === "between") {
    const [low, high] = arg.replace(/^\(|\)$/g, "").split(",").map(num);
    return { shape: "between", unit: unit!, low: low!, high: high! };
  }
  return { shape: kind as "simple" | "under" | "above", unit: unit!, value: num(arg) };
}

/** Every example of one dimension's corpus, latent and negative ones marked. */
export function loadDuckling(dimension: DucklingDimension): DucklingCase[] {
  const src = readFileSync(path.join(ducklingRoot, dimension, "Corpus.hs"), "utf8");
  const latentAt = src.search(/^latentCorpus\s*=/m);
  const latentEnd = latentAt < 0 ? -1 : src.indexOf("\nallExamples", latentAt);
  const cases: DucklingCase[] = [];
  for (const m of src.matchAll(HEAD)) {
    const expect = expectOf(m[1]!, m[2], m[3]!);
    const latent = latentAt >= 0 && m.index! > latentAt && (latentEnd < 0 || m.index! < latentEnd);
    for (const input of stringsOf(listAfter(src, m.index! + m[0].length).body)) cases.push({ dimension, input, expect, latent });
  }
  const negative = /^negativeCorpus[\s\S]*?examples\s*=\s*/m.exec(src);
  if (negative) {
    for (const input of stringsOf(listAfter(src, negative.index + negative[0].length).body)) {
      cases.push({ dimension, input, expect: { shape: "nothing" }, latent: false });
    }
  }
  return cases;
}
