import { describe, expect, it } from "vitest";
import { marksRevision } from "../../core/check/rules/revision.js";

describe("revision words: a figure its sentence calls the older one (s18-p)", () => {
  it("reads 'the previous toll' as the older figure (AFP on the Kyrgyz-Tajik clashes, 2022)", () => {
    expect(marksRevision("The previous toll given by Kyrgyzstan's health ministry stood at 24 killed.")).toBe(true);
    expect(marksRevision("The last count put the dead at 12.")).toBe(true);
    expect(marksRevision("A prior estimate of 300 was given on Monday.")).toBe(true);
  });
  it("does not read 'previous' or 'last' of anything else", () => {
    expect(marksRevision("The previous day, 24 people were killed in the clashes.")).toBe(false);
    expect(marksRevision("Last week's storm killed 24 people.")).toBe(false);
  });
});
