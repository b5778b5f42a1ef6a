import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/extract/index.js";

// Session 17 (issue 15), X: what each figure counts (core/extract/subject/counted-slot.ts), read
// from its clause whether or not a frame reader gave it a subject. Sentences in the shape of the
// retired development sets' reports (Kryvyi Rih, Olembe, Solingen, Kostenko, Mawa).

const HEAD = "Missile strike on Kryvyi Rih playground\n";

function slots(body: string, published = "2025-04-06"): Record<string, string> {
  const claims = extractClaims({ id: "a", body, published });
  return Object.fromEntries(claims.filter((c) => c.slot).map((c) => [c.text, c.slot!.id]));
}

describe("markCountedSlots: the verb of a count's clause", () => {
  it("reads the dead and the injured, after the figure or before it", () => {
    expect(slots(`${HEAD}A missile struck a playground in Kryvyi Rih on Friday, killing 20 people and injuring 90 others.`)).toEqual({ "20": "dead", "90": "injured" });
    expect(slots(`${HEAD}At least 33 people were killed and 22 injured when the missile hit the playground in Kryvyi Rih.`)).toEqual({ "At least 33": "dead", "22": "injured" });
  });

  it("keeps a kind of people apart, a part told with its whole's verb", () => {
    const read = slots(`${HEAD}The strike on Kryvyi Rih killed 20 people, including 9 children, officials in Kryvyi Rih said.`);
    expect(read["20"]).toBe("dead");
    expect(read["9"]).toBe("dead:child");
  });

  it("tells the seriously injured and those still in hospital apart from the injured", () => {
    expect(slots(`${HEAD}Three people were killed and four others seriously wounded in Kryvyi Rih.`)["four"]).toBe("injured.serious");
    expect(slots(`${HEAD}The strike killed 20 in Kryvyi Rih. There are still 33 injured in Kryvyi Rih.`)["33"]).toBe("hospitalised");
  });

  it("gives no slot to a part of any people, an increment, a count of another year, or a figure with no verb of people", () => {
    const read = slots(`${HEAD}The strike on Kryvyi Rih killed 20 people, among them 4, and four more died in hospital in Kryvyi Rih. In 2022, 25 people were killed in Kryvyi Rih. About 600,000 people live in Kryvyi Rih.`);
    expect(read["4"]).toBeUndefined();
    expect(read["four"]).toBeUndefined();
    expect(read["25"]).toBeUndefined();
    expect(read["About 600,000"]).toBeUndefined();
  });

  it("gives no slot to the dead and the hurt told as one count ('killing and wounding 32', Hawar News on the Cairo station fire, 2019)", () => {
    const read = slots("Fire at Cairo's Ramses railway station\nA train crashed into a barrier at Ramses station in Cairo, resulted in killing and wounding 32 people. 22 people were injured.", "2019-02-27");
    expect(read["32"]).toBeUndefined();
    expect(read["22"]).toBe("injured");
  });

  it("marks a slot only where the report gives one value for it, or its lead does", () => {
    const several = slots(`${HEAD}The strike hit two districts of Kryvyi Rih. Officials in Kryvyi Rih said 12 people were killed in one district. In Kryvyi Rih, 8 people were killed in another district.`);
    expect(several["12"]).toBeUndefined();
    expect(several["8"]).toBeUndefined();
    const lead = slots(`${HEAD}The strike killed 20 people in Kryvyi Rih, officials said. Officials in Kryvyi Rih said 12 people were killed in one district and 8 people were killed in another.`);
    expect(lead).toEqual({ "20": "dead" });
  });

  it("marks a count told as still moving, and the same value wherever the report repeats it", () => {
    const claims = extractClaims({ id: "a", published: "2023-11-15", body: "Bus plunge in Doda kills 33\nAt least 33 people were killed in Doda on Wednesday. \u201cSo far, 33 people have died in Doda,\u201d an official said." });
    const dead = claims.filter((c) => c.slot?.id === "dead");
    expect(dead.length).toBeGreaterThan(1);
    expect(dead.every((c) => c.slot!.counting)).toBe(true);
  });
});

describe("markCountedSlots: counted things", () => {
  it("reads a count of things by its noun, and not a count of people with no verb nor a measure", () => {
    const read = slots("Ferry sinks off Mawa\nThe ferry that sank off Mawa was carrying more than 80 vehicles. Five women were among those on the ferry off Mawa. Building the ferry off Mawa took 10 million man-hours.", "2014-08-05");
    expect(read["more than 80"]).toBe("n:vehicle");
    expect(read["Five"]).toBeUndefined();
    expect(read["10 million"]).toBeUndefined();
  });

  it("carries the report's story names and whether the lead gives it", () => {
    const claims = extractClaims({ id: "a", published: "2025-04-06", body: `${HEAD}The strike on Kryvyi Rih killed 20 people, officials in Kryvyi Rih said.` });
    const slot = claims.find((c) => c.slot)!.slot!;
    expect(slot.story.map((n) => n.id)).toContain("name:kryvyi-rih");
    expect(slot.lead).toBe(true);
  });
});
