import { describe, expect, it } from "vitest";
import type { Claim, Frame } from "../../core/model.js";
import type { Alignment } from "../../core/check/aligned/report-story.js";
import { alignedStoryDay } from "../../core/check/frame/date-aligned.js";

/**
 * Two reports of the Shah Cheragh shrine shooting in Shiraz (13 August 2023): one dates it in its
 * lead (a story day), the other a paragraph down ("an armed man attacked the shrine on Sunday
 * night": an event frame of the story's class, no story-day mark). The second is its report's day of
 * the story's attack when the report dates no other attack near it; a similar attack it recalls
 * months before is no rival, an attack it dates the next day is.
 */
const STORY_DAY = "frame.story-day";

function dateOf(articleId: string, value: string, rule: string | undefined): Claim {
  const frame: Frame = {
    measure: { id: "date.occurred", text: "attack" },
    scope: [{ kind: "named", id: "name:shiraz", text: "Shiraz" }],
    event: { id: "attack", text: "attacked" },
    rules: rule ? [rule] : ["subject.event-on-date"],
  };
  return {
    id: `${articleId}#${value}`, articleId, kind: "date", text: value, start: 0, end: 1, value, qualifier: "exact", modality: "asserted",
    asOf: "2023-08-14", rules: [], subject: { key: "attack|date", text: "attack", head: "attack", frame },
  } as Claim;
}

const ALIGNED: Alignment = { names: [], eventClass: "attack", days: 0, why: "both reports: attack; both name Shah Cheragh and Shiraz; published the same day" };

describe("a report's event told a paragraph down, against an aligned report's story day", () => {
  const lead = dateOf("a", "2023-08-12", STORY_DAY);
  it("is the report's day of its story's attack when it dates no other attack near it", () => {
    const told = dateOf("b", "2023-08-13", undefined);
    const recalled = dateOf("b", "2022-10", undefined);
    const claimsOf = (c: Claim) => (c.articleId === "b" ? [told, recalled] : [lead]);
    expect(alignedStoryDay(told, lead, ALIGNED, claimsOf)?.strength).toBe("weak");
  });
  it("is not, when its report dates an attack on another day near it, or neither date is a story day", () => {
    const told = dateOf("b", "2023-08-13", undefined);
    const next = dateOf("b", "2023-08-14", undefined);
    expect(alignedStoryDay(told, lead, ALIGNED, (c) => (c.articleId === "b" ? [told, next] : [lead]))).toBeNull();
    const other = dateOf("a", "2023-08-12", undefined);
    expect(alignedStoryDay(told, other, ALIGNED, (c) => (c.articleId === "b" ? [told] : [other]))).toBeNull();
  });
});
