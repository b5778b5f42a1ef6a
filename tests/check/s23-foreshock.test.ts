import { describe, expect, it } from "vitest";
import { checkClaims, extractClaims } from "../../core/index.js";
import type { Article } from "../../core/model.js";

/**
 * A foreshock's magnitude beside the main quake's is another quake's, not the main one told twice
 * (after a report of the Ridgecrest sequence, 4 July 2019).
 */
const internal = (foreshock: string) => {
  const article: Article = {
    id: "a", published: "2019-07-05",
    body: `LOS ANGELES – A magnitude 6.4 earthquake was felt in the Mojave Desert Thursday, shaking up local residents celebrating the Fourth of July.\n\nThe quake, which began at 10:33 a.m. Thursday, July 4,was centered about 7 miles southwest of Searles Valley, a sparsely populated part of the Mojave Desert near Kern County and northwestern San Bernardino County, according to the U.S. Geological Survey.\n\nA magnitude 4.2 quake ${foreshock},” Jones said.`,
  };
  return checkClaims({ article, claims: extractClaims(article), related: { claims: [], articles: [] } }).filter((f) => f.kind === "internal-conflict");
};

describe("a foreshock's magnitude", () => {
  it("is not the main quake's told twice", () => {
    expect(internal("that preceded the main quake by about 30 minutes was a “foreshock")).toEqual([]);
  });
  it("a magnitude told twice with nothing setting it apart still is", () => {
    expect(internal("was first recorded by “the survey")).not.toEqual([]);
  });
});
