/**
 * One report's figures that are parts of a whole it gives, and a report in another language
 * (session 19, I): a list adding up to a figure (core/check/rules/internal-parts.ts listSums), "a
 * further N" (furtherParts), a count province by province (internal-units.ts), Portuguese text
 * (internal-language.ts), a total and its breakdown not adding up (internal-shortfall.ts), counts
 * the report says differ (internal-told-differ.ts), one vessel's length told twice
 * (internal-vessel.ts), a figure dated to the story's day (internal-same-day.ts). Text from the session 19 development set:
 * Evening Standard on the central Vietnam floods (16 Nov 2013, d19-32), Business Insider on Lion
 * Air JT610 (29 Oct 2018, d19-68), Manila Bulletin on the Lady Mary Joy 3 fire (30 Mar 2023,
 * d19-97), The New Arab on the Saada airstrike (20 Dec 2017, d19-43), Público on the Lotte World
 * Tower (4 Apr 2017, d19-61), Japan News on the Noto quake (2 Jan 2024, d19-92), France 24 on the
 * Cairo Ramses station fire (27 Feb 2019, d19-65), Republic Monitor on the Key Bridge collapse
 * (27 Mar 2024, d19-73), Myanmar Now on the Hpakant landslide (22 Dec 2021, d19-13).
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { addsUpTo, furtherParts, listsOf, listSums } from "../../core/check/rules/internal-parts.js";
import { unitsByFigure, unitShare, unitsNamed } from "../../core/check/rules/internal-units.js";
import { readAsEnglish } from "../../core/check/rules/internal-language.js";
import { shortfalls } from "../../core/check/rules/internal-shortfall.js";
import { toldDiffer } from "../../core/check/rules/internal-told-differ.js";
import { vesselPairs } from "../../core/check/rules/internal-vessel.js";
import { datedToOneEvent } from "../../core/check/rules/internal-same-day.js";
import type { Article } from "../../core/model.js";
import { internalFindings as internal, internalTexts, claimWithText as claim } from "./support.js";

const vietnam: Article = {
  id: "vietnam", published: "2013-11-16",
  body: "19 killed as floods hit Vietnam\n\nFloods and landslides triggered by heavy rains in central Vietnam have killed 19 people, left eight missing and forced about 80,000 from their homes, disaster officials and state media said.\n\n"
    + "The floods forced 64,500 people from their homes in Quang Ngai province, with three dead and three missing, provincial officials said. The military and police are rushing aid and food to villagers cut off by the floodwaters, they said.\n\n"
    + "Another 16,600 people were evacuated from their homes in the neighbouring province of Quang Nam, where one person died and another was missing, disaster official Nguyen Hoai Phuong said.\n\n"
    + "In the worst-hit province of Binh Dinh, floods killed 12 people and left two missing, officials said.\n\n"
    + "State media reported that three people were killed and two others missing in three other central provinces.",
};

const lionAir: Article = {
  id: "lion-air", published: "2018-10-29",
  body: "A plane carrying 189 people between two Indonesian cities crashed Monday morning.\n\nLion Air said eight of its staff members were on board, according to the Associated Press, which leaves six who were not the pilots.\n\n"
    + "At least 20 passengers were government officials, Indonesia’s Finance Ministry said.\n\nA further 157 people were on the plane. Authorities have given no identifying information about them other than that they are adults.",
};

const ferry: Article = {
  id: "ferry", published: "2023-03-30",
  body: "31 killed, 230 rescued after fire rips through ferry in Basilan\n\nAt least 31 people died and 230 were rescued after a fire engulfed a ferry in Basilan, authorities said Thursday, March 30.\n\n"
    + "Rescuers, including the Philippine Coast Guard and fishermen, saved 195 passengers and 35 crew as the blaze ripped through the ferry off Baluk-Baluk Island.",
};

const saada = (lead: string): Article => ({
  id: "saada", published: "2017-12-20",
  body: `${lead} in the Houthi rebel stronghold of Saada in northern Yemen on Wednesday, a tribal chief said.\n\n`
    + "At least 11 civilians were killed in a Saudi-led coalition airstrike in the Houthi rebel stronghold of Saada in northern Yemen on Wednesday, a tribal chief said.\n\n"
    + "Eight others were injured in the raid, the tribal leader, who was speaking to AFP on condition of anonymity, said.\n\n"
    + "The pro-Houthi al-Masirah television channel gave the same death toll and added that women and children were among those killed. It said 19 were wounded.",
});

describe("a list of counts adding up to a figure of the report", () => {
  it("reads 195 passengers and 35 crew as the 230 rescued", () => {
    const claims = extractClaims(ferry);
    const sums = listSums(listsOf(claims, ferry.body));
    expect(sums.get(claim(claims, "195"))).toBe(230);
    expect(addsUpTo(claim(claims, "195"), claim(claims, "230"), sums)).toBe(true);
    expect(internal(ferry)).toEqual([]);
  });
  it("reads no list across a verb of another measure, and leaves a conflict standing", () => {
    const page = saada("A Saudi-led coalition airstrike killed 11 civilians and wounded eight others");
    const claims = extractClaims(page);
    expect(listSums(listsOf(claims, page.body)).has(claim(claims, "eight"))).toBe(false);
    expect(internalTexts(page)).toHaveLength(1);
  });
  it("takes no list whose sum is no figure of the report", () => {
    const claims = extractClaims(vietnam);
    const sums = listSums(listsOf(claims, vietnam.body));
    // "three dead and three missing" add to six, no figure of the report.
    expect(sums.get(claim(claims, "three"))).toBe(6);
    expect(addsUpTo(claim(claims, "three"), claim(claims, "19"), sums)).toBe(false);
  });
});

describe("a figure added in words: 'a further N'", () => {
  it("is a part of the whole aboard", () => {
    const claims = extractClaims(lionAir);
    expect(furtherParts(claims, lionAir.body).has(claim(claims, "157"))).toBe(true);
    expect(internal(lionAir)).toEqual([]);
  });
  it("is the whole of another casualty after a count of the dead", () => {
    const page = saada("A Saudi-led coalition airstrike killed 11 civilians and a further eight were wounded");
    const claims = extractClaims(page);
    expect(furtherParts(claims, page.body).has(claim(claims, "eight"))).toBe(false);
  });
});

describe("a report counting province by province", () => {
  it("names the provinces of each sentence", () => {
    expect(unitsNamed("The floods forced 64,500 people from their homes in Quang Ngai province, with three dead")).toEqual(new Set(["quang ngai"]));
    expect(unitsNamed("In the worst-hit province of Binh Dinh, floods killed 12 people")).toEqual(new Set(["binh dinh"]));
    expect(unitsNamed("three people were killed and two others missing in three other central provinces.")).toEqual(new Set(["other"]));
    expect(unitsNamed("State media reported that three people were killed")).toEqual(new Set());
  });
  it("reads each province's figure as its share of the total", () => {
    const claims = extractClaims(vietnam);
    const units = unitsByFigure(claims, vietnam.body);
    expect(unitShare(claim(claims, "64,500"), claim(claims, "about 80,000"), units)).toBe(true);
    expect(internal(vietnam)).toEqual([]);
  });
  it("reads no share where one province is named alone", () => {
    const body = "Floods in central Vietnam have killed 19 people, officials said.\n\nThe floods killed 12 people in Quang Ngai province, provincial officials said.";
    const claims = extractClaims({ id: "one", published: "2013-11-16", body });
    expect(unitShare(claim(claims, "12"), claim(claims, "19"), unitsByFigure(claims, body))).toBe(false);
  });
});

describe("a report in another language", () => {
  it("is not read as English, an English report and a table of figures are", () => {
    expect(readAsEnglish("O topo das “orelhas” do edifício toca os céus a 556 metros de altura, erguendo-se ao longo de 123 andares junto às margens do rio Han, em Seul. A Lotte World Tower, aberta ao público oficialmente desde segunda-feira, é o quinto maior arranha-céus do mundo.")).toBe(false);
    expect(readAsEnglish(vietnam.body)).toBe(true);
    expect(readAsEnglish("Progressive Conservative Party - 211 Seats / 50%\nLiberal Party- 40 Seats / 28%\nNDP - 30 Seats / 20%\nOthers - 2%")).toBe(true);
  });
});

const noto = (breakdown: string): Article => ({
  id: "noto", published: "2024-01-02",
  body: "A powerful earthquake with an estimated magnitude of 7.6 hit the Noto area of Ishikawa Prefecture on Monday, centered in the town of Shika. A total of 64 people were confirmed dead in the prefecture, according the Ishikawa prefectural government and the Wajima city government.\n\n"
    + `According to the prefectural and city governments, ${breakdown}\n\nAccording to the Japan Meteorological Agency, the quake occurred at a depth of 16 kilometers at about 4:10 p.m. on Monday.`,
});

describe("a total and the breakdown the next sentence gives of it (Japan News on the Noto quake, 2 Jan 2024, d19-92)", () => {
  it("finds a breakdown adding up to 62 beside a total of 64, one item told of two towns", () => {
    const page = noto("31 people died in Wajima, 22 in Suzu, five in Nanao, two in Anamizu and one in Hakui and Shika respectively.");
    const claims = extractClaims(page);
    const found = shortfalls(claims, listsOf(claims, page.body), page.body);
    expect(found.map((short) => short.sum)).toEqual([62]);
    expect(internalTexts(page)).toEqual([expect.stringContaining("A total of 64")]);
    expect(internal(page)[0]?.explanation).toContain("adds up to 62");
  });
  it("holds no breakdown that adds up, or one told as some of the parts, to the total", () => {
    for (const breakdown of ["31 people died in Wajima, 22 in Suzu, five in Nanao, two in Anamizu, two in Noto and one in Hakui and Shika respectively.",
      "the dead included 31 people in Wajima, 22 in Suzu, five in Nanao, two in Anamizu and one in Hakui and Shika respectively."]) {
      const page = noto(breakdown);
      const claims = extractClaims(page);
      expect(shortfalls(claims, listsOf(claims, page.body), page.body)).toEqual([]);
      expect(internal(page)).toEqual([]);
    }
  });
  it("holds no list of the worst-hit towns far short of the total to it", () => {
    const page = noto("31 people died in Wajima, 22 in Suzu and five in Nanao.");
    const claims = extractClaims(page);
    expect(shortfalls(claims, listsOf(claims, page.body), page.body)).toEqual([]);
  });
});

const cairo = (words: string): Article => ({
  id: "cairo", published: "2019-02-27",
  body: "At least seven people were killed and dozens more injured when a fire broke out at the main train station in Egypt’s capital on Wednesday, security and medical sources said.\n\n"
    + "A witness said there had been an explosion when a train rammed into a barrier at Ramses station in central Cairo, and that he had seen charred bodies on the ground.\n\n"
    + `${words}, with Egyptian state TV reporting as many as 20 people killed in the blaze.`,
});

describe("two counts the report says differ (France 24 on the Cairo Ramses station fire, 27 Feb 2019, d19-65)", () => {
  it("finds 'at least seven' and 'as many as 20' where the report calls them conflicting", () => {
    const page = cairo("There were conflicting reports over the death toll");
    expect(toldDiffer(claim(extractClaims(page), "At least seven"), claim(extractClaims(page), "as many as 20"), page.body)).toBe(true);
    expect(internal(page).map((finding) => finding.severity)).toEqual(["discrepancy"]);
  });
  it("leaves bounds that allow both alone where the report does not say they differ", () => {
    expect(internal(cairo("The toll may rise"))).toEqual([]);
  });
});

const keyBridge = (second: string): Article => ({
  id: "key-bridge", published: "2024-03-27",
  body: "Baltimore’s Francis Scott Key Bridge collapsed early Tuesday morning after one of its columns was struck by a huge container ship. The Dali, a giant 948-foot cargo ship, collides with the bridge, causing it to break and crash into the river below, spilling vehicles and people into the river. "
    + `Six persons remained missing.\n\n${second}`,
});

describe("one vessel's length told under two words (Republic Monitor on the Key Bridge collapse, 27 Mar 2024, d19-73)", () => {
  it("finds the ship's 948 feet and the tanker's 985 feet in a report of one vessel", () => {
    const page = keyBridge("The 985-foot (300-meter) tanker collided with one of the 1.6-mile (2.6-kilometer) bridge’s supports, forcing the span to break and plummet into the river in seconds.");
    expect(vesselPairs(extractClaims(page), page.body).pairs).toHaveLength(1);
    expect(internalTexts(page)).toHaveLength(1);
  });
  it("ties no lengths in a report of two vessels", () => {
    const page = keyBridge("Hours earlier the 985-foot tanker had collided with another vessel in the harbour.");
    expect(vesselPairs(extractClaims(page), page.body).pairs).toEqual([]);
    expect(internal(page)).toEqual([]);
  });
});

const hpakant: Article = {
  id: "hpakant", published: "2021-12-22",
  body: "One person found dead and up to 100 others still missing after landslide in Hpakant\n\n"
    + "At least one person is confirmed dead and as many as 100 others are feared missing following a landslide near the Kachin State jade-mining town of Hpakant early Wednesday morning, according to local sources.\n\n"
    + "According to the Kachin News Group, 20 people were killed in Wednesday’s landslide, which came just three days after a similar incident in the village of Hseng Ja Bum, also in Hpakant Township, reportedly left five people dead.\n\n"
    + "At least 172 people were believed to have been killed after a massive landslide in the area in July of last year; only 166 bodies were recovered.",
};

describe("a figure dated to the story's day beside words of another time (Myanmar Now on the Hpakant landslide, 22 Dec 2021, d19-13)", () => {
  it("ties Wednesday's 20 to the one confirmed dead, not the earlier incident's five or last year's 172", () => {
    const claims = extractClaims(hpakant);
    expect(datedToOneEvent(claim(claims, "20"), claim(claims, "One"), hpakant.body)).toBe(true);
    expect(datedToOneEvent(claim(claims, "At least 172"), claim(claims, "One"), hpakant.body)).toBe(false);
    expect(internalTexts(hpakant)).toEqual([expect.stringContaining("20")]);
  });
});
