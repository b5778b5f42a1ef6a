import * as v from "valibot";
import { parseWith } from "./issues.js";
import { findingStatusSchema } from "./vocabulary.js";

export { findingKindSchema, findingStatusSchema, severitySchema } from "./vocabulary.js";

/** PATCH /findings/:id: an editor dismisses, resolves or reopens a finding, with an optional note. */
export const findingPatchSchema = v.strictObject({
  status: findingStatusSchema,
  note: v.optional(v.pipe(v.string(), v.maxLength(2000, "must be at most 2000 characters"))),
});

export type FindingPatch = v.InferOutput<typeof findingPatchSchema>;

/** @example parseFindingPatch({ status: "dismissed", note: "different scope" }) */
export function parseFindingPatch(value: unknown): FindingPatch {
  return parseWith(findingPatchSchema, value, "finding update");
}
