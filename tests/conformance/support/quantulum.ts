import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * quantulum3's English parser tests (MIT), as CI places them beside the repository clone
 * (locally /work/shared/conformance/quantulum3): a sentence and the quantities it holds, each
 * with its value, quantulum's unit name, the surface text and, for ranges and ±, an uncertainty.
 */
export type QuantulumFile = "quantities.json" | "quantities.ambiguity.json";

export interface QuantulumResult {
  value: number;
  unit: string;
  surface: string;
  uncertainty?: number;
  /** Offsets of the surface in the input, half-open (the first occurrence after the previous result). */
  start: number;
  end: number;
}

export interface QuantulumCase {
  input: string;
  results: QuantulumResult[];
}

const repoRoot = path.resolve(import.meta.dirname, "../../..");
export const quantulumRoot = path.resolve(repoRoot, "../shared/conformance/quantulum3");

export function quantulumPresent(): boolean {
  return existsSync(path.join(quantulumRoot, "quantities.json"));
}

interface RawResult { value: number | string; unit: string; surface: string; uncertainty?: number | string | null }

export function loadQuantulum(file: QuantulumFile): QuantulumCase[] {
  const raw = JSON.parse(readFileSync(path.join(quantulumRoot, file), "utf8")) as Array<{ req: string; res: RawResult[] }>;
  return raw.map(({ req, res }) => {
    let from = 0;
    const results = res.map((r): QuantulumResult => {
      let start = req.indexOf(r.surface, from);
      if (start < 0) start = Math.max(0, req.indexOf(r.surface));
      from = start + r.surface.length;
      const uncertainty = r.uncertainty === null || r.uncertainty === undefined || r.uncertainty === "None" ? undefined : Number(r.uncertainty);
      return { value: Number(r.value), unit: r.unit, surface: r.surface, uncertainty, start, end: start + r.surface.length };
    });
    return { input: req, results };
  });
}
