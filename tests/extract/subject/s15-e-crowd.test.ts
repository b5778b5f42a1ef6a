import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

// Session 15 (issue 15), E: a crowd told with another form of "take to the streets" (retired
// aside11 a11-9, the Tempi anniversary protests: Bild's "Hundreds of thousands of people have
// taken to the streets across Greece" against AP's "tens of thousands of people took to the streets").

const measure = (body: string, text: string) => extractClaims({ id: "a", body, published: "2025-03-01" }).find((c) => c.text === text)?.subject?.frame?.measure.id;

describe("the size of a crowd, whatever form of 'take to the streets' (crowd.ts)", () => {
  it("took, have taken, are taking", () => {
    expect(measure("Protests in Greece\nTens of thousands of people took to the streets across Greece.\nMore.", "Tens of thousands")).toBe("crowd");
    expect(measure("Protests in Greece\nHundreds of thousands of people have taken to the streets across Greece to commemorate the train crash.\nMore.", "Hundreds of thousands")).toBe("crowd");
    expect(measure("Protests in Greece\nSome 5,000 protesters were taking to the streets of Athens.\nMore.", "Some 5,000")).toBe("crowd");
  });
  it("not people who took a train or took part in nothing told", () => {
    expect(measure("Rail strike ends\nAbout 12,000 people have taken the train to Athens since Monday.\nMore.", "About 12,000")).not.toBe("crowd");
  });
});
