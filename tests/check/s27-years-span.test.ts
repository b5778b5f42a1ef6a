import { describe, expect, it } from "vitest";
import { article as doc, checkThroughIndex } from "./support.js";

/**
 * Session 27: a thing's building told as a span of years ("The bridge was built between 1954 and
 * 1957") ends in its completion, so "completed in 1957" of the same bridge is no other date (after
 * two pages on the Mackinac Bridge); a term's span still dates its start (check corpus s16-D).
 */
const dateFindings = (...pair: Parameters<typeof checkThroughIndex>) => checkThroughIndex(...pair).filter((f) => f.kind === "date-conflict");

const article = (id: string, body: string) => doc(id, body, "2023-01-01", id);

describe("a span of building years", () => {
  it("meets a year inside it, not one outside it", () => {
    const span = article("a", "The Mackinac Bridge spans the Straits of Mackinac. The Mackinac Bridge was built between 1954 and 1957 and cost over $99 million to complete.");
    expect(dateFindings(span, article("b", "The Mackinac Bridge spans the Straits of Mackinac. The Mackinac Bridge was completed in 1957."))).toEqual([]);
    expect(dateFindings(span, article("c", "The Mackinac Bridge spans the Straits of Mackinac. The Mackinac Bridge was completed in 1962.")).length).toBeGreaterThan(0);
  });
});
