import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim } from "../../../core/model.js";

function frameOf(body: string, words: string, published = "2024-08-02"): { measure: string; scope: string[] } | undefined {
  const frame = extractClaims({ id: "t", body, published }).find((c: Claim) => c.text === words)?.subject?.frame;
  return frame ? { measure: frame.measure.id, scope: frame.scope.map((e) => e.id) } : undefined;
}

describe("a company's result for a period", () => {
  const intel = "Intel reported revenue of 12.8 billion dollars for the second quarter, down 1 percent year over year, and a net loss of 1.6 billion dollars.";
  it("reads the result's noun, the quarter (of the year published) and the company", () => {
    expect(frameOf(intel, "12.8 billion dollars")).toEqual({ measure: "revenue.q2-2024", scope: ["intel"] });
    expect(frameOf(intel, "1.6 billion dollars")).toEqual({ measure: "loss.q2-2024", scope: ["intel"] });
    expect(frameOf("Intel posted $12.8 billion in revenue in the second quarter of 2024.", "$12.8 billion")?.measure).toBe("revenue.q2-2024");
  });
  it("takes a fourth quarter told early in a year as the year before's", () => {
    expect(frameOf("Apple said revenue was $119.6 billion in the fourth quarter.", "$119.6 billion", "2024-02-01")?.measure).toBe("revenue.q4-2023");
  });
  it("gives nothing without a period written or a company", () => {
    expect(frameOf("The company had revenue of $5 billion last year.", "$5 billion")?.measure ?? "").not.toMatch(/^revenue/);
    expect(frameOf("Revenue of $5 billion for the second quarter was expected.", "$5 billion")?.measure ?? "").not.toMatch(/^revenue/);
  });
});
