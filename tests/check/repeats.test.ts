import { describe, expect, it } from "vitest";
import { checkClaims, extractClaims } from "../../core/index.js";
import type { Finding } from "../../core/model.js";
import { article } from "./support.js";

function findings(body: string): Finding[] {
  const doc = article("p", body, "2024-06-02");
  return checkClaims({ article: doc, claims: extractClaims(doc), related: { claims: [], articles: [] } }).filter((f) => f.kind === "internal-conflict");
}

describe("figures a story repeats", () => {
  it("explains the headline's figure by the body's update that gives the same figure", () => {
    const body = "Flood toll reaches 64 in Porto Alegre\n\nThe governor said 61 people were confirmed dead in the floods on Saturday.\n\nHowever, the death toll has since risen: the civil defence said on Sunday that 64 people had died in the floods.";
    expect(findings(body)).toEqual([]);
  });
  it("gives one finding for a pair of figures each said twice", () => {
    const body = "A gas explosion killed 12 people in a market in Kano on Monday. Police said 12 people were killed in the explosion. Witnesses said 19 people were killed in the explosion at the market.";
    const found = findings(body);
    expect(found.map((f) => f.claims.map((c) => c.text).sort().join("|"))).toEqual(["12|19"]);
  });
});
