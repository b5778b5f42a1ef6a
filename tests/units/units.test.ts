import { describe, expect, it } from "vitest";
import { UNITS, convert, convertDifference, formatUnit, getUnit, mayBeginUnit, unitByName } from "../../core/units/index.js";

describe("unit table", () => {
  it("has unique ids and a dimension for every unit", () => {
    const ids = UNITS.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const u of UNITS) expect(u.factor).toBeGreaterThan(0);
  });

  it.each([
    ["mi", "km", 1, 1.609344],
    ["km", "mi", 30, 18.6411],
    ["nmi", "m", 1, 1852],
    ["ft", "m", 30, 9.144],
    ["in", "cm", 1, 2.54],
    ["km2", "mi2", 1, 0.386102],
    ["mi2", "km2", 2, 5.179976],
    ["ha", "acre", 1, 2.471054],
    ["m2", "ft2", 1, 10.76391],
    ["gal", "l", 1, 3.785412],
    ["bbl", "gal", 1, 42],
    ["lb", "kg", 200, 90.7185],
    ["t", "ton", 1, 1.102311],
    ["oz", "g", 1, 28.34952],
    ["mph", "kmh", 60, 96.56064],
    ["kn", "kmh", 1, 1.852],
    ["mps", "kmh", 10, 36],
    ["mpg", "kmpl", 1, 0.4251437],
    ["mpg", "l100km", 30, 7.840486],
    ["l100km", "mpg", 7.840486, 30],
    ["l100km", "kmpl", 5, 20],
    ["C", "F", 40, 104],
    ["F", "C", 212, 100],
    ["C", "K", 0, 273.15],
    ["K", "F", 0, -459.67],
    ["day", "h", 2, 48],
    ["decade", "year", 1, 10],
    ["week", "day", 1, 7],
    ["mg", "g", 500, 0.5],
    // Units of news copy added for issue 16: grain, astronomy, precious metals, gems, weather, energy.
    ["bu", "l", 1, 35.23907],
    ["ly", "km", 1e-9, 9460.7304726],
    ["ozt", "g", 1, 31.10348],
    ["ct", "g", 5, 1],
    ["mb", "inHg", 950, 28.05360],
    ["psi", "kPa", 32, 220.6322],
    ["MWh", "kWh", 1.5, 1500],
    ["TWh", "GWh", 1, 1000],
    ["MMBtu", "kWh", 1, 293.0711],
    ["kcal", "Wh", 1, 1.162222],
    ["cl", "ml", 100, 1000],
    ["hl", "l", 3, 300],
    ["km3", "m3", 4, 4e9],
  ])("converts %s to %s", (from, to, value, expected) => {
    expect(convert(value, from, to)).toBeCloseTo(expected, 3);
  });

  it("refuses conversion across dimensions, currencies and unknown units", () => {
    expect(convert(1, "km", "kg")).toBeNull();
    expect(convert(1, "km", "km2")).toBeNull();
    expect(convert(100, "USD", "EUR")).toBeNull();
    expect(convert(5, "%", "pp")).toBeNull();
    expect(convert(1, "parsec", "km")).toBeNull();
  });

  it("converts temperature differences by the factor alone: a rise of 2.5C is 4.5F, not 36.5F", () => {
    expect(convertDifference(2.5, "C", "F")).toBeCloseTo(4.5, 9);
    expect(convertDifference(9, "F", "C")).toBeCloseTo(5, 9);
    expect(convertDifference(10, "K", "C")).toBeCloseTo(10, 9);
    expect(convert(2.5, "C", "F")).toBeCloseTo(36.5, 9);
  });

  it("converts differences of offset-free units exactly as levels, and refuses what convert refuses", () => {
    for (const [from, to, v] of [["km", "mi", 30], ["lb", "kg", 200], ["mph", "kmh", 60]] as const) {
      expect(convertDifference(v, from, to)).toBeCloseTo(convert(v, from, to)!, 9);
    }
    expect(convertDifference(1, "km", "kg")).toBeNull();
    expect(convertDifference(100, "USD", "EUR")).toBeNull();
    expect(convertDifference(5, "mpg", "l100km")).toBeNull();
    expect(convertDifference(7, "deg", "C")).toBeNull();
  });

  it("reads the spellings of powers, plural abbreviations and more currencies", () => {
    for (const [name, id] of [["km^2", "km2"], ["km squared", "km2"], ["4 km cubed".slice(2), "km3"], ["cubic kilometers", "km3"], ["gals", "gal"], ["mls", "ml"],
      ["gs", "g"], ["milligrams", "mg"], ["centilitre", "cl"], ["hectoliters", "hl"], ["ringgit", "MYR"], ["RM", "MYR"], ["kuwaiti dinar", "KWD"],
      ["qatari riyals", "QAR"], ["tugriks", "MNT"]] as const) expect(unitByName(name)?.id, name).toBe(id);
  });

  it("gives back the value for identical ids, even counted nouns outside the table", () => {
    expect(convert(300, "rocket", "rocket")).toBe(300);
    expect(convert(12, "USD", "USD")).toBe(12);
  });

  it("finds units by their spellings", () => {
    expect(unitByName("square kilometres")?.id).toBe("km2");
    expect(unitByName("Sq. Km")?.id).toBe("km2");
    expect(unitByName("km²")?.id).toBe("km2");
    expect(unitByName("kilometer")?.id).toBe("km");
    expect(unitByName("miles per hour")?.id).toBe("mph");
    expect(unitByName("pounds")?.id).toBe("lb");
    expect(unitByName("british pounds")?.id).toBe("GBP");
    expect(unitByName("per cent")?.id).toBe("%");
    expect(unitByName("nonsense")).toBeUndefined();
    expect(getUnit("mi")?.dimension).toBe("length");
  });

  it("prints values for explanations", () => {
    expect(formatUnit("km", 30)).toBe("30 km");
    expect(formatUnit("mi", 18.6411)).toBe("18.6 mi");
    expect(formatUnit("km", 48.28032)).toBe("48.3 km");
    expect(formatUnit("mi2", 2)).toBe("2 sq mi");
    expect(formatUnit("USD", 12000)).toBe("$12,000");
    expect(formatUnit("person", 6)).toBe("6 people");
    expect(formatUnit("person", 1)).toBe("1 person");
    expect(formatUnit("%", 70)).toBe("70%");
    expect(formatUnit("C", 40)).toBe("40°C");
    expect(formatUnit("rocket", 300)).toBe("300 rocket");
    expect(formatUnit("km", 3600000)).toBe("3,600,000 km");
  });
});

describe("mayBeginUnit", () => {
  it("is true for the first word of every spelling in the table, as written or cased", () => {
    const missed = UNITS.flatMap((u) => u.names).filter((name) => !mayBeginUnit(name.split(" ")[0]!) || !mayBeginUnit(name.toUpperCase()));
    expect(missed).toEqual([]);
  });

  it("rules out the words that follow most numbers", () => {
    for (const word of ["refugees", "civilians", "of", "the", "killed"]) expect(mayBeginUnit(word)).toBe(false);
    for (const word of ["square", "Sq.", "L/100", "km", "people", "Syrian"]) expect(mayBeginUnit(word)).toBe(true);
  });
});
