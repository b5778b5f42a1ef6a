import { describe, expect, it } from "vitest";
import { conversionPair as pair } from "./support.js";

/**
 * Session 26: a conversion written to more figures than its original is read from the original
 * taken as exact, but a slip under half a percent is in a digit no reader uses (after a report of
 * the 2021 Rossiglione rainfall record, "34.8 inches (883.8 mm)", where the millimetres were the
 * source); the "44-pound (19.75-kilogram)", a whole percent off, stays a contradiction.
 */
describe("a computed conversion within half a percent of its exact original", () => {
  it("restates it", () => {
    expect(pair("a record 34.8 inches (883.8 mm) of rain in 12 hours",
      { text: "34.8 inches", value: 34.8, unit: "in", step: 0.1 }, { text: "883.8 mm", value: 883.8, unit: "mm", step: 0.1 })).toEqual([]);
    expect(pair("29.2 inches (740.6 mm) fell",
      { text: "29.2 inches", value: 29.2, unit: "in", step: 0.1 }, { text: "740.6 mm", value: 740.6, unit: "mm", step: 0.1 })).toEqual([]);
  });
  it("still contradicts it a whole percent off", () => {
    const [finding] = pair("a 44-pound (19.75-kilogram) dog",
      { text: "44-pound", value: 44, unit: "lb", step: 1 }, { text: "19.75-kilogram", value: 19.75, unit: "kg", step: 0.01 });
    expect(finding?.severity).toBe("contradiction");
    expect(pair("34.8 inches (875.2 mm) fell",
      { text: "34.8 inches", value: 34.8, unit: "in", step: 0.1 }, { text: "875.2 mm", value: 875.2, unit: "mm", step: 0.1 })).toHaveLength(1);
  });
});
