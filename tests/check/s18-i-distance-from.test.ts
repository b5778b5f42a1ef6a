/**
 * One place's distance told twice with two values (session 18, I; core/check/frame/distance-from.ts).
 * Text: Banglanews24 carrying AP on the Támara women's prison riot, Honduras (21 Jun 2023); The News
 * Trace on the Las Tejerías landslide, Venezuela (10 Oct 2022): development set frames-aside13,
 * a13-9 and a13-33. Look-alike: the Dhola-Sadiya bridge (dev16-A), two capitals.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { distanceFrom, distancePairs } from "../../core/check/frame/distance-from.js";
import type { Article } from "../../core/model.js";
import { internalFindings, claimWithText as claim } from "./support.js";

const page = (id: string, published: string, body: string): Article => ({ id, published, body });

const tamara = page("tamara", "2023-06-21", "Most victims were burned but there also were reports of inmates shot or stabbed at the prison in Tamara, about 30 miles northwest of the Honduran capital of Tegucigalpa, said Yuri Mora, the spokesman for Honduras’ national police investigation agency.\n“I am going to take drastic measures!” Castro wrote in her social media accounts.\nDozens of anxious, angry relatives gathered outside the prison; located in a rural area about 20 miles from the capital.");
const tejerias = page("tejerias", "2022-10-10", "“We are still in this search work, we have 317 houses completely destroyed and 757 affected”, Rodríguez explained to journalists while walking through the town, located about 70 kilometers from Caracas.\n\nSome 1,200 officials were deployed in Las Tejerías, Aragua state, about 52 km from Caracas and hit on Saturday by this landslide.");

describe("a distance from a named place", () => {
  it("reads the place a length is told from", () => {
    const claims = extractClaims(tamara);
    expect([...distanceFrom(claim(claims, "about 30 miles"), tamara.body)]).toEqual(["honduran", "capital", "tegucigalpa"]);
    expect([...distanceFrom(claim(claims, "about 20 miles"), tamara.body)]).toEqual(["capital"]);
  });
  it("gives a discrepancy when one place's distance takes two values", () => {
    for (const [article, texts] of [[tamara, ["about 20 miles", "about 30 miles"]], [tejerias, ["about 52 km", "about 70 kilometers"]]] as const) {
      const found = internalFindings(article).filter((f) => f.claims.some((c) => c.text === texts[0]));
      expect(found).toHaveLength(1);
      expect(found[0]!.severity).toBe("discrepancy");
      expect(found[0]!.claims.map((c) => c.text).sort()).toEqual([...texts]);
    }
  });
  it("leaves three values of one place's distance alone: a list of places", () => {
    const body = "The camp at Ali is 30 km from Juba. The camp at Bor lies 60 km from Juba. The camp at Yei lies 90 km from Juba.";
    const claims = extractClaims(page("camps", "2024-01-01", body));
    expect(distancePairs(claims, body).pairs).toEqual([]);
  });
  it("leaves two distances from two capitals alone", () => {
    const body = "In Assam, the bridge is located 540-km away from the state capital Guwahati in Sadia. The other end, which is located in Dhola, is at a distance of nearly 300-km from Arunachal's capital city of Itanagar.";
    const claims = extractClaims(page("dhola", "2017-05-26", body));
    expect(distancePairs(claims, body).pairs).toEqual([]);
  });
});
