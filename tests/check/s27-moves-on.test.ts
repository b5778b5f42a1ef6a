import { describe, expect, it } from "vitest";
import { movesOn } from "../../core/check/rules/revision.js";
import { article, internalFindings } from "./support.js";

/**
 * Session 27: a count quoted and then overtaken in the next sentence ("'four deaths and 15 injuries
 * were reported.' However, the number of injuries and deaths increased") is no contradiction of the
 * story's later count (after a report on the San Pedro Garza García stage collapse, 2024).
 */
const findings = (body: string) => internalFindings(article("r", body, "2024-05-23"));

const lead = "At least five people died and 50 were injured when a stage collapsed during a rally in Monterrey on Wednesday night.\n\n";
const quoted = "The governor said that four people died in the collapse of the stage.";

describe("a count the next sentence moves on from", () => {
  it("is no contradiction of the later count", () => {
    expect(findings(`${lead}${quoted} However, the number of deaths increased as rescuers reached the site.`)).toEqual([]);
  });
  it("still contradicts when the next sentence tells no change", () => {
    expect(findings(`${lead}${quoted} However, rescuers reached the site by midnight.`).length).toBeGreaterThan(0);
  });
  it("needs an opener that turns to what came next", () => {
    expect(movesOn("However, the number of injuries and deaths increased as the hours passed.")).toBe(true);
    expect(movesOn("The river rose two metres overnight.")).toBe(false);
  });
});
