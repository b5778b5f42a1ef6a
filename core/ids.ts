/**
 * Stable ids from content, without node:crypto (core stays pure and runs anywhere).
 * FNV-1a over UTF-16 code units, 64 bits, as 16 hex digits: ids, not security.
 */
export function hash64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, "0");
}

/** @example claimId("a1", 10, 17) // "c-…" stable for the same article and span */
export function claimId(articleId: string, start: number, end: number): string {
  return `c-${hash64(`${articleId}\u0000${start}\u0000${end}`)}`;
}

/** Same rule and same set of claims (in any order) give the same id. */
export function findingId(rule: string, claimIds: readonly string[]): string {
  return `f-${hash64([rule, ...[...claimIds].sort()].join("\u0000"))}`;
}
