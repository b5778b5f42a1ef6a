import { describe, expect, it } from "vitest";
import { MAX_CLAIMS_PER_ARTICLE, runPipeline, STEPS } from "../../../core/extract/pipeline.js";
import { fixedFinders, mention } from "./mentions.js";

describe("runPipeline", () => {
  it("runs the finders before the refiners, in the documented order", () => {
    expect(STEPS.map((s) => s.name)).toEqual([
      "sentences", "quantities", "dates", "durations", "valid-spans", "rates", "race-times", "overlaps", "furniture", "claim-limit", "subjects", "modality", "asOf",
    ]);
  });
  it("lets the date win over the bare number it contains, then ties the count to that date", () => {
    const text = "In 2019, Turkey hosted 3.6 million Syrian refugees.";
    const year = mention(text, "2019", { kind: "date", value: "2019" });
    const bare = mention(text, "2019", { value: 2019 });
    const count = mention(text, "3.6 million", { value: 3.6e6, unit: "person" });
    const { drafts } = runPipeline(text, "2024-08-06", fixedFinders([bare, count, year]));
    expect(drafts.map((d) => [d.mention.kind, d.asOf])).toEqual([["date", "2024-08-06"], ["quantity", "2019"]]);
  });
  it("drops mentions on furniture lines before reading subjects", () => {
    const text = "Turkey hosts 3.6 million Syrian refugees.\n© 2026 Example LLC. All rights reserved.";
    const { drafts } = runPipeline(text, undefined, fixedFinders([
      mention(text, "3.6 million", { value: 3.6e6 }), mention(text, "2026", { kind: "date", value: "2026" }),
    ]));
    expect(drafts.map((d) => text.slice(d.mention.start, d.mention.end))).toEqual(["3.6 million"]);
  });
  it("reads subjects for at most MAX_CLAIMS_PER_ARTICLE figures, the first in the text", () => {
    const text = "7 ".repeat(MAX_CLAIMS_PER_ARTICLE + 50);
    const all = Array.from({ length: MAX_CLAIMS_PER_ARTICLE + 50 }, (_, i) => ({ ...mention(text, "7"), start: 2 * i, end: 2 * i + 1 }));
    const { drafts } = runPipeline(text, undefined, fixedFinders(all.reverse()));
    expect(drafts).toHaveLength(MAX_CLAIMS_PER_ARTICLE);
    expect(Math.max(...drafts.map((d) => d.mention.start))).toBe(2 * (MAX_CLAIMS_PER_ARTICLE - 1));
  });
  it("drops mentions whose span lies outside the text", () => {
    const text = "short";
    const { drafts } = runPipeline(text, undefined, fixedFinders([{ ...mention(text, "short"), end: 99 }]));
    expect(drafts).toEqual([]);
  });
  it("keeps each claim's whole sentence, and reads only a window of a huge one", () => {
    const text = `${"word ".repeat(300)}then 30 km of road ${"word ".repeat(300)}.`;
    const { drafts } = runPipeline(text, undefined, fixedFinders([mention(text, "30 km", { unit: "km", dimension: "length" })]));
    expect(drafts[0]!.sentence).toEqual({ start: 0, end: text.length });
    expect(drafts[0]!.window.end - drafts[0]!.window.start).toBeLessThan(900);
  });
});
