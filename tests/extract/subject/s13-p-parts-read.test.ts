/**
 * What a casualty count is, read from its own words when it is extracted (session 13, P, issue 15):
 * a status word right after the figure is its measure ("over 5.7 million affected"), never a
 * casualty word on the next line; a share a sentence opens ("Of them, 59", "Among the deceased,
 * twelve") and a count added to one told before ("four more deaths") are marked
 * (subject.share, subject.addition) so a stored claim is still known as a part when another report
 * meets it. Real text: BD24Live (27 Aug 2024), Prothom Alo English and The Business Post
 * (28 Aug 2024) on the Bangladesh floods; The Assam Tribune/PTI on the Sikkim flash flood
 * (Oct 2023); The Hindu on the Moulivakkam building collapse (30 Jun 2014); NBC News on Typhoon Mangkhut
 * (17 Sep 2018), TOLOnews (via Nation Thailand) on the Paktika/Khost earthquake (22 Jun 2022), CBS News/AP on
 * the Cijeruk landslide (4 Jan 2006), for the place a count's own clause gives (place-before.ts).
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim } from "../../../core/model.js";
import { addedToCount, opensShare } from "../../../core/extract/subject/part-of-people.js";
import { doublyUnsure } from "../../../core/check/scope.js";

function claimsOf(body: string, published = "2024-08-28"): Claim[] {
  return extractClaims({ id: "a", body, published });
}

/** The claim whose text is `text` (the `nth` such claim). */
function claim(body: string, text: string, nth = 0): Claim {
  const found = claimsOf(body).filter((c) => c.text === text)[nth];
  if (!found) throw new Error(`test setup: no claim "${text}"`);
  return found;
}

const marks = (c: Claim) => (c.subject?.frame?.rules ?? []).filter((r) => r === "subject.share" || r === "subject.addition");

const BD24LIVE = "Flood death toll rises to 23, over 5.7 million affected\nDeath toll in the devastating flood has risen to 23 as deaths of two more people in Noakhali and one new in Khagrachari were reported.";
const PROTHOM_ALO = "Flood: Death toll jumps to 31, Over 5.8m people affected\nThe death toll from the recent flood in 11 districts has risen to 31 with four more deaths in Cumilla, Noakhali and Feni district, according to the report of Disaster Management and Relief Ministry.\nAmong the deceased, twelve people died in Cumilla, five in Chattogram, two in Feni, six in Noakhali, three in Cox’s Bazar and one each in Brahmanbaria, Lakshmipur and Moulvibazar.";
const BUSINESS_POST = "The flood situation in the south and south-eastern regions of the country is gradually improving, though the death toll has risen to 31, with four more fatalities reported in Cumilla, Noakhali, and Feni on Wednesday.";
const ASSAM_TRIBUNE = "A total of 103 people were missing after the incident. Of them, 59 were reported missing in Pakyong, 22 in Gangtok, 17 in Mangan and five in Namchi.";
const THE_HINDU = "On Monday, rescue workers pulled out five more construction workers. Of them, three had died, taking the death toll to 19.";

describe("a status word right after the figure is its measure (casualty.ts)", () => {
  it("reads BD24Live's headline 'over 5.7 million affected' as the affected, not the next line's 'Death toll'", () => {
    const affected = claim(BD24LIVE, "over 5.7 million");
    expect(affected.subject?.frame?.measure.id).toBe("affected");
    expect(claim(BD24LIVE, "23").subject?.frame?.measure.id).toBe("killed");
  });
  it("still reads a headline's own casualty word, and a toll on the next line", () => {
    expect(claim("Floods leave 12 dead\nOfficials said rescue work went on.", "12").subject?.frame?.measure.id).toBe("killed");
    expect(claim("Rescue goes on\n12 people have been killed in the floods, officials said.", "12").subject?.frame?.measure.id).toBe("killed");
  });
});

describe("a share a sentence opens is marked when it is read (part-of-people.ts opensShare)", () => {
  it("marks 'Of them, 59 were reported missing' and 'Among the deceased, twelve people died'", () => {
    expect(marks(claim(ASSAM_TRIBUNE, "59"))).toEqual(["subject.share"]);
    expect(marks(claim(PROTHOM_ALO, "twelve"))).toEqual(["subject.share"]);
    expect(marks(claim(THE_HINDU, "three"))).toEqual(["subject.share"]);
  });
  it("leaves the whole before it, a whole the opening names, and a count later in the sentence unmarked", () => {
    expect(marks(claim(ASSAM_TRIBUNE, "A total of 103"))).toEqual([]);
    expect(opensShare("Of the around 300 people living there, 69 died.", 0, 40)).toBe(false);
    expect(opensShare("Rescuers said 163 people died in all.", 0, 14)).toBe(false);
  });
});

describe("a count added to one told before is marked when it is read (part-of-people.ts addedToCount)", () => {
  it("marks Prothom Alo's 'four more deaths' and The Business Post's 'four more fatalities', not the toll of 31", () => {
    expect(marks(claim(PROTHOM_ALO, "four"))).toEqual(["subject.addition"]);
    expect(marks(claim(BUSINESS_POST, "four"))).toEqual(["subject.addition"]);
    expect(marks(claim(BUSINESS_POST, "31"))).toEqual([]);
  });
  it("marks 'another 40' only after a count of its own casualty", () => {
    const text = "Twelve people were killed on Sunday, and another 40 people were killed on Monday.";
    expect(addedToCount(text, text.indexOf("40"), text.indexOf("40") + 2, "killed")).toBe(true);
    // The Hindu on the Oruro Carnival blast (Feb 2018): its headline's '28 injured' is further back than the dead.
    const oruro = "Gas explosion at Bolivia Carnival leaves 6 dead, 28 injured\n\nFour children and two adults died while another 13 people were injured after a street vendor's gas can exploded.";
    expect(addedToCount(oruro, oruro.indexOf("13"), oruro.indexOf("13") + 2, "injured")).toBe(false);
  });
  it("leaves 'N more' of another casualty than the one before it whole ('13 more are missing', 'wounding 150 more')", () => {
    const missing = "At least 40 people were killed, and 13 more are missing.";
    expect(addedToCount(missing, missing.indexOf("13"), missing.indexOf("13") + 2, "missing")).toBe(false);
    const wounded = "The toll rose as gunmen killed 59 and wounded about 150 more.";
    expect(addedToCount(wounded, wounded.indexOf("about 150"), wounded.indexOf("about 150") + 9, "injured")).toBe(false);
  });
});

describe("a marked part is known as one whichever report is stored (scope.ts toldAsPart)", () => {
  const weak = { strength: "weak" as const, why: "test" };
  const strong = { strength: "strong" as const, why: "test" };
  it("never compares a stored 'four more fatalities' or 'Of them, 59' with another report's count", () => {
    const four = claim(BUSINESS_POST, "four");
    const toll = { ...claim(BD24LIVE, "23", 1), articleId: "b" };
    expect(doublyUnsure(toll, four, strong)).toBe(true);
    expect(doublyUnsure(four, toll, weak)).toBe(true);
    const share = claim(ASSAM_TRIBUNE, "59");
    const missing = { ...claim(ASSAM_TRIBUNE, "A total of 103"), articleId: "b", value: 60 };
    expect(doublyUnsure(missing, share, strong)).toBe(true);
  });
  it("still compares two shares of one whole, and two counts neither report marks", () => {
    const share = claim(ASSAM_TRIBUNE, "59");
    expect(doublyUnsure({ ...share, articleId: "b", value: 57 }, share, strong)).toBe(false);
    const whole = claim(ASSAM_TRIBUNE, "A total of 103");
    expect(doublyUnsure({ ...whole, articleId: "b", value: 104 }, whole, strong)).toBe(false);
  });
});

describe("the place a count's own clause gives (place-before.ts)", () => {
  const scope = (body: string, text: string) => claim(body, text).subject?.frame?.scope.map((e) => e.id);
  it("gives a count in a 'where' clause that clause's place", () => {
    expect(scope("The storm then skirted south of Hong Kong and neighboring gambling hub of Macau before making landfall in China, where four deaths were reported.", "four")).toEqual(["china"]);
    expect(scope("Residents and police were desperately digging for survivors with their bare hands in Cijeruk, where up to 100 people were believed to have died.", "up to 100")).toEqual(["cijeruk"]);
  });
  it("gives a count a named division's official tells that division", () => {
    expect(scope("Meanwhile, Shabir Ahmad Osmani, information and culture director of Khost province said that 25 people were killed and 95 others were injured in last night’s earthquake.", "25")).toEqual(["khost"]);
  });
  it("gives no place where the clause is not the count's, or no division's official speaks", () => {
    expect(scope("He was born in Paris, where he lived until 12 people were killed in the attack.", "12")).toEqual([]);
    expect(scope("A spokesman for the Taliban government said that 25 people were killed in the earthquake.", "25")).toEqual([]);
  });
});
