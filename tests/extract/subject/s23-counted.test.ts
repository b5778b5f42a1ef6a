import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 23: what a count counts when its noun is glued to it ("a 66-room hotel", after the
 * Quanzhou Xinjia Hotel collapse, 2020), when the ages of those counted follow it ("18 children
 * ages 3-16", after the Abu Sefein church fire, 2022), and a reservoir's volume in acre-feet
 * (after the Diamer-Bhasha dam reports).
 */
const claimsOf = (body: string) => extractClaims({ id: "a", body, published: "2022-08-15" });
const claimOf = (body: string, text: string) => claimsOf(body).find((c) => c.kind === "quantity" && c.text.startsWith(text));

describe("a count glued to its noun", () => {
  it("counts that noun, as the same count told plainly does", () => {
    expect(claimOf("The five-storey, 66-room hotel collapsed.", "66-room")?.subject?.frame?.measure.id).toBe("room");
    expect(claimOf("The hotel had 80 rooms.", "80")?.subject?.frame?.measure.id).toBe("room");
    expect(claimOf("A 400-bed hospital was built.", "400-bed")?.subject?.frame?.measure.id).toBe("bed");
  });
  it("leaves a building's storeys and a stadium's seats to their own measures", () => {
    expect(claimOf("The five-storey, 66-room hotel collapsed.", "five-storey")?.subject?.frame?.measure.id).toBe("floors.building");
    expect(claimOf("They built a 90,000-seat stadium.", "90,000-seat")?.subject?.frame?.measure.id).toBe("capacity.stadium");
  });
});

describe("the ages of those counted after the count", () => {
  it("are not what is counted", () => {
    const children = claimOf("At least 41 people, including 18 children ages 3-16, have died.", "18");
    expect(children?.unit).toBe("person");
    expect(claimOf("The fire killed 18 people ages 3 to 16.", "18")?.unit).toBe("person");
  });
});

describe("acre-feet", () => {
  it("are a volume, not an area", () => {
    const stored = claimOf("The dam will store 8.1 million acre feet of water.", "8.1 million");
    expect(stored?.dimension).toBe("volume");
    expect(stored?.unit).toBe("acft");
    expect(claimOf("The fire burned 8,000 acres.", "8,000")?.dimension).toBe("area");
  });
});

describe("a violent death told by its verb before the count", () => {
  it("counts the dead ('crushed 1,134 people to death', after the Rana Plaza anniversary reports)", () => {
    expect(claimOf("The collapse crushed 1,134 people to death and injured over 2,000 others.", "1,134")?.subject?.frame?.measure.id).toBe("killed");
    expect(claimOf("The mob beat three men to death.", "three")?.subject?.frame?.measure.id).toBe("killed.man");
  });
  it("leaves a verb without 'to death' to its other readings", () => {
    expect(claimOf("The collapse crushed 1,134 cars.", "1,134")?.subject?.frame?.measure.id).not.toBe("killed");
  });
});

describe("a whole set off before its verb by an aside holding its part", () => {
  it("counts the whole's dead, and the part as its group of the dead (after the Kazan school shooting reports, 2021)", () => {
    const body = "At least nine people – eight children and a 26-year-old English teacher – have been killed during a mass shooting at a school in Kazan.";
    expect(claimOf(body, "At least nine")?.subject?.frame?.measure.id).toBe("killed");
    expect(claimOf(body, "eight")?.subject?.frame?.measure.id).toBe("killed.child");
    expect(claimOf("At least nine people, including eight children, have been killed in Kazan.", "eight")?.subject?.frame?.measure.id).toBe("killed.child");
  });
  it("leaves a part of no casualty alone", () => {
    expect(claimOf("Ten people, including three children, live there.", "three")?.subject?.frame?.measure.id).not.toBe("killed.child");
  });
});
