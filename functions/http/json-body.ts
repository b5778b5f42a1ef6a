import { ClaimcheckError } from "../../core/index.js";
import { readTextBody } from "./body.js";

/**
 * Parses a JSON request text; empty or malformed text is a 400 with the parser's reason.
 * @example parseJsonText('{"status":"dismissed"}') // { status: "dismissed" }
 */
export function parseJsonText(text: string): unknown {
  if (text.trim() === "") throw new ClaimcheckError("invalid-input", "The request body is empty.", [{ field: "", message: "expected a JSON object" }]);
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ClaimcheckError("invalid-input", `The body is not valid JSON: ${(cause as Error).message}`, [], { cause });
  }
}

/**
 * A JSON request body, read within the byte limit; not yet validated.
 * @example parseFindingPatch(await readJsonBody(c.req.raw, 1 << 20))
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const { text } = await readTextBody(request, maxBytes, ["application/json"]);
  return parseJsonText(text);
}
