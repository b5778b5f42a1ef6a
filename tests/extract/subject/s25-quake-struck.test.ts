import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 25: "The quake struck 105 miles north of Valparaiso": the verb's subject names the event
 * a distance places ("struck" alone is an air strike's). After Reuters on the 2010 Chile quake
 * and the Mirpur quake of 2019.
 */
const eventOf = (body: string, text: string) => extractClaims({ id: "a", body, published: "2019-09-24" }).find((c) => c.text === text)?.subject?.frame?.event?.id;

describe("a distance placed by 'struck'", () => {
  it("is the quake's when the quake is the verb's subject", () => {
    expect(eventOf("The quake struck 105 miles (169 km) north of Valparaiso at a depth of 15.5 miles (25 km), the US Geological Survey said.", "105 miles")).toBe("earthquake");
  });
  it("stays an air strike's when nothing else is struck", () => {
    expect(eventOf("An airstrike struck 30 km north of Aleppo, killing five.", "30 km")).toBe("attack");
  });
});
