/**
 * One project's cost told twice with two near values (session 18, I; core/check/frame/told-cost.ts).
 * Text: Gambakwe on the Julius Nyerere Hydropower Station (12 Jun 2020; development set
 * frames-aside10b); The Citizen on the Tanzanite Bridge (1 Feb 2022; frames-aside13b, a13b-13).
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { costPairs, toldCost } from "../../core/check/frame/told-cost.js";
import type { Article } from "../../core/model.js";
import { internalFindings, claimWithText as claim } from "./support.js";

const page = (id: string, published: string, body: string): Article => ({ id, published, body });

const nyerere = page("jnhp", "2020-06-12", "Tanzania is Constructing Africa’s LARGEST Hydro-power dam on river Rufiji.\n\n    Tanzania is building the $3.6 billion Julius Nyerere Hydropower Station it will create 5,400 jobs and produce 2,115MW of electricity under construction by two Egyptian companies, Arab Contractors and Elsewedy Electric.\n\n    The grand project will cost Tanzania $3 billion, and targets to generate 2,115 megawatts of electricity.");
const tanzanite = page("tanzanite", "2022-02-01", "Tanzanite Bridge starts operation today\nDar es Salaam. Construction of the new Tanzanite Bridge in Dar es Salaam is complete, on the stroke of midnight on February 1, operations of the new bridge kicked off allowing motorists access they have been waiting for.\nWorks minister Mbarawa had on Sunday January gave the update during an inspection tour of the project which is has cost Sh243 billion.\nThe minister further said no tolls will be imposed for using the bridge which is open to all motorists.\nIt connects roads linking Aga Khan Hospital and Coco Beach and it measures approximately 6.23 kilometers at a cost of Sh256 billion.");

describe("a project's cost told twice", () => {
  it("reads a sum as the cost by the words before it or the project after it", () => {
    const claims = extractClaims(nyerere);
    expect(toldCost(claim(claims, "$3.6 billion"), nyerere.body)).toBe(true);
    expect(toldCost(claim(claims, "$3 billion"), nyerere.body)).toBe(true);
  });
  it("gives a discrepancy when the cost takes two near values", () => {
    for (const [article, texts] of [[nyerere, ["$3 billion", "$3.6 billion"]], [tanzanite, ["Sh243 billion", "Sh256 billion"]]] as const) {
      const found = internalFindings(article).filter((f) => f.claims.some((c) => c.text === texts[0]));
      expect(found).toHaveLength(1);
      expect(found[0]!.severity).toBe("discrepancy");
      expect(found[0]!.claims.map((c) => c.text).sort()).toEqual([...texts]);
    }
  });
  it("reads no part of the cost, a third value, or sums far apart as one cost told twice", () => {
    const phase = "The bridge cost $300 million. The first phase cost $250 million.";
    expect(costPairs(extractClaims(page("p", "2020-01-01", phase)), phase)).toEqual([]);
    const three = "The bridge cost $300 million. The port cost $280 million. The road cost $260 million.";
    expect(costPairs(extractClaims(page("t", "2020-01-01", three)), three)).toEqual([]);
    const far = "The dam cost $3 billion. The access road cost $40 million.";
    expect(costPairs(extractClaims(page("f", "2020-01-01", far)), far)).toEqual([]);
    // One value in two currencies: two sums, never one cost told twice (and no error).
    const currencies = "The bridge will cost $3 billion. The minister said the project cost €3 billion.";
    expect(costPairs(extractClaims(page("c", "2020-01-01", currencies)), currencies)).toEqual([]);
    const rate = "The highway will cost N15 trillion. It will be built at a cost of N4 billion per kilometer.";
    expect(costPairs(extractClaims(page("r", "2020-01-01", rate)), rate)).toEqual([]);
  });
});
