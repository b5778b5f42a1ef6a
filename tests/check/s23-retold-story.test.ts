import { describe, expect, it } from "vitest";
import type { Claim, Frame, ScopeEntity } from "../../core/model.js";
import { sameThing } from "../../core/check/same-thing.js";
import { filingKeys, lookupsFor } from "../../core/check/claim-index.js";
import { article, claimOn, subject } from "./support.js";

/**
 * Session 23: two retellings of one past event years apart (the Tangshan earthquake of 28 July 1976,
 * its official toll retold in 2010 and in 2020), tied by the day and the rare name both leads give and
 * read from the store at any distance in time; and measured things tied by their measure alone kept apart when far apart.
 */
function name(slug: string, opts: { day?: string; cls?: string; lead?: boolean; known?: boolean } = {}): ScopeEntity {
  const { day, cls = "earthquake", lead = true, known = false } = opts;
  const within = [...(lead ? ["lead"] : []), ...(known ? ["known"] : []), ...(day ? [`day:${day}`] : []), ...(cls ? [`class:${cls}`] : [])];
  return { kind: "named", id: `name:${slug}`, text: slug.charAt(0).toUpperCase() + slug.slice(1), within };
}

function told(id: string, value: number, scope: ScopeEntity[], published: string, measure = "killed", unit = "person"): Claim {
  const f: Frame = { measure: { id: measure, text: "died" }, scope, rules: ["frame.measure", "frame.story-names"] };
  return claimOn(article(id, `Officials said ${value} people died.`, published), { text: `${value}`, value, unit, dimension: unit === "person" ? "count" : "volume", subject: subject(measure, { frame: f }) });
}

describe("a past event retold years apart", () => {
  const tangshan = (day = "1976-07-28") => [name("tangshan", { day }), name("hebei", { day, known: true })];
  it("is one story when both leads tell its very day, its kind and a rare name", () => {
    const match = sameThing(told("a", 242_419, tangshan(), "2010-07-28"), told("b", 242_769, tangshan(), "2020-07-28"));
    expect(match?.strength).toBe("weak");
    expect(match?.why).toContain("Tangshan");
  });
  it("is not when the days its leads tell differ, the kinds differ, or only a known city ties them", () => {
    expect(sameThing(told("a", 242_419, tangshan(), "2010-07-28"), told("b", 242_769, tangshan("1976-07-29"), "2020-07-28"))).toBeNull();
    const flood = [name("tangshan", { day: "1976-07-28", cls: "flood" })];
    expect(sameThing(told("a", 242_419, tangshan(), "2010-07-28"), told("b", 242_769, flood, "2020-07-28"))).toBeNull();
    const city = [name("hebei", { day: "1976-07-28", known: true })];
    expect(sameThing(told("a", 242_419, city, "2010-07-28"), told("b", 242_769, city, "2020-07-28"))).toBeNull();
  });
  it("is filed and read under the event's day, at any distance in time", () => {
    const [early, late] = [told("a", 242_419, tangshan(), "2010-07-28"), told("b", 242_769, tangshan(), "2020-07-28")];
    const key = "killed/told:earthquake@tangshan#1976-07-28";
    expect(filingKeys(early).map((f) => f.key)).toContain(key);
    const read = lookupsFor(late).find((l) => l.key === key);
    expect(read && read.from <= "2010-07-28").toBe(true);
  });
});

describe("measured things tied by their measure alone", () => {
  const water = (id: string, value: number, unit: string, names: ScopeEntity[] = []) =>
    ({ ...told(id, value, names, "2017-01-02", "volume.water", unit), dimension: "volume" as const });
  it("are one thing within an order of magnitude, two things far apart (two dams)", () => {
    expect(sameThing(water("a", 11e9, "m3"), water("b", 12e9, "m3"))?.strength).toBe("strong");
    expect(sameThing(water("a", 85e6, "acft"), water("b", 70e6, "l"))).toBeNull();
  });
  it("far apart are still compared when the reports' stories share a name (one dam's volume misreported)", () => {
    const mosul = [name("mosul", { cls: "collapse", known: true })];
    expect(sameThing(water("a", 441e6, "ft3", mosul), water("b", 11e9, "m3", mosul))).not.toBeNull();
  });
});
