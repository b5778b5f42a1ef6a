import { ClaimcheckError } from "../../core/index.js";
import { decodeDigest, hmacSha256, sameMac } from "./crypto.js";

/**
 * The Standard Webhooks signature scheme (standardwebhooks.com), shared by the inbound
 * `standard` source and the outbound alerts: HMAC-SHA256 over `${id}.${timestamp}.${body}`,
 * keyed with the base64-decoded part of a "whsec_..." secret, sent as "v1,<base64>".
 */

/**
 * The key bytes of a Standard Webhooks secret ("whsec_" + base64; the prefix is optional).
 * @example secretKey("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") // Buffer of 24 bytes
 */
export function secretKey(secret: string): Buffer {
  const encoded = secret.trim().replace(/^whsec_/, "");
  const key = Buffer.from(encoded, "base64");
  if (key.length === 0) throw new ClaimcheckError("internal", "a Standard Webhooks secret must be whsec_ followed by base64");
  return key;
}

/**
 * The webhook-signature value for one message, signed with one secret.
 * @example sign("whsec_…", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", 1674087231, '{"type":"article.published"}') // "v1,K5oZ…="
 */
export function sign(secret: string, id: string, timestampSeconds: number, body: Buffer | string): string {
  return `v1,${mac(secretKey(secret), id, String(timestampSeconds), body).toString("base64")}`;
}

/**
 * The webhook-signature header for a message signed with every secret given (all are sent
 * during a rotation, space-separated, so receivers holding either secret accept it).
 * @example signatureHeader(["whsec_new…", "whsec_old…"], id, ts, body) // "v1,… v1,…"
 */
export function signatureHeader(secrets: readonly string[], id: string, timestampSeconds: number, body: Buffer | string): string {
  return secrets.map((secret) => sign(secret, id, timestampSeconds, body)).join(" ");
}

/**
 * Whether any "v1,<base64>" in the header is a valid signature under any of the secrets. Every
 * pair is compared in constant time; other versions ("v1a," asymmetric) are skipped.
 * @example matchesAny(headers["webhook-signature"], ["whsec_…"], id, "1674087231", body) // true
 */
export function matchesAny(header: string, secrets: readonly string[], id: string, timestamp: string, body: Buffer): boolean {
  const given = header
    .split(" ")
    .slice(0, 16)
    .filter((part) => part.startsWith("v1,"))
    .map((part) => decodeDigest(part.slice(3)))
    .filter((digest): digest is Buffer => digest !== null);
  let found = false;
  for (const secret of secrets) {
    const expected = mac(secretKey(secret), id, timestamp, body);
    for (const digest of given) found = sameMac(expected, digest) || found;
  }
  return found;
}

function mac(key: Buffer, id: string, timestamp: string, body: Buffer | string): Buffer {
  return hmacSha256(key, `${id}.${timestamp}.`, body);
}
