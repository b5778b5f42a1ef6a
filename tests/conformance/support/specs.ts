import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The Microsoft Recognizers-Text English Number and NumberWithUnit specs (MIT), as CI places
 * them beside the repository clone (locally /work/shared). Only the fields read here are typed.
 */
export interface NumberSpecResult {
  Text: string;
  Start?: number;
  End?: number;
  TypeName?: string;
  Resolution?: { value?: string | null; unit?: string; subtype?: string; isoCurrency?: string };
}

export interface NumberSpecCase {
  Input: string;
  Results: NumberSpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

const repoRoot = path.resolve(import.meta.dirname, "../../..");
export const specRoot = path.resolve(repoRoot, "../shared/conformance/recognizers-text");

export type NumberSpecFile =
  | "Number/English/NumberModel.json" | "Number/English/PercentModel.json" | "Number/English/NumberRangeModel.json"
  | "NumberWithUnit/English/DimensionModel.json" | "NumberWithUnit/English/TemperatureModel.json"
  | "NumberWithUnit/English/CurrencyModel.json";

export function numberSpecsPresent(): boolean {
  return existsSync(path.join(specRoot, "Number/English/NumberModel.json"));
}

/** One spec file; the files start with a byte-order mark, which JSON.parse rejects. */
export function loadNumberSpec(file: NumberSpecFile): NumberSpecCase[] {
  return JSON.parse(readFileSync(path.join(specRoot, file), "utf8").replace(/^\uFEFF/, "")) as NumberSpecCase[];
}

/** "100%" -> 100, "1E-12" -> 1e-12; null when the spec gives no value (a bare unit name). */
export function specNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === "null") return null;
  const n = Number(value.replace(/%$/, ""));
  return Number.isFinite(n) ? n : null;
}

/** Equal to the precision the spec prints (15 significant digits). */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
