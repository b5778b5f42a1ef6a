import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/** The scope of the claim with these words (which must be read as a claim with a frame). */
function scopeOf(body: string, text: string) {
  const frame = extractClaims({ id: "a", body, published: "2019-06-03" }).find((c) => c.text === text)?.subject?.frame;
  expect(frame, `a claim "${text}" with a frame`).toBeDefined();
  return frame!.scope;
}
const names = (body: string, text: string) => scopeOf(body, text).filter((e) => e.id.startsWith("name:")).map((e) => e.id);

// A toll with no event and no place of its own is anchored by the rare names headline and lead share.
describe("story names (frame.story-names)", () => {
  it("names the headline or lead give where it happened anchor the lead's toll", () => {
    const body = "Crowd panic at Ruvenza bridge festival\nOfficials said 23 people died after panic broke out on the Ruvenza bridge in Tamokwe late on Saturday.\nThe festival was cancelled.";
    expect(names(body, "23")).toEqual(["name:ruvenza", "name:tamokwe"]);
  });
  it("a person named as who acted is no anchor, nor a country, a demonym, a month or a title", () => {
    const body = "President Okonkwo mourns 23 dead in Nigeria\nPresident Okonkwo said on Sunday that 23 Nigerian fans died in June at a match in Nigeria.\nHe ordered an inquiry.";
    expect(names(body, "23")).toEqual([]);
  });
  it("a count after the lead that is no toll ('Among those killed were 10') gets no names", () => {
    const body = "Crowd panic at Ruvenza bridge festival\nAt least 23 died on the Ruvenza bridge in Tamokwe. Among those killed were 10 people from one village.\nThe festival was cancelled.";
    expect(names(body, "10")).toEqual([]);
  });
  it("a figure of another event ('another crush ... two years ago') gets no names", () => {
    const body = "Crowd panic at Ruvenza bridge festival\nPanic on the Ruvenza bridge recalled another crush two years ago, in which 5 people died in Tamokwe.\nThe festival was cancelled.";
    expect(names(body, "5")).toEqual([]);
  });
  it("the day the lead tells the event on is kept with the name; a day something was said is not", () => {
    const told = "Crowd panic at Ruvenza bridge\n23 people died on the Ruvenza bridge on Saturday, officials said.\nMore below.";
    expect(scopeOf(told, "23").find((e) => e.id === "name:ruvenza")?.within).toEqual(["lead", "day:2019-06-01"]);
    const said = "Crowd panic at Ruvenza bridge\n23 people died on the Ruvenza bridge, officials said on Sunday.\nMore below.";
    expect(scopeOf(said, "23").find((e) => e.id === "name:ruvenza")?.within).toEqual(["lead"]);
  });
  it("the story's one class of event is kept with each name; a toll of a second event of the class gets no names", () => {
    const one = "Quake kills 12 in Tamokwe\nA strong earthquake struck Tamokwe on Saturday, killing 12 people, officials said.\nMore below.";
    expect(scopeOf(one, "12").find((e) => e.id === "name:tamokwe")?.within).toContain("class:earthquake");
    const two = "Second quake hits Tamokwe\nA second earthquake struck Tamokwe on Sunday, killing 3 people, officials said.\nMore below.";
    expect(scopeOf(two, "3").some((e) => e.id.startsWith("name:"))).toBe(false);
  });
});
