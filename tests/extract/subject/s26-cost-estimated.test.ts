import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 26: a sum "estimated at" or "valued at" after a thing is its cost ("The project,
 * estimated at around 8.5 billion euros, aims to ...", after a 2025 report on the Brenner Base
 * Tunnel); a sum estimated of no thing ("Damage from the storm was estimated at $5 billion") and
 * a count estimated ("The death toll was estimated at 300") are no cost.
 */
const measureOf = (body: string, text: string) => extractClaims({ id: "a", body, published: "2025-05-01" }).find((c) => c.text === text)?.subject?.frame?.measure.id;

describe("a sum estimated or valued after a thing", () => {
  it("is the thing's cost", () => {
    expect(measureOf("The project, estimated at around 8.5 billion euros, aims to cut the travel time.", "around 8.5 billion euros")).toBe("cost.project");
    expect(measureOf("Construction of the tunnel is estimated at 8.5 billion euros.", "8.5 billion euros")).toBe("cost.tunnel");
  });
  it("is no cost of anything when no thing is estimated", () => {
    expect(measureOf("Damage from the storm was estimated at $5 billion.", "$5 billion")).toBeUndefined();
    expect(measureOf("The death toll was estimated at 300.", "300")).toBe("killed");
  });
});
