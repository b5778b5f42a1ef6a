import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * HMAC-SHA256 over the parts in order, as if concatenated.
 * @example hmacSha256("secret", body, "1719842984367").toString("hex")
 */
export function hmacSha256(key: Buffer | string, ...parts: Array<Buffer | string>): Buffer {
  const mac = createHmac("sha256", key);
  for (const part of parts) mac.update(part);
  return mac.digest();
}

/**
 * Constant-time equality of two MACs. Lengths are public (every SHA-256 MAC is 32 bytes), so a
 * length mismatch may return early; equal lengths are compared without a data-dependent exit.
 * @example sameMac(expected, Buffer.from(headerHex, "hex"))
 */
export function sameMac(expected: Buffer, given: Buffer): boolean {
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Constant-time equality of two secrets of any length: both are hashed first, so neither the
 * content nor the length of the configured token leaks through timing.
 * @example sameSecret(request.query.token ?? "", configuredToken)
 */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b) && expected.length > 0;
}

const HEX_DIGEST = /^[0-9a-f]{64}$/i;
const BASE64_DIGEST = /^[A-Za-z0-9+/]{43}=?$|^[A-Za-z0-9_-]{43}$/;

/**
 * A SHA-256 digest written as hex or base64 (standard or url-safe), or null when it is
 * neither. Senders differ in encoding; the bytes are what is compared.
 * @example decodeDigest("ab".repeat(32)) // a 32-byte Buffer; decodeDigest("nope") // null
 */
export function decodeDigest(text: string): Buffer | null {
  const value = text.trim();
  if (HEX_DIGEST.test(value)) return Buffer.from(value, "hex");
  if (BASE64_DIGEST.test(value)) {
    const bytes = Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    return bytes.length === 32 ? bytes : null;
  }
  return null;
}
