import { describe, expect, it } from "vitest";
import { capFindings, MAX_FINDINGS_PER_ARTICLE } from "../../core/check/cap.js";
import { checkClaims, extractClaims } from "../../core/index.js";
import type { Finding } from "../../core/model.js";

function finding(i: number, severity: Finding["severity"]): Finding {
  return {
    id: `f${i}`, kind: "internal-conflict", severity, status: "open", rule: "internal-conflict", explanation: "",
    claims: [{ articleId: "a", claimId: `c${i}`, start: 0, end: 1, text: `${i}` }],
  };
}

describe("capFindings", () => {
  it("keeps a short list as it is", () => {
    const list = [finding(1, "note"), finding(2, "contradiction")];
    expect(capFindings(list, "a")).toEqual(list);
  });

  it("lists the most severe first and counts the rest in one note", () => {
    const list = Array.from({ length: 60 }, (_, i) => finding(i, i % 3 === 0 ? "contradiction" : "note"));
    const capped = capFindings(list, "a", 10);
    expect(capped).toHaveLength(11);
    expect(capped.slice(0, 10).every((f) => f.severity === "contradiction")).toBe(true);
    const note = capped[10] as Finding;
    expect(note.severity).toBe("note");
    expect(note.rule).toBe("findings-cap");
    expect(note.explanation).toContain("50 more findings (50 internal conflicts) are not listed");
    expect(note.claims).toHaveLength(1);
    // The same findings give the same note, so a re-check does not duplicate it.
    expect(capFindings(list, "a", 10)[10]?.id).toBe(note.id);
  });
});

it("an article with thousands of broken conversions gives a bounded list", () => {
  const lines = Array.from({ length: 2000 }, (_, i) => `Camp ${i + 1} lies ${i + 20} km (${i + 20} miles) from the border.`);
  const article = { id: "big", body: lines.join("\n"), published: "2024-01-01" };
  const claims = extractClaims(article);
  expect(claims.length).toBeGreaterThanOrEqual(2000);
  const findings = checkClaims({ article, claims, related: { claims: [], articles: [] } });
  expect(findings).toHaveLength(MAX_FINDINGS_PER_ARTICLE + 1);
  expect(findings.at(-1)?.explanation).toMatch(/^\d{3,4} more findings \(\d{3,4} conversion mismatches/);
});
