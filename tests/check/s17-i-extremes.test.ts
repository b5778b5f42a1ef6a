/**
 * Two figures told as the two ends of a range are two things (session 17, I;
 * core/check/frame/extremes.ts). Text: Business Standard (PTI) on Delhi's temperatures, 14 Aug
 * 2021, as in /work/notes/dev17-I and tests/corpus/check/s17-i-series.json.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { extremeOf, oppositeEnds } from "../../core/check/frame/extremes.js";
import type { Article } from "../../core/model.js";
import { internalFindings as internal, claimWithText as claim } from "./support.js";

const delhi: Article = {
  id: "delhi", published: "2021-08-14",
  body: "The maximum temperature in the capital on Saturday settled at 36.8 degrees Celsius, three notches above the season's normal, according to the Meteorological department.\n\n"
    + "The minimum temperature settled at 26.8 degrees Celsius while the relative humidity recorded at 5.30 pm was 49 per cent, MeT department officials said.",
};

describe("the end of a range a figure is told as", () => {
  it("is the end word of its clause before it", () => {
    const claims = extractClaims(delhi);
    expect(extremeOf(claim(claims, "36.8 degrees Celsius"), delhi.body)).toBe("upper");
    expect(extremeOf(claim(claims, "26.8 degrees Celsius"), delhi.body)).toBe("lower");
  });
  it("is none for a floor told with “at least”, or a figure another figure stands before in its clause", () => {
    const body = "At least 12 people were killed. The highest toll was 40, and 30 were hurt.";
    const claims = extractClaims({ id: "t", published: "2024-01-01", body });
    expect(extremeOf(claim(claims, "At least 12"), body)).toBeUndefined();
    expect(extremeOf(claim(claims, "30"), body)).toBeUndefined();
  });
});

describe("two ends of a range", () => {
  it("are two things: the day's maximum and minimum give no internal conflict", () => {
    const claims = extractClaims(delhi);
    expect(oppositeEnds(claim(claims, "36.8 degrees Celsius"), claim(claims, "26.8 degrees Celsius"), delhi.body)).toBe(true);
    expect(internal(delhi)).toEqual([]);
  });
  it("are not claimed for two figures told as the same end", () => {
    const body = "The maximum temperature on Saturday settled at 36.8 degrees Celsius.\n\nThe maximum temperature was 38.8 degrees Celsius on Saturday.";
    const claims = extractClaims({ id: "t", published: "2021-08-14", body });
    expect(oppositeEnds(claim(claims, "36.8 degrees Celsius"), claim(claims, "38.8 degrees Celsius"), body)).toBe(false);
  });
});
