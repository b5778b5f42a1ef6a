import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the date claim written `words` in `body`. */
function frameOf(body: string, words: string, published = "2024-05-08"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame;
}
const none = (frame: Frame | undefined) => frame?.measure.id ?? "none";

describe("an event's day right after its noun and place, or 'of' (occurrence-placed.ts)", () => {
  it("reads 'The bombing in Kabul on Monday' with its place", () => {
    const frame = frameOf("The bombing in Kabul on Monday killed 12 people.", "Monday");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.event?.place).toBe("kabul");
  });
  it("reads 'In the attack on Israel on 7 October 2023' and 'the earthquake in Turkey and Syria on DATE'", () => {
    expect(frameOf("In the attack on Israel on 7 October 2023, about 1,200 people were killed.", "7 October 2023")?.event?.id).toBe("attack");
    expect(frameOf("The earthquake in Turkey and Syria on 6 February 2023 killed over 50,000 people.", "6 February 2023")?.event?.id).toBe("earthquake");
  });
  it("reads 'The Beirut port explosion of 4 August 2020'", () => {
    expect(frameOf("The Beirut port explosion of 4 August 2020 killed more than 200 people.", "4 August 2020")?.measure.id).toBe("date.occurred");
  });
  it("does not date the event by another verb's day, a remembrance or a lede's own new event", () => {
    expect(none(frameOf("The UN condemned the bombing in Kabul on Monday.", "Monday"))).toBe("none");
    expect(none(frameOf("Thousands joined protests against the war in Gaza on Saturday.", "Saturday"))).toBe("none");
    expect(none(frameOf("Relatives of victims of the bombing in Kabul on Monday gathered.", "Monday"))).toBe("none");
    expect(none(frameOf("A landslide in Wayanad on Monday, 1 July, killed 14 people.", "Monday, 1 July"))).toBe("none");
  });
});

describe("an event's day after the toll it took (occurrence-date.ts)", () => {
  it("reads 'where a stampede claimed the lives of hundreds of people early on November 23'", () => {
    const body = "Hun Sen cried in front of the bridge in Phnom Penh where a stampede claimed the lives of hundreds of people early on November 23.";
    const frame = frameOf(body, "November 23", "2010-11-27");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.event?.id).toBe("stampede");
  });
  it("does not take the day the toll was said for the event's", () => {
    expect(none(frameOf("The quake killed 50,000 people according to figures released on Monday.", "Monday"))).toBe("none");
  });
});

describe("a death told with its manner (life-dates.ts)", () => {
  it("reads 'died peacefully at Balmoral on DATE'", () => {
    const frame = frameOf("Queen Elizabeth II died peacefully at Balmoral on 8 September 2022.", "8 September 2022");
    expect(frame?.measure.id).toBe("date.death");
    expect(frame?.scope[0]?.id).toBe("queen-elizabeth-ii");
  });
});
