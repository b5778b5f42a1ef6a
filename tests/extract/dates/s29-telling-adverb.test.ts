import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 29: a word of how the report knows it, set between an event's noun and its verb ("The
 * blaze reportedly started around 3 p.m.", after Yonhap's report of the 2017 Jecheon sports-centre
 * fire; "The blaze reportedly broke out at around 4:40 pm", after a report of the 2022 Mundka
 * building fire), leaves the clock the hour of the event, as it is without the word.
 */
const clockClaim = (body: string, clock: string) =>
  extractClaims({ id: "a", body, published: "2019-01-05" }).find((c) => c.kind === "date" && c.text.includes(clock));

describe("an adverb between an event's noun and its verb", () => {
  it("reads the hour a fire started", () => {
    const claim = clockClaim("The blaze reportedly started around 3 p.m. in a car inside the underground parking lot.", "3 p.m.");
    expect(claim?.subject?.frame?.measure.id).toBe("date.occurred");
    expect(claim?.subject?.frame?.event?.id).toBe("fire");
    expect(clockClaim("The fire apparently started at 3 p.m. on the roof.", "3 p.m.")?.subject?.frame?.event?.id).toBe("fire");
  });
  it("gives the hour a fire broke out its event", () => {
    const claim = clockClaim("The blaze reportedly broke out at around 4:40 pm near pillar number 544.", "4:40 pm");
    expect(claim?.subject?.frame?.event?.id).toBe("fire");
  });
  it("leaves a clock of something that is not the event", () => {
    expect(clockClaim("The search reportedly started at 6 am.", "6 am")).toBeUndefined();
  });
});
