import { describe, expect, it } from "vitest";
import { quotePassage } from "../../functions/cli/passage.js";

describe("quotePassage", () => {
  const filler = "Officials met again in the capital to discuss the ceasefire and the return of people. ";

  it("marks the claim inside its sentence", () => {
    const body = `${filler}Turkey hosts 3.6 million Syrian refugees. ${filler}`;
    const start = body.indexOf("3.6 million");
    const sentence = { start: body.indexOf("Turkey"), end: body.indexOf("refugees.") + 9 };
    expect(quotePassage(body, [{ start, end: start + 11 }], sentence)).toBe("…Turkey hosts [3.6 million] Syrian refugees.…");
  });

  it("quotes claims far apart each in its own window, cut at word boundaries", () => {
    const body = `${filler.repeat(3)}A 30-km strip. ${filler.repeat(3)}A 30-mile strip. ${filler.repeat(3)}`;
    const a = body.indexOf("30-km");
    const b = body.indexOf("30-mile");
    const quoted = quotePassage(body, [{ start: a, end: a + 5 }, { start: b, end: b + 7 }]);
    expect(quoted).toContain("[30-km]");
    expect(quoted).toContain("[30-mile]");
    expect(quoted.length).toBeLessThan(450);
    for (const part of quoted.split("…").map((p) => p.trim().replace(/[[\]]/g, "")).filter(Boolean)) {
      const at = body.indexOf(part);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at === 0 || /\s/.test(body[at - 1]!)).toBe(true);
      expect(/\s/.test(body[at + part.length] ?? " ")).toBe(true);
    }
  });
});
