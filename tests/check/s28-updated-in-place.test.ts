import { describe, expect, it } from "vitest";
import { article, internalFindings } from "./support.js";

/**
 * Session 28: two ways one article holds two counts of one toll without contradicting itself.
 * A report updated in place keeps its first count and tells the rise after it (the Star-Gazette
 * on the El Paso shooting, 2019); a count told in one room of a building is a share of the whole
 * toll (a Columbine retrospective, "Ten students were killed in the school library").
 */
const findings = (body: string) => internalFindings(article("r", body, "2019-08-05"));

describe("a count said again in a later sentence telling a rise", () => {
  const update = (rise: string) =>
    `At least 22 people were shot to death and 24 others were wounded after a gunman opened fire at a Walmart store in El Paso.\n\nTwenty people were shot to death and 26 others were wounded at the store, officials said on Saturday.\n\n${rise}`;
  it("makes the other figure the level it rose from: no finding", () => {
    expect(findings(update("On Monday, the death toll rose to 22, with 24 wounded."))).toEqual([]);
  });
  it("is needed: without the rise the article contradicts itself", () => {
    expect(findings(update("Police closed the store on Monday.")).length).toBeGreaterThan(0);
  });
});

describe("a count told in a room of the building", () => {
  const columbine = (where: string) =>
    `The perpetrators, two students at Columbine High School, murdered 12 students and one teacher. Ten students were killed ${where}, and 21 more were injured.`;
  it("is a share of the toll: no finding", () => {
    expect(findings(columbine("in the school library"))).toEqual([]);
  });
  it("is needed: told with no room, the two counts are compared", () => {
    expect(findings(columbine("by the two gunmen")).length).toBeGreaterThan(0);
  });
});
