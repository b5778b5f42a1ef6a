/**
 * A temperature told as what something changed or was beaten by is a difference, converted
 * without the scale's zero offset (session 16, I; core/check/rules/conversion-precision.ts
 * asDifference). Real text: the NASA/NOAA news release on the 2015 record (20 Jan 2016, quoted by Grumpy Editor), as in
 * session 14's aside12b (a12b-33).
 */
import { describe, expect, it } from "vitest";
import { checkClaims, extractClaims } from "../../core/index.js";
import type { Article } from "../../core/model.js";

const conversions = (article: Article) =>
  checkClaims({ article, claims: extractClaims(article), related: { claims: [], articles: [] } }).filter((f) => f.kind === "conversion-mismatch");

describe("a temperature an amount was beaten or changed by", () => {
  it("is a difference: “shattered the previous mark set in 2014 by 0.23 degrees Fahrenheit (0.13 Celsius)” is right", () => {
    const wapo = { id: "wapo", published: "2016-01-20", body: "Globally-averaged temperatures in 2015 shattered the previous mark set in 2014 by 0.23 degrees Fahrenheit (0.13 Celsius)." };
    expect(conversions(wapo)).toEqual([]);
  });
  it("still a slip when the difference is converted wrongly (0.23 F-degrees is 0.13 C-degrees, not 0.5)", () => {
    const wrong = { id: "w", published: "2016-01-20", body: "Globally-averaged temperatures in 2015 shattered the previous mark set in 2014 by 0.23 degrees Fahrenheit (0.5 Celsius)." };
    expect(conversions(wrong).length).toBe(1);
  });
  it("“by” after a word of change reads a difference; after none, a temperature (25 C-degrees are 45 F-degrees; 25C is 77F)", () => {
    const rose = { id: "r", published: "2019-06-28", body: "Temperatures rose by 25C (45F) in a day." };
    const hit = { id: "h", published: "2019-06-28", body: "The town was hit by 25C (45F) heat on Friday." };
    expect(conversions(rose)).toEqual([]);
    expect(conversions(hit).length).toBe(1);
  });
});
