import { describe, expect, it } from "vitest";
import type { Finding } from "../../core/model.js";
import { matches } from "./corpus-runner.js";

/** A finding between two dates, in one report or in two. */
function dateConflict(articles: [string, string]): Finding {
  return {
    id: "f1", kind: "date-conflict", severity: "contradiction", rule: "date-conflict", status: "open", explanation: "",
    claims: [{ articleId: articles[0], claimId: "c1", text: "Sunday, February 4" }, { articleId: articles[1], claimId: "c2", text: "February 6, 2024" }],
  } as Finding;
}

describe("the corpus score's kinds (tests/check/corpus-runner.ts matches)", () => {
  const internal = { kind: "internal-conflict" as const, texts: ["February 4", "February 6"] };
  it("counts a date conflict inside one report as the internal conflict a gatherer names", () => {
    expect(matches(dateConflict(["a", "a"]), internal)).toBe(true);
  });
  it("does not count a date conflict between two reports as an internal one", () => {
    expect(matches(dateConflict(["a", "b"]), internal)).toBe(false);
  });
  it("does not count an internal conflict as a date conflict the other way round", () => {
    expect(matches({ ...dateConflict(["a", "a"]), kind: "internal-conflict" }, { kind: "date-conflict", texts: ["February 4", "February 6"] })).toBe(false);
  });
});
