import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim } from "../../../core/model.js";

/** The frame of the claim written `words` in `body`: measure class and scope ids, or undefined with no frame. */
function frameOf(body: string, words: string, published = "2024-08-02"): { measure: string; scope: string[] } | undefined {
  const frame = extractClaims({ id: "t", body, published }).find((c: Claim) => c.text === words)?.subject?.frame;
  return frame ? { measure: frame.measure.id, scope: frame.scope.map((e) => e.id) } : undefined;
}

describe("job cuts: one class however the report counts them, the employer as the scope", () => {
  it("reads a verb of cutting before jobs, employees or staff, and the clause's subject as the employer", () => {
    expect(frameOf("Intel is cutting 15,000 jobs as part of a swathe of significant actions to reduce costs.", "15,000")).toEqual({ measure: "jobs-cut.2024", scope: ["intel"] });
    expect(frameOf("Once a giant in global chip making business, Intel is laying off more than 2,000 employees in the United States to cut costs.", "more than 2,000")?.scope).toContain("intel");
    expect(frameOf("Earlier this week, Destiny developer Bungie laid off another 220 staff.", "220")).toEqual({ measure: "jobs-cut.2024", scope: ["bungie"] });
  });
  it("reads the cuts named before the count, and the count set beside a share of the workforce", () => {
    expect(frameOf("Intel has announced sweeping job cuts, affecting approximately 15,000 employees.", "approximately 15,000")).toEqual({ measure: "jobs-cut.2024", scope: ["intel"] });
    expect(frameOf("Intel said on Thursday it would cut more than 15% of its workforce, some 17,500 people, and suspend its dividend.", "some 17,500")).toEqual({ measure: "jobs-cut.2024", scope: ["intel"] });
  });
  it("keeps a workforce apart from the jobs cut from it, and two employers apart", () => {
    expect(frameOf("Intel had 124,800 employees as of the end of 2023, according to a regulatory filing.", "124,800")).toEqual({ measure: "employee", scope: ["intel"] });
    expect(frameOf("Intel is cutting 15,000 jobs. Earlier this week, Destiny developer Bungie laid off another 220 staff.", "220")?.scope).toEqual(["bungie"]);
    // A share is no count of jobs.
    expect(String(frameOf("Intel is cutting 15% of its workforce.", "15%")?.measure)).not.toMatch(/^jobs-cut/);
  });
});

describe("counts of people outside a toll: rescued, arrested, evacuated, arrivals", () => {
  it("reads an active verb before the count", () => {
    expect(frameOf("Authorities say they were able to rescue 31 migrants from the water.", "31")?.measure).toBe("rescued");
    expect(frameOf("US Coast Guard rescues 31 after migrant boat capsizes off Puerto Rico.", "31")?.measure).toBe("rescued");
    // The noun "rescue" is no status: rescue workers are no rescued.
    expect(frameOf("More than 200 rescue workers searched the rubble.", "More than 200")?.measure).not.toBe("rescued");
  });
  it("reads a status phrase or word past a day or a parenthesis", () => {
    expect(frameOf("Over 350 people were Friday detained from outside Uttar Pradesh Bhawan.", "Over 350")?.measure).toBe("arrested");
    expect(frameOf("357 protesters (282 men and 75 women) were detained and taken to police stations.", "357")?.measure).toMatch(/^arrested/);
    expect(frameOf("So far, at least six others have been apprehended and are in the custody of the U.S. Border Patrol.", "at least six")?.measure).toBe("arrested");
    expect(frameOf("Roughly 1,000 Madera County residents were ordered to evacuate as the blaze spread.", "Roughly 1,000")?.measure).toBe("evacuated");
  });
  it("reads a status noun of the count: the arrest of, evacuation orders affecting", () => {
    expect(frameOf("The police confirmed the arrest of the 49 suspects near the Jubilee House.", "49")?.measure).toBe("arrested");
    const orders = "The communities were under evacuation orders affecting some 2,200 homes and 6,000 residents and visitors.";
    expect(frameOf(orders, "6,000")?.measure).toBe("evacuated");
    // Homes under the orders are no count of the evacuated.
    expect(frameOf(orders, "some 2,200")?.measure).not.toBe("evacuated");
  });
  it("reads migrants' arrivals with the place that saw them, never a rate or a supposition", () => {
    expect(frameOf("Last year, Lampedusa saw around 35,000 migrants arrive.", "around 35,000")).toEqual({ measure: "arrived.2023", scope: ["lampedusa"] });
    expect(frameOf("About 7,000 more people arrive every day, the agency said.", "About 7,000")?.measure).not.toBe("arrived");
    expect(frameOf("If two million more refugees arrive in Turkey, the government will struggle.", "two million")?.measure).not.toMatch(/^arrived/);
  });
});

describe("more statuses told after the count (batch 2)", () => {
  it("reads hostages, homes lost, people in hospital and a crowd attending", () => {
    expect(frameOf("Some three dozen militants took more than 1,200 people hostage at a school in Beslan.", "more than 1,200")?.measure).toBe("hostage");
    expect(frameOf("The UN says 1.5 million people lost their homes.", "1.5 million")?.measure).toBe("displaced");
    expect(frameOf("Russian officials say 704 people are in hospital, including 259 children.", "704")?.measure).toBe("injured.in-hospital");
    expect(frameOf("An estimated 22,000 people were attending the three-day, open-air Harvest Festival.", "An estimated 22,000")?.measure).toBe("crowd");
    expect(frameOf("Fourteen other migrants from this case are in the custody of the U.S. Border Patrol.", "Fourteen")?.measure).toBe("arrested");
  });
  it("keeps the dead who died in hospital apart from those still there", () => {
    expect(frameOf("Five people died in hospital on Sunday.", "Five")?.measure).toBe("killed.in-hospital");
  });
});

describe("the dead told by 'murdered', the hurt by 'injuries to' (batch 3)", () => {
  it("reads them as the toll's classes", () => {
    expect(frameOf("Islamist gunmen murdered 18 people after attacking the satirical magazine.", "18")?.measure).toBe("killed");
    expect(frameOf("A crush resulted in the deaths of 96 people and injuries to 766 others.", "766")?.measure).toBe("injured");
  });
  it("never makes 'injuries to' a sum or a count of things injured", () => {
    expect(frameOf("The crash caused injuries to 12 horses.", "12")?.measure).not.toBe("injured");
  });
});

describe("counts of a court case: charged, tried, convicted (batch 3)", () => {
  it("reads the status past an aside of who they were", () => {
    expect(frameOf("Twenty-eight people, mainly from North Africa, went on trial in 2007.", "Twenty-eight")?.measure).toBe("tried");
    expect(frameOf("Police said 12 men were charged with rioting.", "12")?.measure).toMatch(/^charged/);
    expect(String(frameOf("Officials said that one man in his late 20s had been charged with murder.", "late 20s")?.measure)).not.toMatch(/^charged/);
    expect(frameOf("Of them, 21 were convicted and seven were acquitted.", "21")?.measure).toBe("convicted");
  });
  it("keeps the charged apart from the arrested", () => {
    expect(frameOf("Police arrested 40 people, and 12 men were charged with rioting.", "12")?.measure).not.toBe("arrested");
  });
});

describe("an age is no count of people", () => {
  it("gives ages no casualty class", () => {
    expect(String(frameOf("He said the dead included two women and six children aged five to nine.", "five to nine")?.measure)).not.toMatch(/^killed/);
    expect(String(frameOf("The toll climbed to 154 on Monday. Most of the dead were in their twenties.", "twenties")?.measure)).not.toMatch(/^killed/);
  });
});

describe("a round of cuts or arrivals is of its time", () => {
  it("dates cuts by a year written, 'last year', else the year published", () => {
    expect(frameOf("Intel, which cut 5,000 jobs in 2023, is cutting 15,000 jobs.", "5,000")?.measure).toBe("jobs-cut.2023");
    expect(frameOf("Bungie laid off 100 staff last year.", "100")?.measure).toBe("jobs-cut.2023");
  });
  it("gives arrivals an owner only with a period: hours, a year", () => {
    expect(frameOf("Lampedusa saw 1,200 migrants arrive in just 24 hours.", "1,200")).toEqual({ measure: "arrived.24h", scope: ["lampedusa"] });
    expect(frameOf("Lampedusa saw 1,200 migrants arrive on Sunday.", "1,200")?.scope ?? []).toEqual([]);
  });
});
