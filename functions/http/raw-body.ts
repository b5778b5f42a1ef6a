import { ClaimcheckError } from "../../core/index.js";

/**
 * The request body as the exact bytes sent, never more than `maxBytes` held. Nothing is
 * decoded or stripped (not even a BOM): webhook signatures are over these bytes, and the API
 * decodes them itself (body.ts).
 * A declared Content-Length over the limit is refused before reading; a chunked or lying
 * client is cut off at the limit.
 * @example const body = await readRawBody(c.req.raw, 1 << 20)
 */
export async function readRawBody(request: Request, maxBytes: number): Promise<Buffer> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d{1,20}$/.test(declared.trim()) && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(maxBytes: number): ClaimcheckError {
  return new ClaimcheckError("payload-too-large", `The body is larger than ${maxBytes} bytes.`);
}
