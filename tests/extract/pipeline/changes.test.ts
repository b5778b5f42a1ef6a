/**
 * Through extractClaims: the figures of one change point at each other by claim id, and the
 * amount of change is told from the levels (issue 16).
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

function claims(body: string) {
  return extractClaims({ id: "chg", body, published: "2024-05-01" });
}

describe("changes: paired figures", () => {
  it("links the new and the old level: rose to 2,158 from 1,809", () => {
    const [to, from] = claims("Confirmed cases rose to 2,158 from 1,809 on Friday.").filter((c) => c.kind === "quantity");
    expect(to?.change).toEqual({ direction: "up", role: "to", text: "rose", pairedWith: from?.id });
    expect(from?.change).toEqual({ direction: "up", role: "from", text: "rose", pairedWith: to?.id });
  });

  it("links the amount with the level it led to: fell 3,504 contracts to 403,248", () => {
    const [by, to] = claims("Open interest fell 3,504 contracts to 403,248 in the week.");
    expect(by?.change).toMatchObject({ role: "by", direction: "down", pairedWith: to?.id });
    expect(to?.change).toMatchObject({ role: "to", direction: "down", pairedWith: by?.id });
  });

  it("leaves a change with one figure unpaired: up 14 percent", () => {
    const [by] = claims("Sales were up 14 percent in March.");
    expect(by?.change).toEqual({ direction: "up", role: "by", text: "up" });
  });

  it("gives plain levels no change", () => {
    expect(claims("The stadium holds 52,000 people.").every((c) => c.change === undefined)).toBe(true);
  });
});

describe("vague amounts through the pipeline", () => {
  it("marks an order of magnitude vague, as a range", () => {
    const [thousands] = claims("Thousands of people marched on Sunday.");
    expect(thousands).toMatchObject({ text: "Thousands", vague: true, qualifier: "range", low: 2000, high: 10000 });
  });
});
