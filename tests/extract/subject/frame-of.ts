import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the claim written `words` in `body`. */
export function frameOf(body: string, words: string, published = "2020-01-01"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.text === words)?.subject?.frame;
}

/** A frame's measure and its scope's ids without names, as one pair to compare. */
export const read = (f: Frame | undefined) => [f?.measure.id, f?.scope.filter((e) => !e.id.startsWith("name:")).map((e) => e.id).join(",")];
