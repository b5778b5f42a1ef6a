/**
 * Stable ids from content, without node:crypto (core stays pure and runs anywhere).
 * FNV-1a over UTF-16 code units, 64 bits, as 16 hex digits: ids, not security. The 64-bit
 * state is kept as four 16-bit limbs in plain numbers: BigInt arithmetic allocates on every
 * step, and every claim, finding and article id is hashed.
 */
export function hash64(text: string): string {
  // Offset basis 0xcbf29ce484222325, low limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    // Times the prime 2^40 + 0x1b3, modulo 2^64: 0x1b3 on every limb, 2^40 is 0x100 two limbs up.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

function hex4(limb: number): string {
  return limb.toString(16).padStart(4, "0");
}

/** @example claimId("a1", 10, 17) // "c-…" stable for the same article and span */
export function claimId(articleId: string, start: number, end: number): string {
  return `c-${hash64(`${articleId}\u0000${start}\u0000${end}`)}`;
}

/** Same rule and same set of claims (in any order) give the same id. */
export function findingId(rule: string, claimIds: readonly string[]): string {
  return `f-${hash64([rule, ...[...claimIds].sort()].join("\u0000"))}`;
}
