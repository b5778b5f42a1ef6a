import { describe, expect, it } from "vitest";
import type { Claim, Frame, ScopeEntity } from "../../core/model.js";
import { storyMatch } from "../../core/check/frame/story-names.js";
import { countryWide, partOfStory } from "../../core/check/frame/story-places.js";

// Session 26, story: a toll's place read from a people's word ("in the Russian city of Kostroma"
// leaves the place `russian`, "the Iranian province of Khorasan Razavi" `iranian`) is the whole
// country, not a finer place of the toll's own that the other report does not name. Two reports
// of the Kostroma cafe fire of 5 Nov 2022 ("13 killed in Russia cafe fire ... Russia's western
// city of Kostroma" / "Russian cafe fire north of Moscow kills 13, injures 5 ... in the Russian
// city of Kostroma") were kept apart by it.

function name(slug: string, opts: { lead?: boolean; known?: boolean; cls?: string; day?: string } = {}): ScopeEntity {
  const { lead = false, known = false, cls, day } = opts;
  const within = [...(lead ? ["lead"] : []), ...(known ? ["known"] : []), ...(cls ? [`class:${cls}`] : []), ...(day ? [`day:${day}`] : [])];
  return { kind: "named", id: `name:${slug}`, text: slug[0]!.toUpperCase() + slug.slice(1), within };
}
const injured = (scope: ScopeEntity[], event?: Frame["event"]): Frame => ({ measure: { id: "injured", text: "injured" }, scope, ...(event ? { event } : {}) });
const on = (day: string) => ({ asOf: day }) as Claim;
const place = (id: string, within: string[]): ScopeEntity => ({ kind: "place", id, text: id, within });

describe("a place read from a people's word (countryWide)", () => {
  it("is the country's: 'russian', 'iranian', as 'russia' is", () => {
    expect(countryWide("russian")).toBe(true);
    expect(countryWide("iranian")).toBe(true);
    expect(countryWide("russia")).toBe(true);
  });
  it("a city or a province is not", () => {
    expect(countryWide("kostroma")).toBe(false);
    expect(countryWide("khorasan-razavi")).toBe(false);
  });
});

describe("two reports of the Kostroma cafe fire (5 Nov 2022)", () => {
  const russianCity = [name("moscow", { lead: true, known: true, cls: "fire", day: "2022-11-05" }), name("kostroma", { lead: true, cls: "fire", day: "2022-11-05" }), place("russian", ["kostroma"])];
  const fire = { id: "fire", text: "fire", place: "russian" };
  const russiaCafe = [name("moscow", { known: true, cls: "fire" }), name("kostroma", { cls: "fire" })];
  it("are one story: 'in the Russian city of Kostroma' is no place of the toll's own", () => {
    expect(partOfStory(injured(russianCity, fire), russiaCafe, undefined)).toBe(false);
    expect(storyMatch(on("2022-11-05"), injured(russianCity, fire), on("2022-11-05"), injured(russiaCafe))?.names.map((n) => n.id)).toEqual(["name:moscow", "name:kostroma"]);
  });
  it("a toll placed in a city the other report does not name stays a part ('a fire in Yaroslavl')", () => {
    const elsewhere = [...russianCity.slice(0, 2), place("yaroslavl", ["russia"])];
    expect(partOfStory(injured(elsewhere, { id: "fire", text: "fire", place: "yaroslavl" }), russiaCafe, undefined)).toBe(true);
    expect(storyMatch(on("2022-11-05"), injured(elsewhere, { id: "fire", text: "fire", place: "yaroslavl" }), on("2022-11-05"), injured(russiaCafe))).toBeNull();
  });
});
