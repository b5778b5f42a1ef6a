import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 22: an event noun's date with a short place phrase between them (after the Mina stampede
 * reports of September 2015), and what stays unread.
 */
const dateMeasure = (body: string) =>
  extractClaims({ id: "a", body, published: "2015-09-29" }).find((c) => c.kind === "date")?.subject?.frame?.measure.id;

describe("the date of an event told with its place between", () => {
  it("reads 'A stampede in Mina on 24 September 2015' and 'at Hajj pilgrimage on' as the stampede's date", () => {
    expect(dateMeasure("A stampede in Mina on 24 September 2015 killed 719 pilgrims.")).toBe("date.occurred");
    expect(dateMeasure("A stampede at Hajj pilgrimage on 24 September 2015 resulted in the deaths of at least 719 pilgrims.")).toBe("date.occurred");
  });
  it("leaves a place that is no name and a day of mourners", () => {
    expect(dateMeasure("A fire in a building on Monday killed three.")).toBeUndefined();
    expect(dateMeasure("The victims of the attack in Kabul on Tuesday were buried.")).toBeUndefined();
  });
});
