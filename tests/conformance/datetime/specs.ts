import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The Microsoft Recognizers-Text English DateTime specs (MIT), as CI places them beside the
 * repository clone (locally: /work/shared). Only the fields these tests read are typed.
 */
export interface SpecResult {
  Text: string;
  Start: number;
  End?: number;
  Length?: number;
  TypeName?: string;
  Resolution?: { values?: Array<{ timex?: string; value?: string; type?: string }> };
  Value?: { Timex?: string };
}

export interface SpecCase {
  Input: string;
  Context?: { ReferenceDateTime?: string | null };
  Results?: SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

const repoRoot = path.resolve(import.meta.dirname, "../../..");
export const specDir = path.resolve(repoRoot, "../shared/conformance/recognizers-text/DateTime/English");

export function specsPresent(): boolean {
  return existsSync(path.join(specDir, "DateTimeModel.json"));
}

export function loadSpec(file: "DateTimeModel.json" | "DurationParser.json"): SpecCase[] {
  // The spec files start with a byte-order mark, which JSON.parse rejects.
  return JSON.parse(readFileSync(path.join(specDir, file), "utf8").replace(/^\uFEFF/, "")) as SpecCase[];
}

/** "2016-11-07T00:00:00" -> "2016-11-07": the reference is a publication day to us. */
export function publishedOf(spec: SpecCase): string | undefined {
  return spec.Context?.ReferenceDateTime?.slice(0, 10) ?? undefined;
}
