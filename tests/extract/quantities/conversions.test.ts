/**
 * Conversions in the shapes news writes them: each restating figure points at its original
 * (conversionOf), so the conversion rule checks them; a choice or a list links nothing.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../core/extract/quantities.js";

/** [original, restatement] pairs as "text -> text". */
function links(text: string): string[] {
  const found = findQuantities(text);
  return found.filter((m) => m.conversionOf).map((m) => `${text.slice(m.conversionOf!.start, m.conversionOf!.end)} -> ${text.slice(m.start, m.end)}`);
}

describe("conversions: shapes that restate a figure", () => {
  it.each([
    // Shapes of hurricane and speed-limit reports (caribbean-on-line.com, weather.com, fox35orlando.com).
    ["Officials measured gusts of 212 mph (340 kph) in the western town.", "212 mph -> 340 kph"],
    ["A 205-mph (329.76 km/h) wind gust was measured.", "205-mph -> 329.76 km/h"],
    ["The limit is 40 kilometers per hour (kph) or 31 miles per hour.", "40 kilometers per hour -> 31 miles per hour"],
    ["Winds of 15 mph (that's 24 km/h) were measured.", "15 mph -> 24 km/h"],
    ["The wall is 30 feet, or about 9 meters, high.", "30 feet -> about 9 meters"],
    ["The bridge is 500 metres — roughly 1,640 feet — long.", "500 metres -> roughly 1,640 feet"],
    ["The dog weighs 44 pounds (19.75 kilograms).", "44 pounds -> 19.75 kilograms"],
  ])("%s", (text, link) => {
    expect(links(text)).toEqual([link]);
  });
});

describe("conversions: what restates nothing", () => {
  it.each([
    ["Runners can pick the 10 or 15 km course."],
    ["He ran 5 km — then 3 km more."],
    ["Routes of 5 km, 3 km and 2 km were marked."],
    ["The fee is $5 (about 10% of the price)."],
  ])("%s", (text) => {
    expect(links(text)).toEqual([]);
  });
});

// Session 12: shapes real slips were printed in (Telegraph gallery text, The Times via metricviews.uk, AP copy on Fox).
describe("conversions: a compound adjective's noun, cubic yards, and a measure put in another's place", () => {
  it.each([
    ["It consists of a 5.6km-long stretch (3.4 miles) of the M6.", "5.6km -> 3.4 miles"],
    ["They built a 30-mile strip (48 km) along the border.", "30-mile -> 48 km"],
    ["Jordan would suck 1,900 million cubic metres (2.1 million cubic yards) of water.", "1,900 million cubic metres -> 2.1 million cubic yards"],
    ["The tests were conducted at 40 miles per hour (17 kilometers per liter).", "40 miles per hour -> 17 kilometers per liter"],
    // Shapes of the corpus's real text that were read as two figures (Wikipedia copy, AP, a forum post).
    ["Its center span is 1,991m (6,532 ft.) long.", "1,991m -> 6,532 ft"],
    ["The maximum sustained wind speed was 80 m.p.h. (130 km/h) on Sunday.", "80 m.p.h -> 130 km/h"],
    ["The vessel, tossed by three-meter-(10-feet)-high waves, then overturned.", "three-meter -> 10-feet"],
    ["It spewed a column of ash nearly 3,000 meters, about 10,000 feet, high.", "nearly 3,000 meters -> about 10,000 feet"],
    ["Triple-digit heat records (100 degrees Fahrenheit = 37.8 degrees Celsius) fell.", "100 degrees Fahrenheit -> 37.8 degrees Celsius"],
    ["MV Bukoba sank in 25 metres (14 fathoms) of water.", "25 metres -> 14 fathoms"],
    // The bracket restates the whole of an amount in two units, not its last part.
    ["He is 6ft 4in (1.93m) tall.", "6ft 4in -> 1.93m"],
    ["The RMS Titanic measured 882 feet and 9 inches (269 meters) from bow to stern.", "882 feet and 9 inches -> 269 meters"],
  ])("%s", (text, link) => {
    expect(links(text)).toEqual([link]);
  });

  it.each([
    // A plain figure, a noun, then a bracket: the bracket says something else about the noun.
    ["They walked 5 km today (3 km yesterday)."],
    ["A 30-mile strip (the buffer zone) was agreed."],
    // Two measures a slip does not confuse, or not in brackets right after the figure.
    ["The 40-tonne truck (12 metres long) crashed."],
    ["It ran at 40 miles per hour, 17 kilometers per liter."],
    // A comma aside needs a hedge and its closing comma; a sentence's period is no abbreviation's.
    ["The wreck lay 639 meters underwater, 9 miles south of the island."],
    ["They hiked 10 km, about 20 miles further than planned."],
    ["The total is 5 = 3 km plus 2 km."],
  ])("links nothing: %s", (text) => {
    expect(links(text)).toEqual([]);
  });
});

describe("conversions: tons beside tonnes are the other ton", () => {
  const units = (text: string): (string | undefined)[] => findQuantities(text).map((m) => m.unit);
  it("keeps the conversion of a tonne figure in tons, either way round", () => {
    expect(units("It carried 12 metric tons (13 tons) of cargo.")).toEqual(["t", "ton"]);
    expect(units("The US shipped 13 tons (12 metric tons) of cargo.")).toEqual(["ton", "t"]);
  });
  it("still reads a text's other tons as its tonnes", () => {
    expect(units("Brazil will harvest 130 million tons of soy, up from 120 million tonnes.")).toEqual(["t", "t"]);
  });
});
