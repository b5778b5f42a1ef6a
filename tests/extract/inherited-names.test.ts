import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";

// Word lists are plain objects: a lookup by a word of the text must not find what every
// object inherits ("constructor", "toString"), which crashed whole requests.
const INHERITED = Object.getOwnPropertyNames(Object.prototype);
const SHAPES = [
  (w: string) => `Work began on 3 May 2015 ${w} Bechtel said.`,
  (w: string) => `About 12 ${w} were killed in the ${w} attack on Monday.`,
  (w: string) => `It rose 5% to $3 ${w} and 4 ${w} tonnes, ${w} said.`,
  (w: string) => `The ${w} fire killed 3 ${w}s in ${w}, a 30-mile (${w}) strip.`,
  (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)} was born on 6 August 1910 in ${w}.`,
];

describe("words every object inherits", () => {
  it.each(INHERITED)("an article with '%s' in it is read without error", (word) => {
    for (const shape of SHAPES) {
      const body = shape(word);
      expect(() => extractClaims({ id: "a", body, published: "2020-01-01" }), body).not.toThrow();
    }
  });
  it("still reads the claims around those words", () => {
    const claims = extractClaims({ id: "a", body: SHAPES[1]?.("toString") ?? "", published: "2020-01-01" });
    expect(claims.map((c) => c.value)).toContain(12);
  });
});
