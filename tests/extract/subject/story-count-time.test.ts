import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/** The event of each claim whose text is one of `texts`. */
function eventsOf(body: string, published: string, texts: string[]) {
  const claims = extractClaims({ id: "a", body, published });
  return texts.map((text) => claims.find((c) => c.text === text)?.subject?.frame?.event);
}

// frame-event.ts countTime: a sentence opening "By late Monday," tells when its count stood.
describe("the day a count stood is no day of the event", () => {
  it("'By late Monday, 398 people were reported dead ... from the quake' leaves the quake its own day (Sunday), not Monday", () => {
    const body = "Quake razes houses in Yunnan\nA strong earthquake struck Ludian County in Yunnan province on Sunday afternoon.\nBy late Monday, 398 people were reported dead and 1,891 injured from the quake in Ludian County, officials said.";
    const [toll] = eventsOf(body, "2014-08-05", ["398"]);
    expect(toll?.id).toBe("earthquake");
    expect(toll?.date).not.toBe("2014-08-04");
  });
  it("'As of Tuesday, 12 were dead' is the count's day too; a sentence opening on the event's own day keeps it", () => {
    const asOf = "Bus crash kills 12\nAs of Tuesday, 12 people had died in the bus crash near Banjar, police said.\nThe bus fell into a gorge.";
    expect(eventsOf(asOf, "2019-06-19", ["12"])[0]?.date).toBeUndefined();
    const on = "Bus crash kills 12\nOn Tuesday, 12 people died in a bus crash near Banjar, police said.\nThe bus fell into a gorge.";
    expect(eventsOf(on, "2019-06-19", ["12"])[0]?.date).toBe("2019-06-18");
  });
});
