/**
 * Figures the reports' own words tell apart (session 13, P): a part a count says it includes
 * ("102 people, including 22 army personnel"), a guess at the final toll above the dead counted so
 * far ("feared to have killed at least 150"), and two of the several events a story says it tells
 * ("12 people in two attacks"). Real text: The Telegraph/PTI and Republic World on the Sikkim flash
 * flood (5 Oct 2023), AFP on the Jure landslide (4 Aug 2014), Daijiworld/IANS and Rediff/PTI on the
 * Dhubri ferry (3 May 2012), the Guardian on the Mardan and Warsak attacks (2 Sep 2016), AFP on the
 * Joola (30 Sep 2002), Myanmar Now and World Report Now on the Hpakant landslide (2021, 2023).
 */
import { describe, expect, it } from "vitest";
import { doublyUnsure, namedPart } from "../../core/check/scope.js";
import { guessedAboveCount } from "../../core/check/counting-toll.js";
import { ofSeveralTold, severalTold } from "../../core/check/frame/several-places.js";
import { partsOfThose } from "../../core/check/frame/breakdown.js";
import type { Article, Claim, EventFrame, Finding } from "../../core/model.js";
import { article, checkInOrder, claimOn, subject } from "./support.js";


const texts = (findings: Finding[]) => findings.map((f) => `${f.kind}: ${f.claims.map((c) => c.text).sort().join(" / ")}`);

function count(doc: Article, text: string, value: number, measure: string, words: string, extra: Partial<Claim> & { nth?: number } = {}): Claim {
  return claimOn(doc, { text, value, unit: "person", dimension: "count", subject: subject(measure, { text: words, frame: { measure: { id: measure, text: measure }, scope: [] } }), ...extra });
}

describe("a part one count says it includes (scope.ts namedPart)", () => {
  const doc = article("s", "Over 102 others, including 22 army personnel still remain missing. The 22 soldiers, 23 jawans, five children.");
  const whole = count(doc, "102", 102, "missing", "others, including 22 army personnel still remain missing");
  it("knows the part the whole names, in digits or in words", () => {
    expect(namedPart(whole, count(doc, "22", 22, "missing", "soldiers", { nth: 1 }))).toBe(true);
    expect(namedPart(count(doc, "22", 22, "missing", "soldiers", { nth: 1 }), whole)).toBe(true);
    const children = count(doc, "five", 5, "killed", "children");
    expect(namedPart(count(doc, "102", 102, "killed", "people, including five children, died"), children)).toBe(true);
  });
  it("does not take another figure, or a larger one, for the named part", () => {
    expect(namedPart(whole, count(doc, "23", 23, "missing", "jawans"))).toBe(false);
    expect(namedPart(count(doc, "22", 22, "missing", "others, including 102 army personnel"), count(doc, "102", 102, "missing", "missing"))).toBe(false);
    expect(namedPart(whole, count(doc, "102", 102, "missing", "missing"))).toBe(false);
  });
  it("silences the Sikkim reports' 102 missing and their 22 missing soldiers", () => {
    const telegraph = article("t", "Fourteen bodies have been found so far while 102 people, including 22 army personnel, remained missing after a cloudburst over Lhonak Lake in North Sikkim in the early hours of Wednesday triggered a flash flood in the Teesta river basin, officials said.\nThe search for the 22 missing soldiers was continuing with a focus on the downstream areas as the fast-flowing river is likely to have carried them to the lower reaches, officials said.", "2023-10-05");
    const republic = article("r", "The death toll rose to at least 14 a day after the cloudburst took place over Lhonak Lake in north Sikkim which triggered a flash flood in the Teesta River basin. Over 102 others, including 22 army personnel still remain missing.", "2023-10-05");
    expect(texts(checkInOrder(telegraph, republic))).toEqual([]);
  });
});

describe("a guess at the final toll above the dead counted so far (counting-toll.ts guessedAboveCount)", () => {
  const doc = article("g", "A landslide feared to have killed at least 150 people. The death toll has now reached 23. Only 20 were feared dead. 600 still missing.", "2014-08-04");
  const guess = count(doc, "150", 150, "killed", "landslide that is feared to have killed at least 150 people", { qualifier: "atLeast" });
  const toll = count(doc, "23", 23, "killed", "death toll");
  it("knows a feared or believed toll above a count for no rival of it, either way round", () => {
    expect(guessedAboveCount(guess, toll)).toBe(true);
    expect(guessedAboveCount(toll, guess)).toBe(true);
    const missing = count(doc, "600", 600, "missing", "still missing");
    const fearedDead = count(doc, "150", 150, "missing", "people were feared dead");
    expect(guessedAboveCount(fearedDead, count(doc, "20", 20, "missing", "still missing"))).toBe(true);
    expect(guessedAboveCount(fearedDead, missing)).toBe(false);
  });
  it("keeps a guess below the count, and two counts, at odds", () => {
    const low = count(doc, "20", 20, "killed", "were feared dead");
    expect(guessedAboveCount(low, toll)).toBe(false);
    expect(guessedAboveCount(count(doc, "150", 150, "killed", "killed at least 150 people"), toll)).toBe(false);
  });
  it("reads a guess told long after its event as the settled toll", () => {
    const later = article("m", "At least 172 people were believed to have been killed after a massive landslide in the area in July of last year. In July 2020, 162 lives were lost in a landslide.", "2021-12-22");
    const settled = count(later, "172", 172, "killed", "people were believed to have been killed after a massive landslide", { subject: subject("killed", { text: "people were believed to have been killed", frame: { measure: { id: "killed", text: "killed" }, scope: [], event: { id: "landslide", text: "landslide", date: "2020-07" } } }) });
    const recalled = count(later, "162", 162, "killed", "lives were lost", { asOf: "2020-07" });
    expect(guessedAboveCount(settled, recalled)).toBe(false);
  });
  it("silences the Dhubri ferry's 'Over 250 people are believed to have died' beside the day's toll of 122", () => {
    const ians = article("i", "Assam Ferry Tragedy: More Bodies Recovered\nGuwahati, May 3 (IANS): Eight more bodies, including of a woman and four children, were fished out from the Brahmaputra river Thursday, taking the number of bodies recovered in Monday's ferry disaster to 71. Over 250 people are believed to have died in the tragedy in Assam's Dhubri district.", "2012-05-03");
    const pti = article("p", "Assam ferry mishap: 13 bodies recovered, toll rises to 122\nRescuers found bodies of 13 victims of Monday's deadly ferry disaster here pushing the toll to 122 on Thursday while Bangladesh assured Indian authorities of assistance in recovery and repatriation of bodies that may have been washed downstream.", "2012-05-03");
    expect(texts(checkInOrder(ians, pti)).filter((t) => t.includes("250"))).toEqual([]);
  });
  it("still finds a recalled toll told as believed a year on against another recalled one (Hpakant, 172 and 162)", () => {
    const now = article("n", "At least 172 people were believed to have been killed after a massive landslide in the area in July of last year; only 166 bodies were recovered.", "2021-12-22");
    const report = article("w", "In July 2020, 162 lives were lost in a landslide, and in November 2015, 113 individuals perished in a similar accident.", "2023-11-16");
    expect(texts(checkInOrder(now, report))).toContain("cross-article-conflict: 162 / At least 172");
  });
});

describe("two of the several events a story says it tells (several-places.ts ofSeveralTold)", () => {
  const doc = article("k", "Militants killed 12 people in two attacks. One member killed in an assault. 11 people were killed in a suicide bomb. 13 were killed in the bomb.");
  const event = (id: string, text: string): EventFrame => ({ id, text });
  const toll = (text: string, value: number, ev: EventFrame) => claimOn(doc, { text, value, unit: "person", dimension: "count", subject: subject("killed", { frame: { measure: { id: "killed", text: "killed" }, scope: [], event: ev } }) });
  const total = toll("12", 12, event("several-attack", "two attacks"));
  const one = toll("One", 1, event("attack", "assault"));
  const eleven = toll("11", 11, event("attack", "suicide bomb"));
  const thirteen = toll("13", 13, event("attack", "bomb"));
  it("reads the classes the story counts as several", () => {
    expect([...severalTold([total, one, eleven])]).toEqual(["attack"]);
    expect([...severalTold([one, eleven])]).toEqual([]);
  });
  it("takes two unlike-worded events of that class for two events", () => {
    expect(ofSeveralTold(one, eleven, severalTold([total, one, eleven]))).toBe(true);
    expect(ofSeveralTold(eleven, thirteen, severalTold([total]))).toBe(true);
  });
  it("compares them where the story tells one event, or both figures name one event's words", () => {
    expect(ofSeveralTold(one, eleven, new Set())).toBe(false);
    const again = toll("13", 13, event("attack", "suicide bomb"));
    expect(ofSeveralTold(eleven, again, severalTold([total]))).toBe(false);
    expect(ofSeveralTold(total, eleven, severalTold([total]))).toBe(false);
  });
  it("keeps the Guardian's two tolls of two attacks apart (Mardan's 11, the Christian colony's one)", () => {
    const guardian = article("g", "Militants in Pakistan kill 12 in attacks on court and Christian colony\nSuicide bomber claims 11 lives at Mardan court, with one community member killed in assault on Christian slum in Peshawar\n\nMilitants in north-west Pakistan have killed 12 people in two attacks, on a court building in the city of Mardan and a Christian slum in Peshawar.\n\nAt Mardan’s district court on Friday morning, 11 people were killed in a suicide bomb and grenade attack at the entrance of the compound, with about 40 others wounded.", "2016-09-02");
    expect(texts(checkInOrder(guardian)).filter((t) => t.startsWith("internal"))).toEqual([]);
  });
});

describe("a share a sentence opens 'Of those,' or 'Among the deceased,' (breakdown.ts partsOfThose)", () => {
  // The Hindu on the Moulivakkam collapse (1 Jul 2014) and Prothom Alo on Bangladesh's floods (28 Aug 2024), real text.
  const body = "On Monday, rescue workers pulled out five more construction workers. Of them, three had died, taking the death toll to 19. The 23 wounded persons are undergoing treatment at a local hospital. Among the deceased, twelve people died in Cumilla, five in Chattogram. Of the around 300 people living in the affected area, 69 are still unaccounted for. Of the bodies, 12 were found during the day.";
  const doc = article("h", body, "2014-07-01");
  const at = (text: string, value: number) => claimOn(doc, { text, value, unit: "person", dimension: "count" });
  const claims = [at("three", 3), at("19", 19), at("23", 23), at("twelve", 12), at("300", 300), at("69", 69), at("12", 12)];
  it("takes the first count after the opening for a part of the count before", () => {
    expect([...partsOfThose(claims, body)].map((c) => c.text)).toEqual(["three", "twelve", "12"]);
  });
  it("reads the opening with its verb and no comma (Indian Express on the Malad wall collapse, 2 Jul 2019)", () => {
    const text = "At least 19 people have been killed after a compound wall collapsed on hutments. Among the dead were five minors.";
    const page = article("x", text, "2019-07-02");
    const minors = claimOn(page, { text: "five", value: 5, unit: "person", dimension: "count" });
    const nineteen = claimOn(page, { text: "At least 19", value: 19, unit: "person", dimension: "count", qualifier: "atLeast" });
    expect([...partsOfThose([nineteen, minors], text)]).toEqual([minors]);
  });
  it("leaves a whole the opening names ('Of the around 300 people'), and counts later in the sentence, alone", () => {
    const parts = partsOfThose(claims, body);
    expect(parts.has(claims[4]!)).toBe(false);
    expect(parts.has(claims[5]!)).toBe(false);
    expect(parts.has(claims[1]!)).toBe(false);
  });
  it("keeps a province's toll and the town's share of it apart in one report (internal-conflict)", () => {
    // The in-repo paraphrase of AP's copy of 18 April 2016 (story-identity-s7-f2.json, si-5b).
    const ap = article("e", "Pedernales mourns its dead\nIn Manabi province, 180 people were killed by the earthquake, most of them in Pedernales and Manta, the governor said.\nOf those, 120 died in Pedernales, where the quake flattened the seafront.", "2016-04-18");
    expect(texts(checkInOrder(ap))).toEqual([]);
  });
});

describe("a bound far from a toll on a weak match, whatever unit the toll's figure was written with (scope.ts doublyUnsure)", () => {
  // BD24Live's headline 'Flood death toll rises to 23, over 5.7 million affected' (27 Aug 2024) read as a toll, and Prothom Alo's 31 (28 Aug).
  const doc = article("b", "Flood death toll rises to 23, over 5.7 million affected. The death toll has risen to 31.", "2024-08-28");
  const toll = (text: string, value: number, extra: Partial<Claim>) => claimOn(doc, { text, value, dimension: "count", subject: subject("killed", { frame: { measure: { id: "killed", text: "death toll" }, scope: [] } }), ...extra });
  const millions = toll("over 5.7 million", 5.7e6, { qualifier: "atLeast", unit: "person" });
  const bare = toll("31", 31, {});
  it("is two doubts: a bound and a count of people far apart, the toll's figure written bare", () => {
    expect(doublyUnsure(millions, bare, { strength: "weak", why: "" })).toBe(true);
  });
  it("still compares them on a strong match, and a bound near the count on a weak one", () => {
    expect(doublyUnsure(millions, bare, { strength: "strong", why: "" })).toBe(false);
    const near = toll("23", 23, { qualifier: "atLeast", unit: "person" });
    expect(doublyUnsure(near, bare, { strength: "weak", why: "" })).toBe(false);
  });
});

