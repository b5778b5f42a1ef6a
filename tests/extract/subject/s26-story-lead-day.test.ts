import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

// Session 26, story: the day a lead tells its event on (story-names.ts leadDay), kept on each story
// name as `day:`, keeps two reports of one event apart when the days differ. A day that is not the
// event's must not be read as it: the day a dateline gives (the day the report was filed) and the
// day of work that goes on after the event ("rescue workers continued their efforts on Sunday").

/** The `day:` mark the story names of the claim with these words carry, if any. */
function dayOf(body: string, text: string, published: string): string | undefined {
  const frame = extractClaims({ id: "a", body, published }).find((c) => c.text === text)?.subject?.frame;
  expect(frame, `a claim "${text}" with a frame`).toBeDefined();
  const name = frame!.scope.find((e) => e.id.startsWith("name:"));
  expect(name, "a story name").toBeDefined();
  return name!.within?.find((w) => w.startsWith("day:"))?.slice(4);
}

describe("a dateline's day (Yonhap, 1 Nov 2022)", () => {
  it("is the filing day, not the event's: 'SEOUL, Nov. 1 (Yonhap) --'", () => {
    const body = "Hotel next to alley of Halloween crush illegally extended terrace\nSEOUL, Nov. 1 (Yonhap) -- At least 156 people were killed in a crowd crush in an alley of Itaewon in Seoul, police said.\nThe alley in Itaewon is 3.2 meters wide.";
    expect(dayOf(body, "At least 156", "2022-11-01")).toBeUndefined();
  });
  it("a day the lead tells after it is still the event's ('on Saturday night')", () => {
    const body = "Hotel next to alley of Halloween crush illegally extended terrace\nSEOUL, Nov. 1 (Yonhap) -- At least 156 people were killed in a crowd crush in an alley of Itaewon in Seoul on Saturday night, police said.\nThe alley in Itaewon is 3.2 meters wide.";
    expect(dayOf(body, "At least 156", "2022-11-01")).toBe("2022-10-29");
  });
});

describe("a lead sentence of work that goes on (AP on the Kariakoo collapse, 17 Nov 2024)", () => {
  it("tells the work's day, not the event's: 'rescue workers continued their efforts on Sunday'", () => {
    const body = "Building collapse in Tanzania\nTanzanian rescue workers continued their efforts on Sunday in Kariakoo in Dar es Salaam, digging through the rubble of a building whose collapse killed at least 13 people.\nMore below.";
    expect(dayOf(body, "at least 13", "2024-11-17")).toBeUndefined();
  });
  it("a lead telling the event's day in a sentence of its own keeps it ('collapsed on Saturday')", () => {
    const body = "Building collapse in Tanzania\nAt least 13 people were killed when a building collapsed in Kariakoo in Dar es Salaam on Saturday.\nMore below.";
    expect(dayOf(body, "At least 13", "2024-11-17")).toBe("2024-11-16");
  });
});
