/**
 * A date written as its event noun's own is given, not asserted by the sentence's verb (lead,
 * session 14, from helper D's reading of the Kiteezi landfill pair). Real text: Daily Monitor
 * (Uganda), 10 Aug 2024, on the Kiteezi landfill collapse.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

const modalityOf = (body: string, text: string) =>
  extractClaims({ id: "a", body, published: "2024-08-11" }).find((claim) => claim.text === text)?.modality;

describe("a date its event noun owns, under a modal of its sentence", () => {
  it("stays asserted: the modal is about something else", () => {
    const body = "Authorities said more bodies could be trapped under the garbage mound following the Saturday morning incident at the landfill.";
    expect(modalityOf(body, "Saturday morning")).toBe("asserted");
  });
  it("but a date the modal's own verb governs is still hypothetical", () => {
    expect(modalityOf("The council could close the landfill on Saturday.", "Saturday")).toBe("hypothetical");
  });
  it("and a condition still makes an event's date hypothetical", () => {
    expect(modalityOf("If the Saturday morning incident is confirmed as arson, the council will act.", "Saturday morning")).toBe("hypothetical");
  });
});
