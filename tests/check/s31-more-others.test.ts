import { describe, expect, it } from "vitest";
import { article } from "./support.js";
import { checkInOrder } from "./in-order.js";

/**
 * Session 31: "13 persons perished in the fire, while five more suffered minor injuries": "more"
 * after counts of another measure only means other people, so five is the whole count of the
 * injured (core/check/frame/addition.ts), set against another report's four. Reports written after
 * real ones (the Kostroma cafe fire, 5 November 2022).
 */
const first = article("a", "Cafe fire in Russia\n\nThirteen people were killed and four others injured in a fire at a cafe in the Russian city of Kostroma on Saturday, local media reported.", "2022-11-05");
const second = (sentence: string) => article("b", `Russian cafe fire kills 13\n\nA fire at a cafe in the Russian city of Kostroma killed 13 people on Saturday, according to police. ${sentence}`, "2022-11-05");
const crossPairs = (found: ReturnType<typeof checkInOrder>) => found.filter((f) => f.kind === "cross-article-conflict").map((f) => f.claims.map((c) => c.text).sort().join(" | "));

describe("'more' after a count of another measure", () => {
  it("is the whole count of its own measure, compared with another report's", () => {
    expect(crossPairs(checkInOrder(first, second("Thirteen persons perished in the fire, while five more suffered minor injuries.")))).toEqual(["five | four"]);
  });
  it("adds to a count of its own measure told before it", () => {
    const found = crossPairs(checkInOrder(first, second("Four people were injured by the smoke, and five more suffered minor injuries when they jumped from windows.")));
    expect(found.filter((pair) => pair.includes("five"))).toEqual([]);
  });
});
