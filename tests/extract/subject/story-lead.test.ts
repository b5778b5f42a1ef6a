import { describe, expect, it } from "vitest";
import { contextOf as linesContext } from "./lines-context.js";
import { isFurniture, leadEnd, leadEndAtMost } from "../../../core/extract/subject/story-lead.js";

const contextOf = (text: string) => linesContext(text, "2023-04-20");

const line = (text: string) => isFurniture(text, { start: 0, end: text.length });

// Page furniture as real pages print it between a headline and the story (lines paraphrased from
// scmp.com, concise.ng, deccanchronicle.com, hindustantimes.com, moroccoworldnews.com).
describe("page furniture between headline and lead", () => {
  it("reads photo captions with a credit as furniture", () => {
    expect(line("People trapped in the crowd try to free themselves during a stampede in Sanaa, Yemen. Photo: Al Masirah TV via Reuters")).toBe(true);
    expect(line("Rescue workers search for survivors at the site of the train derailment. JITENDRA PRAKASH / Reuters")).toBe(true);
    expect(line("Rescue workers recover bodies from the wreckage near Balasore, in Odisha, on Saturday.(AFP)")).toBe(true);
    expect(line("Helicopters evacuate injured pilgrims to hospitals in central Israel. (Photo by JALAA MAREY / AFP)")).toBe(true);
  });
  it("reads bylines and time stamps as furniture", () => {
    expect(line("By Reuters - 20 April 2023 - 14:51")).toBe(true);
    expect(line("Published Dec 2, 2018, 12:29 am IST")).toBe(true);
    expect(line("UPDATE: April 20 at 12:44 p.m. EST")).toBe(true);
  });
  it("reads a wire caption closing on the photo's day as furniture", () => {
    expect(line("Relatives wait outside a hospital in Sanaa, Yemen, April 20, 2023.")).toBe(true);
  });
  it("does not take the story's own sentences for furniture", () => {
    expect(line("A stampede at an aid centre in Yemen's capital late on Wednesday killed at least 85 people.")).toBe(false);
    expect(line("By nightfall, rescuers had pulled 29 people alive from the rubble.")).toBe(false);
    expect(line("Police said two merchants who organised the handout had been arrested.")).toBe(false);
  });
  it("ends the lead at the first story sentence after the headline, past byline and caption", () => {
    const text = [
      "Dozens killed in Yemen's capital",
      "By Reuters - 20 April 2023 - 14:51",
      "People trapped in the crowd try to free themselves in Sanaa, Yemen. Photo: Al Masirah TV via Reuters",
      "A stampede at an aid centre in Sanaa late on Wednesday killed at least 78 people, officials said.",
      "Two merchants were arrested.",
    ].join("\n");
    const end = leadEnd(contextOf(text));
    expect(text.slice(0, end).endsWith("officials said.")).toBe(true);
  });
  it("keeps headline and first sentence as the lead on a page without furniture", () => {
    const text = "Stampede in Sanaa\nA stampede killed 78 people.\nTwo merchants were arrested.";
    expect(leadEnd(contextOf(text))).toBe(text.indexOf("\nTwo"));
  });
  it("bounds the lead without reading its furniture: never before where the lead ends", () => {
    const furniture = "By Reuters - 20 April 2023 - 14:51";
    const story = "A stampede at an aid centre in Sanaa late on Wednesday killed at least 78 people.";
    const pages = [
      ["Stampede in Sanaa", story, "Two merchants were arrested."],
      ["Stampede in Sanaa", ...Array(9).fill(furniture), story],
      ["Stampede in Sanaa", ...Array(6).fill(furniture), story, "Two merchants were arrested."],
      ["Stampede in Sanaa"],
    ];
    for (const page of pages) {
      const context = contextOf(page.join("\n"));
      expect(leadEndAtMost(context)).toBeGreaterThanOrEqual(leadEnd(context));
    }
    // Past the eighth sentence no lead reaches: furniture to the end leaves the lead at the second sentence.
    const long = contextOf(["Stampede in Sanaa", ...Array(9).fill(furniture), story].join("\n"));
    expect(leadEndAtMost(long)).toBe(long.sentences[7]!.end);
    expect(leadEnd(long)).toBe(long.sentences[1]!.end);
  });
});
