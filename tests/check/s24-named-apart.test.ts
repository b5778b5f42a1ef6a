import { describe, expect, it } from "vitest";
import { checkInOrder } from "./in-order.js";
import { article } from "./support.js";

/**
 * Session 24: two quakes three days apart, one report placing its quake only by its story's names
 * ("off the Pacific coast ... south of Guayaquil"), the other in Pakistan: their magnitudes were
 * one event by the news cycle (a place on one side only) and now are two, since the stories name
 * nothing in common (core/check/frame/count-strength.ts `namedApart`). After AP (Ecuador, 18 March
 * 2023) and TRT World (Pakistan and Afghanistan, 21 March 2023).
 */
const ecuador = article("a", "QUITO, Ecuador – A powerful earthquake hit southern Ecuador and northern Peru on Saturday, killing at least 15 people.\n\nThe US Geological Survey reported a magnitude 6.8 earthquake centered just off the Pacific coast about 50 miles (80 kilometers) south of Guayaquil, Ecuador’s second-largest city. One person died in Peru and 14 died in Ecuador.\n\nEcuador’s president, Guillermo Lasso, told reporters that the earthquake caused alarm. A statement from Lasso’s office said 12 of the victims died in the coastal state of El Oro.", "2023-03-18");
const pakistan = (magnitude: string, published: string) => article("b", `Quake kills two in Pakistan\n\nA magnitude ${magnitude} earthquake has struck Pakistan, killing at least two people in the country's north. The USGS said the quake was centred near Jurm in northeastern Afghanistan. Houses were damaged in Khyber Pakhtunkhwa.`, published);
// Findings carry their claims' words, not their frames: a magnitude is a decimal of one digit each side.
const magnitudes = (...docs: ReturnType<typeof article>[]) => checkInOrder(...docs).filter((f) => f.claims.every((c) => /^\d\.\d$/.test(c.text)));

describe("two quakes whose reports name nothing in common", () => {
  it("are two events, though one report places its quake only by its story", () => {
    expect(magnitudes(ecuador, pakistan("6.5", "2023-03-21"))).toEqual([]);
  });
  it("while two reports of one quake still compare its magnitude", () => {
    const second = pakistan("6.8", "2023-03-21");
    const again = article("c", "Pakistan quake toll rises\n\nThe magnitude 6.5 earthquake that struck Pakistan on Tuesday killed at least nine people. The quake was centred near Jurm in northeastern Afghanistan, the USGS said. Houses collapsed in Khyber Pakhtunkhwa.", "2023-03-22");
    expect(magnitudes(second, again).map((f) => f.claims.map((c) => c.text).sort())).toEqual([["6.5", "6.8"]]);
  });
});
