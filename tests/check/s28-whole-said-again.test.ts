import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { partsOfThose } from "../../core/check/frame/breakdown.js";
import { listsOf } from "../../core/check/rules/internal-parts.js";

/**
 * Session 28: "Among those 717 dead pilgrims, two were Indians" says the whole again (after a
 * report of the 2015 Mina stampede that gives 719 and 717 for its dead): the figure after "those"
 * is the whole, the next one its part, and the two are no list whose sum means anything.
 */
const body = (opening: string) =>
  `A stampede at the Hajj on 24 September 2015 resulted in the deaths of at least 719 pilgrims. ${opening} two were Indians.`;
const claimsOf = (text: string) => extractClaims({ id: "m", body: text, published: "2015-09-25" });

describe("a whole said again after 'those'", () => {
  it("is not a part; the figure after it is", () => {
    const text = body("Among those 717 dead pilgrims,");
    const parts = [...partsOfThose(claimsOf(text), text)].map((c) => c.text);
    expect(parts).toContain("two");
    expect(parts).not.toContain("717");
  });
  it("leaves 'Among those, N' as it was: N is the part", () => {
    const text = "A stampede at the Hajj on 24 September 2015 killed at least 719 pilgrims. Among those, 40 were Indians.";
    expect([...partsOfThose(claimsOf(text), text)].map((c) => c.text)).toContain("40");
  });
  it("is no list item with its part", () => {
    const text = body("Among those 717 dead pilgrims,");
    const lists = listsOf(claimsOf(text), text).map((list) => list.map((c) => c.text));
    expect(lists.some((list) => list.includes("717") && list.includes("two"))).toBe(false);
  });
});
