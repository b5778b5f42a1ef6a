import * as v from "valibot";
import { ClaimcheckError, type FieldError } from "../../core/index.js";

/** Any valibot schema whose output we hand on; the issues type is what we translate. */
type AnySchema = v.GenericSchema<unknown, unknown>;

/**
 * Runs a schema and returns its output, or throws ClaimcheckError "invalid-input" listing
 * every bad field at once (not just the first), each unknown field by name.
 * @example parseWith(findingPatchSchema, { status: "dismissed" }, "finding update")
 */
export function parseWith<S extends AnySchema>(schema: S, value: unknown, what: string): v.InferOutput<S> {
  // valibot's object schemas take arrays (typeof [] is "object"); a list is never a record here.
  if (isObjectSchema(schema) && !isPlainObject(value)) {
    throw new ClaimcheckError("invalid-input", `Invalid ${what}: expected a JSON object`, [{ field: "", message: "expected a JSON object" }]);
  }
  const result = v.safeParse(schema, value, { abortEarly: false });
  const unknown = unknownFields(schema, value);
  if (result.success && unknown.length === 0) return result.output as v.InferOutput<S>;
  const fields = [...(result.issues ?? []).filter((i) => !isUnknownKeyIssue(i)).map(toFieldError), ...unknown];
  throw new ClaimcheckError("invalid-input", `Invalid ${what}: ${fields.map((f) => f.field || "(root)").join(", ")}`, fields);
}

/** valibot's strict object stops at the first unknown key; a client fixing a payload wants them all. */
function unknownFields(schema: AnySchema, value: unknown): FieldError[] {
  if (schema.type !== "strict_object" || !isPlainObject(value)) return [];
  const known = (schema as unknown as { entries: Record<string, unknown> }).entries;
  return Object.keys(value)
    .filter((key) => !Object.hasOwn(known, key))
    .map((key) => ({ field: key, message: `unknown field (expected one of: ${Object.keys(known).join(", ")})` }));
}

function isObjectSchema(schema: AnySchema): boolean {
  return schema.type === "strict_object" || schema.type === "object" || schema.type === "loose_object";
}

/** valibot reports an unknown key as a strict_object issue expecting "never"; we list those ourselves. */
function isUnknownKeyIssue(issue: v.BaseIssue<unknown>): boolean {
  return issue.type === "strict_object" && issue.expected === "never";
}

function toFieldError(issue: v.BaseIssue<unknown>): FieldError {
  return { field: v.getDotPath(issue) ?? "", message: issue.message };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
