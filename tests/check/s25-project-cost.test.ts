import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { compareClaims } from "../../core/check/same-thing.js";
import { checkInOrder } from "./in-order.js";
import { article } from "./support.js";

/**
 * Session 25: a project's cost and the cost of its main work told by two outlets ("the US$3.5
 * billion Xayaboury Hydroelectric Power Project", "this $3.2 billion dam" of a story of Xayaburi:
 * one name spelt two ways); and a price tag is a cost. After Open Development Mekong and the Lao
 * News Agency (2016) and CBC on Trans Mountain (2024).
 */
const claimOf = (id: string, body: string, text: string) => extractClaims({ id, body, published: "2016-01-01" }).find((c) => c.text === text)!;
const dam = claimOf("a", "A look inside Xayaburi dam\n\nThe Xayaburi dam, with installed capacity of 1,260 MW, is the first one among 12 mainstream dams on the Mekong river. Located approximately 30 kilometers east of Xayaburi district, in northern Laos, this $3.2 billion dam is a controversial case: while Laos and dam-developers are steadily confirming that Xayaburi is a run-of-river project, the dam’s water retention is 1-2 days, meaning it does not qualify as a real ROR dam. The preliminary construction of the dam began in early 2012.", "$3.2 billion");
const project = claimOf("b", "Xayabouri Dam Construction 73% Complete\n\nThe Construction Project of Xayaboury Hydropower Power Project is reportedly 73 per cent complete.\n\nThe US$3.5 billion Xayaboury Hydroelectric Power Project is expected to be complete by 2019.", "US$3.5 billion");

describe("a project's cost and its work's", () => {
  it("are one cost across two reports, weakly, whichever way the name is spelt", () => {
    expect(compareClaims(project, dam).match?.strength).toBe("weak");
  });
  it("but inside one report a dam's cost and the whole project's are two costs", () => {
    const body = "The Xayaburi dam cost $3.5 billion to build. The whole Xayaburi project, with its transmission lines, cost $5 billion.";
    expect(checkInOrder(article("c", body, "2016-01-01")).filter((f) => f.kind === "internal-conflict")).toEqual([]);
  });
});

describe("a price tag", () => {
  it("is a cost", () => {
    const tag = extractClaims({ id: "t", body: "When the federal government bought the project six years ago, the estimated price tag was $7.4 billion.", published: "2024-03-22" }).find((c) => c.text === "$7.4 billion");
    expect(tag?.subject?.frame?.measure.id).toBe("cost");
  });
});

describe("a price per use", () => {
  it("is no cost of the thing: 'The journey through the tunnel ... costs the equivalent of around 4 euros'", () => {
    const body = "The Eurasia Tunnel cost around 1.19 billion euros. The journey through the tunnel, which connects the D100 Highway with Kennedy Street, is subject to a toll and costs the equivalent of around 4 euros.";
    const read = extractClaims({ id: "e", body, published: "2016-12-20" });
    expect(read.find((c) => c.text === "around 4 euros")?.subject?.frame?.measure.id).not.toBe("cost");
    expect(read.find((c) => c.text === "around 1.19 billion euros")?.subject?.frame?.measure.id).toBe("cost");
  });
});
