import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../core/extract/sentences.js";

/**
 * Session 26: copy wrapped by hand (an AP wire story of 2001 as a page kept it) keeps a sentence
 * whole across its line breaks; a line of furniture, a headline before a blank line and a line
 * ending in a full stop still end one.
 */
const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("a sentence wrapped by hand", () => {
  it("runs on over a single line break into a lowercase word", () => {
    const text = "The accident occurred Sunday in Angash. Initial radio reports\n                 said 25 died and 20 were injured.";
    expect(sentencesOf(text)).toEqual(["The accident occurred Sunday in Angash.", "Initial radio reports\n                 said 25 died and 20 were injured."]);
  });
  it("ends at a blank line, a full stop or a capital on the next line", () => {
    expect(sentencesOf("Bus plunges into ravine, killing 24\n\nthe police said.")).toHaveLength(2);
    expect(sentencesOf("Twelve people died.\nthe police said.")).toHaveLength(2);
    expect(sentencesOf("Photo: Reuters\nThe quake struck at noon.")).toHaveLength(2);
  });
});
