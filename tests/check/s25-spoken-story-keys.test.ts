import { describe, expect, it } from "vitest";
import { relatedByIndex } from "../../core/check/claim-index.js";
import { checkInOrder } from "./in-order.js";
import { article } from "./support.js";
import { framed } from "./framed.js";

/**
 * Session 25: a rare name spelt from another script two ways ("Dakahlia" / "Daqahlia") is one
 * name to the story match (core/check/frame/story-spelling.ts), so the claim index files it under
 * one spoken key and the two reports meet. After two reports of the Aga minibus crash (Egypt,
 * 12 November 2022).
 */
const rare = (slug: string, lead: boolean) => ({ kind: "named" as const, id: `name:${slug}`, text: slug, within: [...(lead ? ["lead"] : []), "class:crash"] });
const aboard = (id: string, value: number, names: ReturnType<typeof rare>[]) => framed(id, value, { measure: { id: "aboard", text: "passengers" }, scope: names }, "2022-11-12");

describe("a rare story name spelt two ways", () => {
  it("is read under one key", () => {
    expect(relatedByIndex([aboard("b", 46, [rare("dakahlia", true), rare("aga", false)])], [aboard("a", 35, [rare("daqahlia", false), rare("aga", false)])]).map((c) => c.articleId)).toEqual(["a"]);
  });
  it("while two names that only look alike are not", () => {
    expect(relatedByIndex([aboard("b", 46, [rare("dakahlia", true)])], [aboard("a", 35, [rare("damietta", false)])])).toEqual([]);
  });
  it("and two reports of one crash spelling its province two ways give a finding", () => {
    const first = article("a", "Minibus plunges into canal in Egypt\n\nA minibus carrying some 35 people plunged into a canal in the Nile Delta province of Daqahlia on Saturday, near the town of Aga, officials said. Daqahlia officials said rescuers were searching the canal near Aga.", "2022-11-12");
    const second = article("b", "Dakahlia minibus crash: 46 passengers on board\n\nThe minibus was carrying 46 passengers when it fell into the canal near Aga in Dakahlia, a security official said. Divers searched the canal near Aga.", "2022-11-12");
    const found = checkInOrder(first, second).filter((f) => f.claims.some((c) => c.text === "46"));
    expect(found.map((f) => f.claims.map((c) => c.text).sort())).toEqual([["46", "some 35"]]);
  });
});
