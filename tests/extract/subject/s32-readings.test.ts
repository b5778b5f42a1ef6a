import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 32: a story that names its event by a verb alone takes the class of the vehicle the
 * verb happened to ("the ferry ... overturned" is a capsizing, "a bus plunged" a crash), and a day
 * the lead gives a saying ("apologised on Tuesday") is not the story's day.
 */
const claim = (body: string, text: string, published: string) => extractClaims({ id: "a", body, published }).find((c) => c.text.includes(text));
const storyMarks = (body: string, text: string, published: string, name: string) =>
  claim(body, text, published)?.subject?.frame?.scope.find((e) => e.id === name)?.within ?? [];

describe("a lead that tells its event by a vehicle's verb", () => {
  it("reads a vessel that overturned as a capsizing, a bus as a crash", () => {
    const ferry = "Ferry sinks near Bali\n\nAround 30 people are still missing after the ferry, travelling from Java to Bali, overturned in rough seas.\n\nAt least six people have been killed.";
    expect(storyMarks(ferry, "six", "2025-07-03", "name:bali")).toContain("class:capsizing");
    const bus = "Bus overturns near Bali\n\nAround 30 people are hurt after the bus, travelling from Java to Bali, overturned on a bend.\n\nAt least six people have been killed.";
    expect(storyMarks(bus, "six", "2025-07-03", "name:bali")).toContain("class:crash");
  });
  it("reads 'plunged' as a crash only after a vehicle", () => {
    const bus = "At least six people were killed as a tourist bus plunged into a ravine near Chilas, police said.\n\nTwelve others were injured.";
    expect(storyMarks(bus, "six", "2023-07-16", "name:chilas")).toContain("class:crash");
    const market = "At least six people were killed near Chilas as shares plunged, police said.\n\nTwelve others were injured.";
    expect(storyMarks(market, "six", "2023-07-16", "name:chilas")).not.toContain("class:crash");
  });
});

describe("the day a lead tells", () => {
  it("is not the day of an apology or a denial", () => {
    const apology = "The chief of a real estate firm apologised on Tuesday (Dec 18), admitting his staff caused an explosion that injured 42 people in Sapporo.\n\nThe blast damaged 24 vehicles.";
    expect(storyMarks(apology, "24", "2018-12-19", "name:sapporo")).not.toContain("day:2018-12-18");
    const event = "An explosion injured 42 people in Sapporo on Sunday (Dec 16), police said.\n\nThe blast damaged 24 vehicles.";
    expect(storyMarks(event, "24", "2018-12-19", "name:sapporo")).toContain("day:2018-12-16");
  });
});
