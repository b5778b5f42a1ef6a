import { describe, expect, it } from "vitest";
import nounSynonyms from "../../../core/extract/subject/data/noun-synonyms.js";
import { frameOf } from "./frame-of.js";

describe("counted nouns that name one thing (WordNet synonyms, data/noun-synonyms.ts)", () => {
  it("gives one measure to the same count told with either noun", () => {
    expect(frameOf("The ship carried 3,000 tonnes of freight.", "3,000 tonnes")?.measure.id).toBe(frameOf("The ship carried 3,000 tonnes of cargo.", "3,000 tonnes")?.measure.id);
    expect(frameOf("The school has 450 pupils.", "450")?.measure.id).toBe(frameOf("The school has 450 students.", "450")?.measure.id);
    expect(frameOf("The firm sold 40 aeroplanes last year.", "40")?.measure.id).toBe(frameOf("The firm sold 40 airplanes last year.", "40")?.measure.id);
  });

  it("keeps a kind of a thing apart from it: a part of a count is no synonym", () => {
    // WordNet: a motorbike is a kind of motorcycle, a child a kind of juvenile person; neither is merged with it.
    expect(nounSynonyms.motorbike).toBeUndefined();
    expect(nounSynonyms.child).toBe(nounSynonyms.kid);
    expect(nounSynonyms.child).not.toBe(nounSynonyms.person ?? "person");
    expect(frameOf("The school has 450 children.", "450")?.measure.id).not.toBe(frameOf("The school has 450 people.", "450")?.measure.id);
  });

  it("reads a count's status before its noun: '20 kids saved' are rescued, not children counted", () => {
    expect(frameOf("Rescuers said 20 kids were saved on Friday.", "20")?.measure.id).toBe(frameOf("Rescuers said 20 kids were rescued on Friday.", "20")?.measure.id);
  });

  it("merges only nouns whose most frequent senses are one synset", () => {
    expect(nounSynonyms.freight).toBe(nounSynonyms.cargo);
    expect(nounSynonyms.pupil).toBe(nounSynonyms.student);
    // "record" is first a document, only second a disc: not an album.
    expect(nounSynonyms.record).toBeUndefined();
  });

  it("keeps the project's own classes first: soldiers stay troops", () => {
    expect(frameOf("The army sent 500 soldiers.", "500")?.measure.id).toBe("troop");
  });
});
