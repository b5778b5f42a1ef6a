import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 27: "The dam was built in 1984" dates the thing's completion, as "completed in 1986"
 * does, so two reports dating one dam's building differently meet; a participle opening the
 * sentence still dates the thing after an aside ("Completed in 1986, during the reign of dictator
 * Saddam Hussein, the dam is built on ...", after reports on the Mosul Dam, 2016).
 */
const dated = (body: string, year: string) => {
  const claim = extractClaims({ id: "a", body, published: "2016-03-01" }).find((c) => c.kind === "date" && c.value === year);
  return claim?.subject?.frame ? `${claim.subject.frame.measure.id} ${claim.subject.frame.scope.map((e) => e.id).join(",")}` : undefined;
};

describe("a thing told as built in a year", () => {
  it("is dated finished then", () => {
    expect(dated("The Francis Scott Key Bridge was built in 1972.", "1972")).toBe("date.completion francis-scott-key");
    expect(dated("Iraq's Mosul dam faces a risk of catastrophic failure.\n\nThe dam was built in 1984 but has fallen into disrepair.", "1984")).toMatch(/^date\.completion mosul/);
  });
  it("is not dated by 'built' told of something else", () => {
    expect(dated("Engineers built a road to the Mosul Dam in 1984.", "1984")).toBeUndefined();
  });
});

describe("a participle of a phase opening the sentence, then an aside", () => {
  it("dates the thing after the aside", () => {
    expect(dated("Iraq's Mosul Dam is in danger. Completed in 1986, during the reign of dictator Saddam Hussein, the dam is built on an unstable karst structure.", "1986")).toMatch(/^date\.completion mosul/);
  });
  it("dates nothing when no thing follows", () => {
    expect(dated("Completed in 1986, during the war, it was a long wait for the people of Mosul.", "1986")).toBeUndefined();
  });
});
