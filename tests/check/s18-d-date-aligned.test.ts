import { describe, expect, it } from "vitest";
import type { Claim, Frame } from "../../core/model.js";
import type { Alignment } from "../../core/check/aligned/report-story.js";
import { alignedStoryDay } from "../../core/check/frame/date-aligned.js";

/**
 * Two reports of one bus crash on the Kampala–Gulu highway (after Daily Monitor and Pulse Uganda,
 * 22-23 October 2025): one dates it "after midnight on Tuesday", the other "Wednesday morning";
 * each date's own clause names too little to tie the two, the reports as wholes do.
 */
const STORY_INCIDENT = "frame.story-incident";
const STORY_DAY = "frame.story-day";

function dateOf(articleId: string, value: string, event: string, rule: string | undefined, names: string[]): Claim {
  const frame: Frame = {
    measure: { id: "date.occurred", text: event },
    scope: names.map((n) => ({ kind: "named" as const, id: `name:${n}`, text: n })),
    event: { id: event, text: event },
    rules: rule ? [rule] : [],
  };
  return {
    id: `${articleId}#${value}`, articleId, kind: "date", text: value, start: 0, end: 1, value, qualifier: "exact", modality: "asserted",
    asOf: "2025-10-23", rules: [], subject: { key: `${event}|date`, text: event, head: event, frame },
  } as Claim;
}

const ALIGNED: Alignment = { names: [], eventClass: "crash", days: 1, why: "both reports: crash; both name Gulu and Kampala-Gulu; published 1 day apart" };

describe("the day each of two aligned reports gives its story's happening (frame/date-aligned.ts)", () => {
  it("matches two story days a day apart, weakly, saying why the reports are one story", () => {
    const match = alignedStoryDay(dateOf("b", "2025-10-21", "crash", STORY_INCIDENT, ["gulu"]), dateOf("a", "2025-10-22", "crash", STORY_DAY, ["kitaleba"]), ALIGNED);
    expect(match?.strength).toBe("weak");
    expect(match?.why).toMatch(/its story's crash.*both name Gulu/);
  });
  it("matches nothing when the reports are not aligned, or one date is no story day", () => {
    expect(alignedStoryDay(dateOf("b", "2025-10-21", "crash", STORY_INCIDENT, ["gulu"]), dateOf("a", "2025-10-22", "crash", STORY_DAY, ["kitaleba"]), null)).toBeNull();
    expect(alignedStoryDay(dateOf("b", "2025-10-21", "crash", undefined, ["gulu"]), dateOf("a", "2025-10-22", "crash", STORY_DAY, ["kitaleba"]), ALIGNED)).toBeNull();
  });
  it("matches nothing for two classes of event, an event lasting days, days far apart, or one report", () => {
    expect(alignedStoryDay(dateOf("b", "2025-10-21", "fire", STORY_INCIDENT, ["gulu"]), dateOf("a", "2025-10-22", "crash", STORY_DAY, ["kitaleba"]), ALIGNED)).toBeNull();
    const flood: Alignment = { ...ALIGNED, eventClass: "flood" };
    expect(alignedStoryDay(dateOf("b", "2025-10-21", "flood", STORY_INCIDENT, ["gulu"]), dateOf("a", "2025-10-22", "flood", STORY_DAY, ["kitaleba"]), flood)).toBeNull();
    expect(alignedStoryDay(dateOf("b", "2025-10-14", "crash", STORY_INCIDENT, ["gulu"]), dateOf("a", "2025-10-22", "crash", STORY_DAY, ["kitaleba"]), ALIGNED)).toBeNull();
    expect(alignedStoryDay(dateOf("a", "2025-10-21", "crash", STORY_INCIDENT, ["gulu"]), dateOf("a", "2025-10-22", "crash", STORY_DAY, ["kitaleba"]), ALIGNED)).toBeNull();
  });
});
