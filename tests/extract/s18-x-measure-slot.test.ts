import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import type { Claim } from "../../core/model.js";
import { namedThings } from "../../core/extract/subject/measured-thing.js";

// Session 18 (issue 15), X: a figure of a named thing's dimension carries a measure slot
// (core/extract/subject/measure-slot.ts) with the thing it measures, set only on a report's one
// value of the slot; parts, changes, other things and events' measures get none.

function slotted(body: string, published = "2022-07-26"): Claim[] {
  return extractClaims({ id: "t", body, published }).filter((c) => c.slot?.id.startsWith("m:"));
}

const brief = (claims: readonly Claim[]) => claims.map((c) => `${c.text} ${c.slot!.id} ${c.slot!.story.map((n) => n.id).join(",")}`);

describe("measure slots", () => {
  it("reads a named thing's length, height and cost from the words of the clause", () => {
    const body = "Croatia opens the Peljesac Bridge\nThe Peljesac Bridge is 2,404 metres long and was built at a cost of 420 million euros. Its pylons rise above the sea.";
    expect(brief(slotted(body))).toEqual(["2,404 metres m:length peljesac-bridge", "420 million euros m:cost peljesac-bridge"]);
  });

  it("finds the thing by a pointer to its kind when the report names one thing of that kind", () => {
    const body = "Kenya opens Kisumu Bridge\nThe Kisumu Bridge was opened on Monday by the president. The bridge is 1,200 metres long.";
    expect(brief(slotted(body))).toEqual(["1,200 metres m:length kisumu-bridge"]);
  });

  it("gives a capacity of seats its own slot", () => {
    const body = "New Ebimpe Stadium opens\nThe Ebimpe Olympic Stadium has a capacity of 60,000 spectators.";
    expect(slotted(body).map((c) => c.slot!.id)).toEqual(["m:capacity"]);
  });

  it("gives no slot to a part of the thing, a value before a change, or another thing compared", () => {
    const body = [
      "Tower opens in Dubai",
      "The main span of the Kisumu Bridge is 400 metres long.",
      "The Marina Tower was originally planned at 300 metres.",
      "The Marina Tower is taller than the Eiffel Tower, which is 330 metres high.",
    ].join("\n");
    expect(slotted(body)).toEqual([]);
  });

  it("gives no slot when a report gives two values of one slot of one thing", () => {
    const body = "Kisumu Bridge opens\nThe bridge opened on Monday. The Kisumu Bridge is 1,200 metres long. Engineers said the Kisumu Bridge is 1,350 metres long.";
    expect(slotted(body)).toEqual([]);
  });

  it("gives no slot to the measure of an event (a flood's area, a quake's depth)", () => {
    const body = "Floods near Kisumu Bridge\nThe flood covered 600 square kilometres around the Kisumu Bridge.";
    expect(slotted(body)).toEqual([]);
  });

  it("gives no slot to a figure whose clause names no thing", () => {
    const body = "Kisumu Bridge opens\nThe Kisumu Bridge opened on Monday. Traffic stretched 5 km on the highway.";
    expect(slotted(body)).toEqual([]);
  });
});

describe("namedThings", () => {
  it("reads names ending or opening with a kind noun, and not a capitalised clause", () => {
    expect(namedThings("the Maputo-Katembe bridge and Lake Chad and the Noor Ouarzazate solar plant").map((n) => n.thing.id)).toEqual(["lake-chad", "maputo-katembe-bridge", "noor-ouarzazate-solar-plant"]);
    expect(namedThings("Daxing includes a terminal")).toEqual([]);
  });
});

describe("counted parts of a built thing", () => {
  it("pairs a count of a road's underpasses by the road, not by the story's week", () => {
    const body = "Kampala-Entebbe Expressway opens\nThe Kampala-Entebbe Expressway was opened on Friday. With 19 overbridges and 18 underpasses, the Kampala-Entebbe Expressway is the first freeway in East Africa.";
    expect(brief(slotted(body)).filter((s) => s.includes("n-underpass"))).toEqual(["18 m:n-underpass kampala-entebbe-expressway"]);
  });
  it("leaves an event's counted things (houses destroyed) to the story", () => {
    const body = "Kisumu Bridge collapses\nThe Kisumu Bridge collapsed on Monday and 20 houses were destroyed.";
    expect(slotted(body).filter((c) => c.slot!.id.includes("house"))).toEqual([]);
  });
});

describe("distance slots", () => {
  it("reads how far one named place is from another, the pair of places as the thing", () => {
    const body = "Shooting in Orebro\nThe shooting happened on the outskirts of the city of Orebro, which is located about 200 kilometers (125 miles) west of Stockholm.";
    expect(brief(slotted(body))).toEqual(["about 200 kilometers m:distance orebro-from-stockholm"]);
  });

  it("gives no distance slot to a distance from no named place, or with no place before it", () => {
    const body = "Blasts near Bucharest\nThe blasts were visible from the capital, 22 kilometers away from the site. On Friday, 50 km from Kabul, fighting went on.";
    expect(slotted(body).filter((c) => c.slot!.id === "m:distance")).toEqual([]);
  });
});
