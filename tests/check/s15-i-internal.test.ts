import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import type { Article } from "../../core/model.js";
import { internalConflict, internalVerdicts } from "../../core/check/rules/internal-conflict.js";
import { placesNamed } from "../../core/check/frame/placed-part.js";
import { partsNamed } from "../../core/check/frame/breakdown.js";
import { measuredFrom } from "../../core/check/frame/difference.js";
import { valuesDisagree } from "../../core/check/tally.js";
import { claimOn, subject, article as doc } from "./support.js";

/**
 * Internal conflicts on real text (session 15, helper I): the guards that tell a part, a count
 * of another day, two sources set side by side or a difference from another thing from a second
 * value of one figure, each with the text that must still give a finding beside it.
 */

function report(body: string, published = "2015-11-02"): Article {
  return { id: "r", body, published };
}

function findings(body: string, published?: string) {
  const article = report(body, published);
  return internalConflict.check({ article, claims: extractClaims(article), related: [], articles: new Map() });
}

const texts = (body: string, published?: string) => findings(body, published).map((f) => f.claims.map((c) => c.text).join(" | "));

/** The stop the rule gave the pair holding the two texts (undefined when it gave a finding). */
function stopOf(body: string, x: string, y: string, published?: string) {
  const article = report(body, published);
  const verdict = internalVerdicts({ article, claims: extractClaims(article) }).find((v) =>
    (v.a.text === x && v.b.text === y) || (v.a.text === y && v.b.text === x));
  return verdict ? (verdict.stop ?? "finding") : "not paired";
}

describe("a breakdown by place (frame/placed-part.ts)", () => {
  // The Express Tribune, 2 Nov 2015, on the Hindu Kush earthquake: the national toll, then the provinces' and districts'.
  const tribune = "The October 26 quake claimed 271 lives and left 2,158 people injured, according to the figures collected so far by the top disaster management body.\n"
    + "The highest death toll has been reported from Khyber-Pakhtunkhwa, where 225 people have been killed with 1,797 injured.\n"
    + "In Gilgit-Baltistan, 10 people have been reported killed and 61 others injured with 570 houses damaged.\n"
    + "The highest number of casualties has been reported from K-P’s Shangla district, where the earthquake killed 50 people and injured another 265 while wrecking 3,311 houses.";

  it("reads a place's share beside the total as a part", () => {
    expect(stopOf(tribune, "271", "10")).toBe("placed-part");
    expect(stopOf(tribune, "271", "50")).toBe("placed-part");
    expect(stopOf(tribune, "2,158", "61")).toBe("placed-part");
    expect(texts(tribune)).toEqual([]);
  });

  it("still finds one place's count given twice (Gilgit-Baltistan 12 and 5), beside the shares", () => {
    // The Namal, 16 Aug 2025, on the KP floods: both sentences name the one place.
    const body = "The floods have killed 307 people in Khyber Pakhtunkhwa. The rains have also killed at least 12 people in Gilgit-Baltistan.\n"
      + "Shangla reported 36 deaths, Mansehra 23, Swat 22.\n"
      + "In neighbouring regions, five people were killed in Gilgit-Baltistan.";
    expect(stopOf(body, "307", "five", "2025-08-16")).toBe("placed-part");
    expect(texts(body, "2025-08-16")).toEqual(["at least 12 | five"]);
  });

  it("needs two shares at two places: one count told at a place beside a headline is no breakdown", () => {
    // Hans India, 16 Nov 2023, Doda bus crash: the lead's 37 and the quoted statement's 36 "at Trungal-Assar".
    const body = "At least 37 people were killed and 19 injured when a bus skidded off the road in Jammu and Kashmir’s Doda district on Wednesday, officials said.\n"
      + "The death toll is likely to go up. “At around 11:50 am, a bus met with an accident at Trungal-Assar on the highway, in which 36 persons died and 19 injured.";
    expect(stopOf(body, "At least 37", "36", "2023-11-16")).not.toBe("placed-part");
  });

  it("names places the gazetteer knows and places a count is told at", () => {
    expect([...placesNamed("In Azad Kashmir, two deaths and 11 injuries have been reported")]).toContain("kashmir");
    expect([...placesNamed("Buner district has emerged as the worst-hit area, with 184 lives lost")]).toContain("buner");
    expect([...placesNamed("Shangla reported 36 deaths")]).toContain("shangla");
    expect([...placesNamed("Officials confirmed 266 deaths on Tuesday")]).toEqual([]);
  });
});

describe("the count before others are added (frame/addition.ts addedToBases)", () => {
  // MundoNow on AP, 14 Dec 2022, a van off a mountain road near Chedagad, Nepal.
  const nepal = "Twelve people died after a vehicle carrying wedding guests veered off a mountain road in Nepal, police said Tuesday.\n"
    + "Police said the crash happened on Monday night, and by the time rescuers arrived at the scene eight people had already died. Three others died on the way to the hospital and the last one died later in the hospital.";

  it("reads the figure others are added to as a part of the toll", () => {
    expect(texts(nepal, "2022-12-14")).toEqual([]);
  });

  it("still finds two tolls when nothing is added", () => {
    const body = "Twelve people died after a vehicle carrying wedding guests veered off a mountain road in Nepal, police said Tuesday.\n"
      + "Police said the crash happened on Monday night and that eight people had died in the crash.";
    expect(texts(body, "2022-12-14")).toEqual(["Twelve | eight"]);
  });
});

describe("two counts the story compares in words (frame/set-against.ts)", () => {
  // The Sudan Times on Reuters, 4 Dec 2024, the Nzérékoré stadium crush.
  const guinea = "A tragic stadium crush during a soccer match in southeast Guinea has claimed the lives of 135 people, according to a coalition of local human rights groups. This figure significantly surpasses the official death toll of 56.\n"
    + "On Tuesday, the collective reported its higher toll. “We estimate 135 deaths, the majority being children under 18,” the statement read.";

  it("gives no finding for figures the story sets against each other, at any mention", () => {
    expect(texts(guinea, "2024-12-04")).toEqual([]);
  });

  it("still finds the two counts when the story does not compare them", () => {
    const body = "A tragic stadium crush during a soccer match in southeast Guinea has claimed the lives of 135 people, according to a coalition of local human rights groups.\n"
      + "The crush at the stadium killed 56 people on Sunday, the group said.";
    expect(findings(body, "2024-12-04")).toHaveLength(1);
  });
});

describe("differences from two things (frame/difference.ts)", () => {
  // The Cochabamba Banner, December 2017, on the Cristo de la Concordia.
  const banner = "Cochabamba's Cristo de la Concordia is actually over 7 meters taller than its, structurally similar, but more famous twin in Rio de Janeiro and is currently the second tallest statue of Jesus Christ in the world. "
    + "While officially the second tallest, the statue, excluding the pedestal, stands 1.2 meters taller than the stone portion of Christ the King in Swiebodzin, Poland which holds the current title.";

  it("reads what each difference is measured from, up to its clause's end", () => {
    const article = report(banner, "2017-12-01");
    const claim = extractClaims(article).find((c) => c.text === "over 7 meters");
    expect(claim && [...(measuredFrom(claim, banner) ?? [])]).toEqual(["structurally", "similar", "more", "famous", "twin", "rio", "de", "janeiro"]);
  });

  it("does not compare differences from two things", () => {
    expect(stopOf(banner, "over 7 meters", "1.2 meters", "2017-12-01")).toBe("from-different-things");
  });

  it("compares two differences from one thing", () => {
    const body = "The statue is over 7 meters taller than Christ the Redeemer in Rio de Janeiro. Excluding the pedestal, it stands 1.2 meters taller than Christ the Redeemer.";
    expect(stopOf(body, "over 7 meters", "1.2 meters", "2017-12-01")).not.toBe("from-different-things");
  });
});

describe("a part its own clause names (frame/breakdown.ts partsNamed)", () => {
  // Republic, 13 Jan 2025, the Z-Morh tunnel's fact box.
  const tunnel = "The Sonamarg Tunnel project, around 12 km long, has been constructed at a cost of over Rs 2,700 crore. It comprises of the Sonamarg main tunnel of 6.4 km in length, an egress tunnel and approach roads.";

  it("reads a figure after 'comprises' as a part of the whole", () => {
    expect(stopOf(tunnel, "around 12 km", "6.4 km", "2025-01-13")).toBe("part");
    expect(texts(tunnel, "2025-01-13")).toEqual([]);
  });

  it("compares the two lengths when no part word stands between", () => {
    const body = "The Sonamarg Tunnel, around 12 km long, has been constructed at a cost of over Rs 2,700 crore. The Sonamarg Tunnel is 6.4 km in length.";
    expect(stopOf(body, "around 12 km", "6.4 km", "2025-01-13")).not.toBe("part");
  });
});

describe("a toll counted on two days (internal-conflict.ts countedOnTwoDays)", () => {
  // SPO Pakistan, 28 Oct 2015, quoting the NDMA.
  const spo = "Officials confirmed 266 deaths but feared that the toll could go up as many areas remain inaccessible. "
    + "The National Disaster Management Authority on Tuesday confirmed 248 deaths in the earthquake.";

  it("reads a lower count confirmed on an earlier day as the count going on", () => {
    expect(stopOf(spo, "266", "248", "2015-10-28")).toBe("count-going-on");
  });

  it("does not take the event's day for the count's: 'killed six on Sunday' and 'killed eight'", () => {
    const body = "The bombing on Istiklal Street killed six people on Sunday afternoon. Police detained a suspect overnight. The bombing on Istiklal Street, which killed eight people, was the deadliest in Istanbul since 2017.";
    expect(texts(body, "2023-11-14")).toEqual(["six | eight"]);
  });
});

describe("bounds and floors (tally.ts)", () => {
  const toll = subject("killed", { measure: "killed" });
  const page = doc("t", "at least 200 people had been killed. The death toll is up to 200. More than 200 died. 41 were killed.");
  const atLeast = claimOn(page, { text: "at least 200", value: 200, unit: "person", qualifier: "atLeast", qualifierText: "at least", subject: toll });
  const upTo = claimOn(page, { text: "up to 200", value: 200, unit: "person", qualifier: "atMost", qualifierText: "up to", subject: toll });
  const moreThan = claimOn(page, { text: "More than 200", value: 200, unit: "person", qualifier: "atLeast", qualifierText: "more than", subject: toll });

  it("a floor and a ceiling that both hold their figure agree", () => {
    expect(valuesDisagree(atLeast, upTo)).toBe(false);
  });

  it("'more than 200' and 'up to 200' still disagree", () => {
    expect(valuesDisagree(moreThan, upTo)).toBe(true);
  });

  // News9, 12 Jun 2024, the Mangaf fire: the headline's later "over 50" and the body's "at least 41" told as "41" too.
  const mangaf = "Kuwait Fire Tragedy: fire claimed over 50 lives\n"
    + "Several Indians are feared to be among at least 41 people killed in a devastating fire at a building in the southern Mangaf district of Kuwait.\n"
    + "The Kuwaiti deputy prime minister said that 41 people were killed in the incident, reported Reuters.";

  it("reads a figure the story also gives as a floor as that floor against another floor", () => {
    expect(texts(mangaf, "2024-06-12").filter((t) => t.includes("50"))).toEqual([]);
  });

  it("an exact figure with no floor told beside it still disagrees with the floor above it", () => {
    const body = "Kuwait Fire Tragedy: fire claimed over 50 lives\n"
      + "The Kuwaiti deputy prime minister said that 41 people were killed in the fire at a building in the southern Mangaf district of Kuwait, reported Reuters.";
    expect(texts(body, "2024-06-12").some((t) => t.includes("50") && t.includes("41"))).toBe(true);
  });
});

describe("a part word reaches to the comma", () => {
  // Al Jazeera's caption (AFP), 1 Mar 2025, the Uyuni bus collision: the injured are no part of the dead.
  const body = "Two passenger buses collided on a highway in southern Bolivia, leaving at least 37 dead, including two children, and some 30 people injured, police said.";
  const claims = extractClaims(report(body, "2025-03-01"));
  const named = partsNamed(claims, body);

  it("reads the figure right after 'including' as a part", () => {
    expect([...named].map((c) => c.text)).toContain("two");
  });

  it("does not read a figure after 'including ..., and' as a part", () => {
    expect([...named].map((c) => c.text)).not.toContain("some 30");
  });
});

describe("two tolls of the one story a report tells (frame/one-story-toll.ts)", () => {
  // Hans India, 16 Nov 2023, the Doda bus crash: the lead's toll and the officials' statement quoted below it.
  const doda = "Doda (J&K): At least 37 people were killed and 19 injured when a bus carrying passengers skidded off the road and rolled down into a 300-foot gorge in Jammu and Kashmir’s Doda district on Wednesday, officials said.\n"
    + "The death toll is likely to go up. “At around 11:50 am, a bus bearing registration number JK02CN6555 met with an accident at Trungal-Assar on the highway, in which 36 persons died and 19 injured.";

  it("compares the lead's toll with a toll told below it that names nothing else", () => {
    expect(texts(doda, "2023-11-16")).toEqual(["At least 37 | 36"]);
    expect(findings(doda, "2023-11-16")[0]?.severity).toBe("discrepancy");
  });

  it("leaves a toll of another happening alone (AFP 2014: 'in that incident')", () => {
    const body = "At least 23 people were killed and 50 others injured after a deadly bomb blast struck a busy wholesale market in Islamabad on Wednesday.\n"
      + "It came a day after a passenger train was bombed in Baluchistan province. At least 14 were killed and 40 wounded in that incident.";
    expect(texts(body, "2014-04-09")).toEqual([]);
  });

  it("leaves a share told at a place of its own alone (Christchurch 2019: 41 at Al Noor of 49)", () => {
    const body = "At least 49 people were killed in the shootings on Friday, police said.\n"
      + "Police said 41 people were killed at Al Noor Mosque.";
    expect(texts(body, "2019-03-15")).toEqual([]);
  });

  it("leaves a guess alone (Papua New Guinea 2018: unconfirmed reports of up to 30)", () => {
    const body = "Up to 14 people were killed in landslides during a powerful earthquake in the Papua New Guinea highlands, police said on Tuesday, with unconfirmed reports of up to 30 people killed.\n"
      + "The provincial administrator said more than 30 people were believed to have been killed.";
    expect(texts(body, "2018-02-27").filter((t) => t.includes("more than 30"))).toEqual([]);
  });
});

describe("a count its sentence adds to in words (addition.ts addedToBases)", () => {
  // Kenyans.co.ke, 6 Sep 2024, the Hillside Endarasha fire: 16 at school and one more on the way is the 17.
  it("reads 'A total of 16 ... while one more died' as a part of the 17", () => {
    const body = "Hillside Endarasha Academy in Nyeri county was razed down and 17 pupils died in the inferno.\n"
      + "A total of 16 pupils died at school while one more died en route to the hospital.";
    expect(texts(body, "2024-09-06")).toEqual([]);
  });

  it("does not read 'killed and 61 others injured' as adding to the dead", () => {
    const body = "The quake killed 12 people, police said.\n"
      + "In the town, 10 people have been reported killed and 61 others injured.";
    expect(stopOf(body, "12", "10", "2015-11-02")).not.toBe("part");
  });
});

describe("shares a report names by what they are", () => {
  it("reads the hurt taken to hospital as a share of the injured (Alpine Motel fire, Xinhua 2019)", () => {
    const body = "An early morning fire that left six people dead and 13 others injured is being considered the worst fire fatality in Las Vegas Fire Department history, officials said.\n"
      + "Ten people, including five who were critically injured, were taken to a nearby hospital, officials said. Three of the victims took themselves to the hospital, authorities added.";
    expect(texts(body, "2019-12-22")).toEqual([]);
  });

  it("still compares two counts of the injured neither of which is a hospital's", () => {
    const body = "An early morning fire that left six people dead and 13 others injured is being considered the worst fire fatality in Las Vegas Fire Department history, officials said.\n"
      + "Ten people were injured in the fire, including five who were critically injured, officials said.";
    expect(stopOf(body, "13", "Ten", "2019-12-22")).not.toBe("placed-part");
  });

  // The Irish Times (AFP), June 2002, floods in Shaanxi.
  const shaanxi = "As floodwaters receded in northern China's Shaanxi Province today, rescuers frantically searched for at least 266 missing people feared swept away by the torrential deluge, officials said.\n"
    + "In the province's Ningshan County, some 163 people were still missing today, with 4,300 reported homeless and 11 confirmed dead, an official said.";

  it("reads a count in a county the story names as such as a share of the province's", () => {
    expect(stopOf(shaanxi, "at least 266", "some 163", "2002-06-12")).toBe("placed-part");
  });

  it("does not read a county's count near the whole as a share (the whole miscounted)", () => {
    const body = shaanxi.replace("some 163", "some 260");
    expect(stopOf(body, "at least 266", "some 260", "2002-06-12")).not.toBe("placed-part");
  });
});

describe("a roundup needs places the gazetteer knows (frame/several-places.ts)", () => {
  // CBS News, 3 Aug 2008, the Naina Devi stampede: "a mountaintop Hindu temple" is read as a place, no second town.
  it("does not take a story of one stampede for a roundup of stampedes at several places", () => {
    const body = "145 Dead In India Temple Stampede\nRelatives wait outside Anandpur Sahib Civil hospital in Himachal Pradesh, India, where the dead and injured of a temple stampede were taken Sunday, Aug. 3, 2008. "
      + "At least 68 people, including 30 children, were killed Sunday when pilgrims stampeded at a mountaintop Hindu temple in northern India, police said.\n"
      + "Thousands of panicked pilgrims stampeded Sunday at a remote mountaintop temple in northern India. Police said 145 people were killed.";
    expect(stopOf(body, "145", "At least 68", "2008-08-03")).not.toBe("among-several");
  });
});
