import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import { storyKindLoose } from "../../../core/extract/subject/named-kind.js";

/**
 * A numbered list of things (after a 2017 list of the world's longest road tunnels: "1) Laerdal
 * tunnel, Norway ... 2) Zhongnanshan Tunnel, China"): no item is the report's one thing of its kind,
 * so "Build at a cost of $410 million, the tunnel ..." under the second item is not the first's cost.
 */
const LIST = `Here are five of the other longest road tunnels in the world.

1) Laerdal tunnel, Norway

This is the longest road tunnel in the world -- 24.51 km. The Laerdal tunnel is the final link.

Build at a cost of $113.1 million, the construction began in 1995 and the tunnel opened in 2000.

2) Zhongnanshan Tunnel, China

The world's second longest road tunnel is 18.04 km long. Build at a cost of $410 million, the tunnel plays an important role.`;

describe("a numbered list of things", () => {
  it("gives no item's name to a figure of another item", () => {
    const cost = extractClaims({ id: "a", body: LIST, published: "2017-03-27" }).find((c) => c.text === "$410 million");
    expect(cost?.subject?.frame?.scope.some((e) => e.id === "laerdal-tunnel")).not.toBe(true);
  });
  it("has no one thing of a kind when a capitalised and a lowercase name of it are told", () => {
    expect(storyKindLoose(LIST, "tunnel")).toBeNull();
    expect(storyKindLoose("The Laerdal tunnel opened in 2000. The tunnel is 24.51 km long.", "tunnel")?.thing.id).toBe("laerdal-tunnel");
  });
  it("leaves a story of one thing its main thing", () => {
    const body = "The Laerdal tunnel opened in 2000.\n\nThe Laerdal tunnel is the longest road tunnel. Built at a cost of $113.1 million, the tunnel links Oslo and Bergen.";
    const cost = extractClaims({ id: "b", body, published: "2017-03-27" }).find((c) => c.text === "$113.1 million");
    expect(cost?.subject?.frame?.scope.some((e) => e.id === "laerdal-tunnel")).toBe(true);
  });
});
