import { describe, expect, it } from "vitest";
import { article, checkInOrder, internalFindings } from "./support.js";

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

describe("a count the story moves on from", () => {
  const dikko = (since: string) =>
    `The petrol tanker explosion at Dikko Junction in Niger State has claimed 86 lives, while 55 others were injured. At the time of the incident on Saturday, there were 70 confirmed dead and 50 injured. ${since}\n\n"86 people have been officially declared dead," the official said.`;
  it("is overtaken when the next sentence says more of the dead were found since: no finding, for every mention", () => {
    expect(findings(dikko("Since then, more bodies have been found and interred in a mass burial."))).toEqual([]);
  });
  it("is needed: without it the counts are compared", () => {
    expect(findings(dikko("The site was cleared and the road reopened.")).length).toBeGreaterThan(0);
  });
  it("is set aside when the story says outlets were reporting it then", () => {
    const kep = (told: string) => `Six people were killed and at least 24 were injured when a hotel under construction collapsed in Kep on Friday.\n\nOver the next few hours all but five workers were accounted for and ${told} four had died.`;
    expect(findings(kep("media outlets were reporting"))).toEqual([]);
    expect(findings(kep("officials said")).length).toBeGreaterThan(0);
  });
});

describe("a count told with 'also' before its verb of harm", () => {
  const wenzhou = (told: string) =>
    `WENZHOU, China (Reuters) – Rescue workers dug through the wreckage on Sunday after a high-speed train smashed into a stalled train in eastern China, killing at least 35 and injuring 210 in China's deadliest train disaster since 2008.\n\n${told} in the accident, which took place on a bridge near the city of Wenzhou in Zhejiang province, state news agency Xinhua said on Sunday.`;
  it("is added to the toll: no finding", () => {
    expect(findings(wenzhou("Two foreigners also died"))).toEqual([]);
  });
  it("is needed: told without it, the count is a rival toll", () => {
    expect(findings(wenzhou("Two foreigners died")).length).toBeGreaterThan(0);
  });
  it("is no addition when it counts people at large: the whole count of another measure", () => {
    const found = checkInOrder(
      article("m1", "Stampede at Mina kills 717 Haj pilgrims, leaves 805 injured\n\n24 Sep 2015\n\nA stampede at Mina, outside the Muslim holy city of Makkah, has resulted in the death of at least 717 Haj pilgrims and has left another 805 injured on Thursday, in one of the worst Haj-related accidents.", "2015-09-24"),
      article("m2", "Stampede kills at least 717 pilgrims in one of worst-ever hajj tragedies\n\nThursday 24/09/2015\n\nMINA (Saudi Arabia) - A huge stampede killed at least 717 people and injured hundreds more at the hajj in Saudi Arabia on Thursday, in one of the worst-ever tragedies at the annual Muslim pilgrimage.\n\nThe civil defence service said that it was still counting the dead, who included pilgrims from different countries, and that at least 863 people had also been hurt.", "2015-09-24"),
    ).filter((f) => f.kind === "cross-article-conflict" && f.claims.some((c) => c.text === "805"));
    expect(found.length).toBeGreaterThan(0);
  });
});
