import { ClaimcheckError } from "../../core/index.js";
import { readRawBody } from "./raw-body.js";

/** A request body, read within the byte limit and decoded. */
export interface TextBody {
  /** Lowercased "type/subtype" without parameters: "application/json". */
  mediaType: string;
  text: string;
}

/**
 * Reads a request body as UTF-8 text without ever holding more than `maxBytes`: a declared
 * Content-Length over the limit is refused before reading, and the stream is counted as it
 * arrives (a chunked or lying client is cut off at the limit). The media type must be one of
 * `accepted`; a charset other than UTF-8 (or its subset ASCII) and any content coding are
 * refused with 415 rather than guessed at. Invalid UTF-8 is a 400, never U+FFFD soup.
 * @example const { mediaType, text } = await readTextBody(c.req.raw, 1 << 20, ["application/json"]);
 */
export async function readTextBody(request: Request, maxBytes: number, accepted: readonly string[]): Promise<TextBody> {
  const mediaType = acceptedMediaType(request.headers, accepted);
  const bytes = await readRawBody(request, maxBytes);
  return { mediaType, text: decodeUtf8(bytes) };
}

function acceptedMediaType(headers: Headers, accepted: readonly string[]): string {
  const header = headers.get("Content-Type");
  const list = accepted.join(", ");
  if (!header) throw new ClaimcheckError("unsupported-media-type", `Content-Type is missing; send one of: ${list}.`);
  const [type = "", ...params] = header.split(";");
  const mediaType = type.trim().toLowerCase();
  if (!accepted.includes(mediaType)) throw new ClaimcheckError("unsupported-media-type", `Content-Type ${mediaType} is not supported; send one of: ${list}.`);
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]{1,40})"?\s*$/i.exec(p)?.[1]).find(Boolean)?.toLowerCase();
  if (charset && !["utf-8", "utf8", "us-ascii"].includes(charset)) {
    throw new ClaimcheckError("unsupported-media-type", `charset=${charset} is not supported; send UTF-8.`);
  }
  const coding = headers.get("Content-Encoding")?.trim().toLowerCase();
  if (coding && coding !== "identity") throw new ClaimcheckError("unsupported-media-type", `Content-Encoding ${coding} is not supported.`);
  return mediaType;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch (cause) {
    throw new ClaimcheckError("invalid-input", "The body is not valid UTF-8.", [{ field: "body", message: "is not valid UTF-8" }], { cause });
  }
}
