import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/**
 * Session 19: a date the text gives its story's thing or happening, read from the clause
 * (date-thing.ts "its grand opening to the public on", occurrence-events.ts "the events that
 * transpired on", occurrence-date.ts "the earthquake of magnitude 7.5 struck"). Sentences after
 * real reports (The Korea Herald on Lotte World Tower, 21 March 2017; Real Newscast on the Crocus
 * City Hall attack, 24 March 2024; Scroll on the Myanmar earthquake, 3 April 2025).
 */
function frameOf(body: string, words: string, published: string): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text.includes(words))?.subject?.frame;
}

const TOWER = "Soaring 555 meters into the sky in southern Seoul, Lotte World Tower is a behemoth of a building filled with offices and an observation deck.\n\n";

describe("a phase noun of the thing 'its' points at, with what it opens to", () => {
  it("reads 'ahead of its grand opening to the public on' as the first public traffic of the thing the story opens with", () => {
    const frame = frameOf(`${TOWER}South Korea’s tallest building was unveiled to the press Tuesday morning ahead of its grand opening to the public on April 3.`, "April 3", "2017-03-21");
    expect(frame?.measure.id).toBe("date.service");
    expect(frame?.scope.map((e) => e.id)).toEqual(["lotte-world"]);
  });
  it("reads a bare 'grand opening' as the ceremony, and no thing for a subject that names no made thing", () => {
    expect(frameOf(`${TOWER}South Korea’s tallest building was unveiled to the press ahead of its grand opening on April 3.`, "April 3", "2017-03-21")?.measure.id).toBe("date.inauguration");
    expect(frameOf(`${TOWER}The company's chairman spoke ahead of its grand opening to the public on April 3.`, "April 3", "2017-03-21")).toBeUndefined();
  });
});

const CROCUS = "Crocus death toll climbs to 115\n\nThe aftermath of a devastating terrorist attack at the Crocus City concert hall near Moscow continues to unfold as officials confirm the toll.\n\n";

describe("the story's happening told as 'the events that transpired on'", () => {
  it("dates the story's attack, at the place named after the day", () => {
    const frame = frameOf(`${CROCUS}Following the harrowing events that transpired on March 23, 2024, at Crocus City Hall in Krasnogorsk, investigators have been piecing together the puzzle of this horrific attack.`, "March 23, 2024", "2024-03-24");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.event?.id).toBe("attack");
  });
  it("reads nothing for events that are no happening's ('the events that were held on'), nor without one class of event", () => {
    expect(frameOf(`${CROCUS}The events that were held on March 23, 2024, drew crowds.`, "March 23, 2024", "2024-03-24")?.event?.id).not.toBe("attack");
    expect(frameOf("Officials met.\n\nThe events that took place on March 23, 2024, are being reviewed by the committee.", "March 23, 2024", "2024-03-24")).toBeUndefined();
  });
});

describe("an event's own size between its noun and its verb", () => {
  it("reads 'The earthquake of magnitude 7.5 struck ... at 11.50 am local time on March 28'", () => {
    const frame = frameOf("The earthquake of magnitude 7.5 struck central Myanmar’s Mandalay city at 11.50 am local time on March 28.", "March 28", "2025-04-03");
    expect(frame?.event?.id).toBe("earthquake");
  });
  it("reads no event past a clause of another subject between noun and verb", () => {
    expect(frameOf("The earthquake of magnitude 7.5 that officials measured struck at 11.50 am local time on March 28.", "March 28", "2025-04-03")?.event?.id).not.toBe("earthquake");
  });
});
