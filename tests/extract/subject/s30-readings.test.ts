import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import { readPlaceChain } from "../../../core/extract/subject/named-place.js";

/**
 * Session 30: readings of forms real reports use (the development sets' misses): a faith's word
 * before a venue is no place name, a compass word may stand between a country and its province,
 * wind gusts told "of wind" or as "gustiness", a storm's category no count of storms, and the dead
 * told as "burnt alive".
 */
const claim = (body: string, text: string, published = "2021-10-15") =>
  extractClaims({ id: "a", body, published }).find((c) => c.text.includes(text));

describe("where an attack happened", () => {
  it("reads the province, not 'Shia mosque', and past a compass word after the country's name", () => {
    const c = claim("A bomb blast hit a Shia mosque in Afghanistan's southern Kandahar province during Friday prayers, killing at least 30 people, an official confirmed.", "30");
    expect(c?.subject?.frame?.event?.place).toBe("kandahar");
  });
  it("keeps a name that opens with a faith's word when no venue word follows it alone", () => {
    expect(readPlaceChain("Hindu Kush region of Afghanistan", 0)?.entity.id).toBe("hindu-kush");
    expect(readPlaceChain("Shia mosque in Kandahar", 0)).toBeNull();
  });
  it("reads the state past 'a Hindu temple'", () => {
    const c = claim("At least 40 worshippers were killed after a stampede at a Hindu temple in India's north-western state of Rajasthan on Tuesday.", "40", "2008-09-30");
    expect(c?.subject?.frame?.event?.place).toBe("rajasthan");
  });
});

describe("a storm's gusts", () => {
  it("reads 'gusts of wind reaching' and 'gustiness of up to' as the wind's speed", () => {
    expect(claim("The hurricane struck with gusts of wind reaching 175 mph near Homestead.", "175")?.subject?.frame?.measure.id).toBe("speed.wind");
    // "the now Category 5 hurricane": a scale's class, no count of hurricanes, so the story still has one storm.
    expect(claim("On September 12, with winds reaching 175 miles per hour, the now Category 5 hurricane devastated Jamaica.", "175")?.subject?.frame?.measure.id).toBe("speed.wind");
    expect(claim("Typhoon Goni was blowing gustiness of up to 280 kilometres per hour when it slammed into Bato town.", "280")?.subject?.frame?.measure.id).toBe("speed.wind");
  });
});

describe("the dead told as burnt alive", () => {
  it("counts them as killed, and those buried alive still as buried", () => {
    expect(claim("The fire spread through the tent and 312 persons were burnt alive.", "312")?.subject?.frame?.measure.id).toBe("killed");
    expect(claim("Five miners were buried alive when the tunnel caved in.", "Five")?.subject?.frame?.measure.id).toBe("buried");
  });
});
