import { parseArgs, type ParseArgsConfig } from "node:util";
import * as v from "valibot";
import { z } from "zod";
import { ClaimcheckError } from "../../core/index.js";
import { publishedSchema } from "../schemas/dates.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses a subcommand's argv with node's parseArgs, then validates the values with zod
 * (DESIGN.md: zod validates CLI options). Bad usage becomes one ClaimcheckError line.
 * @example parseCommandLine(["--json", "a.txt"], { json: { type: "boolean" } }, z.object({ json: z.boolean().optional() }))
 */
export function parseCommandLine<S extends z.ZodTypeAny>(
  argv: string[],
  options: Options,
  schema: S,
): { values: z.infer<S>; files: string[] } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ClaimcheckError("invalid-input", usageMessage(error));
  }
  const result = schema.safeParse(parsed.values);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ClaimcheckError("invalid-input", `--${issue.path.join(".")}: ${issue.message}`);
  }
  return { values: result.data, files: parsed.positionals };
}

/** node's messages are long and mention internals; keep the part a user can act on. */
function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\. To specify a positional argument.*$/s, "").replace(/^TypeError \[\w+\]: /, "");
}

/** A publication date by the API's own rule (functions/schemas/dates.ts): one rule for both. */
export const publishedDate = z
  .string()
  .refine((value) => v.safeParse(publishedSchema, value).success, "expected YYYY-MM-DD or an ISO datetime, a real calendar date");
