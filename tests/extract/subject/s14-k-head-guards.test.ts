/**
 * Two guards of the head match (core/extract/subject/head-guards.ts, head-figures.ts), each on a
 * false alarm the match raised on the retired kept-aside set aside8b/aside9b (session 14), in
 * sentences close to the published ones (Business Insider Australia and Design2Talk on the
 * Jiaozhou Bay Bridge, 30 June 2011; News18 on Delhi's Signature Bridge, 5 November 2018; Business
 * Standard on the Vizhinjam seaport, 1 May 2025):
 * - a figure the text writes right before a name that is not one of the story's measures that
 *   named thing ("the longest: 102-mile Danyang-Kunshan rail bridge"); before one of the story's
 *   names it is still the story's ("The 26-mile Jiaozhou Bay Bridge");
 * - a size said of each of several things counted ("one million 20-foot equivalent units") is a
 *   kind of thing, not a measure of the story's one thing.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

const marked = (body: string, published: string, text: string) => {
  const claim = extractClaims({ id: "x", body, published }).find((c) => c.text === text);
  if (!claim) throw new Error(`no claim "${text}"`);
  return claim.headWord !== undefined;
};

const BRIDGE = "China opens world's longest sea bridge\n\nThe Jiaozhou Bay Bridge in Qingdao opened on Thursday.";

describe("a figure right before a name", () => {
  it("measures that named thing, not the story's", () => {
    const body = `${BRIDGE} This is China's eighth entry to the list of world's longest bridges, including the longest: 102-mile Danyang-Kunshan rail bridge that runs over water and land.`;
    expect(marked(body, "2011-06-30", "102-mile")).toBe(false);
  });

  it("after a measure's adjective too ('1.5 km long Flyover on Outer Ring Road')", () => {
    const body = "Delhi's Signature Bridge open for public\n\nThe Signature Bridge at Wazirabad is now open for public. The approaches on the western side (1.5 km long Flyover on Outer Ring Road) of the bridge have been completed.";
    expect(marked(body, "2018-11-05", "1.5 km")).toBe(false);
  });

  it("is the story's own when the name is one of the story's", () => {
    const body = "China opens world's longest sea bridge\n\nThe 26-mile Jiaozhou Bay Bridge in Qingdao opened on Thursday, linking Qingdao with Huangdao.";
    expect(marked(body, "2011-06-30", "26-mile")).toBe(true);
  });
});

describe("a size of each of several things counted", () => {
  const PORT = "PM to dedicate Vizhinjam seaport\n\n";
  it("is a kind of thing, not a measure to match", () => {
    const body = `${PORT}During the first phase, the Vizhinjam Port will have the capacity to handle one million 20-foot equivalent units (TEUs).`;
    expect(marked(body, "2025-05-01", "20-foot")).toBe(false);
  });

  it("leaves a measure of the story's one thing alone", () => {
    const body = `${PORT}The Vizhinjam Port has a natural draft of 20 metres, close to the international shipping route.`;
    expect(marked(body, "2025-05-01", "20 metres")).toBe(true);
  });
});
