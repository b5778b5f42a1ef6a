import { describe, expect, it } from "vitest";
import { contextOf as linesContext } from "./lines-context.js";
import { storyNames } from "../../../core/extract/subject/story-names.js";

// Session 26, story: a people's word of two words ("Sri Lankan", "South Korean") is no name of a
// story, as one of one word ("Russian") never is: two stories of one country would share it as a
// rare lead name. AFP on the Meethotamulla dump collapse, 18 Apr 2017.

const ids = (text: string) => storyNames(linesContext(text, "2017-04-18")).map((n) => n.id);

describe("a people's word of two words", () => {
  it("is no story name ('in Sri Lankan garbage collapse')", () => {
    const text = "Dozens still missing in Sri Lankan garbage collapse; 29 dead\nRescuers were digging Monday through heaps of mud and trash that collapsed onto homes near a garbage dump in Meethotamulla, killing at least 29 people.\nThe dump in Meethotamulla had grown for years.";
    expect(ids(text)).not.toContain("name:sri-lankan");
    expect(ids(text)).toContain("name:meethotamulla");
  });
  it("a place of two words stays one ('in Port Moresby')", () => {
    const text = "Looting, arson in Papua New Guinea cities leave 15 people dead\nAuthorities say eight people died in capital Port Moresby during riots on Wednesday evening while seven people died in Lae city.\nShops in Port Moresby were looted.";
    expect(ids(text)).toContain("name:port-moresby");
  });
});
