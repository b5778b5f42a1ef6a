import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { claimId, findingId, hash64 } from "../../core/ids.js";

/** FNV-1a 64 written the obvious way, with BigInt: what the four-limb version must equal. */
function referenceHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, "0");
}

describe("hash64", () => {
  it("is FNV-1a 64 over UTF-16 code units (published test vectors)", () => {
    expect(hash64("")).toBe("cbf29ce484222325");
    expect(hash64("a")).toBe("af63dc4c8601ec8c");
    expect(hash64("foobar")).toBe("85944171f73967e8");
  });

  it("equals the BigInt reference on any string, astral and lone surrogates included", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => hash64(text) === referenceHash(text)), { numRuns: 2000 });
  });

  it("keeps claim and finding ids stable across the change of arithmetic", () => {
    expect(claimId("a1", 4, 11)).toBe(`c-${referenceHash("a1\u00004\u000011")}`);
    expect(findingId("conversion-mismatch", ["c-2", "c-1"])).toBe(`f-${referenceHash("conversion-mismatch\u0000c-1\u0000c-2")}`);
  });
});
