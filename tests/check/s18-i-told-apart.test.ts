/**
 * One report's figures its own words tell apart (session 18, I): a count reached over years beside
 * the story's count (core/check/frame/years-count.ts), a place singled out as the hardest hit
 * (frame/placed-part.ts), a verb's participants counted (frame/several-places.ts severalTold), a
 * speaker is no label of a series (frame/labelled-series.ts).
 * Text: SaltWire carrying Reuters on the Kasindi church bombing (16 Jan 2023; development set
 * frames-aside13, a13-49); Daily Pakistan on the Khyber Pakhtunkhwa floods (16 Aug 2025;
 * frames-aside11, a11-18); Breaknlinks on the Ghotki train collision (7 Jun 2021; frames-aside9, a9-11).
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { countedOverYears, overYearsBeside } from "../../core/check/frame/years-count.js";
import { placedPart, placesByFigure } from "../../core/check/frame/placed-part.js";
import { severalTold } from "../../core/check/frame/several-places.js";
import { inSeries, seriesOf } from "../../core/check/frame/labelled-series.js";
import type { Article } from "../../core/model.js";
import { internalFindings as internal, internalTexts, claimWithText as claim } from "./support.js";

const kasindi: Article = {
  id: "kasindi", published: "2023-01-16",
  body: "Cleanup at Congo church begins after blast kills 14\n\n\nBENI, Democratic Republic of Congo (Reuters) - The atmosphere at the Pentecostal church in the city of Kasindi in eastern Congo was upbeat on Sunday as hundreds gathered for a series of baptisms.\n\nThen, about 10 minutes in, a blast rocked the courtyard where worshippers had gathered, three witnesses told Reuters on Monday. Dozens were wounded with burns and cuts from flying debris. Fourteen died, army spokesman Anthony Mwalushayi said on Monday.\n\nThe attack was the latest against civilians by Islamist insurgents that roam eastern Congo and have killed thousands of villagers since 2014.",
};

describe("a count reached over years beside the story's count", () => {
  it("reads 'since 2014' in a report of 2023 as years of a count", () => {
    const claims = extractClaims(kasindi);
    expect(countedOverYears(claim(claims, "thousands"), kasindi.body)).toBe(true);
    expect(countedOverYears(claim(claims, "14"), kasindi.body)).toBe(false);
    expect(overYearsBeside(claim(claims, "14"), claim(claims, "thousands"), kasindi.body)).toBe(true);
  });
  it("gives no internal conflict between the blast's 14 and the insurgents' thousands since 2014", () => {
    expect(internalTexts(kasindi).filter((pair) => pair.includes("thousands"))).toEqual([]);
  });
  it("does not read a record's years as a count's: 'the deadliest in Istanbul since 2017'", () => {
    const body = "The bombing on Istiklal Street killed six people on Sunday afternoon. Police detained a suspect overnight. The bombing on Istiklal Street, which killed eight people, was the deadliest in Istanbul since 2017.";
    const page: Article = { id: "ist", published: "2023-11-14", body };
    expect(countedOverYears(claim(extractClaims(page), "eight"), body)).toBe(false);
    expect(internal(page)).toHaveLength(1);
  });
  it("reads 'over the past decade' as years, and a year not before the report's as none", () => {
    const page: Article = { id: "y", published: "2024-05-01", body: "Floods have killed 1,200 people over the past decade. The floods killed 40 people since 2024 began." };
    const claims = extractClaims(page);
    expect(countedOverYears(claim(claims, "1,200"), page.body)).toBe(true);
    expect(countedOverYears(claim(claims, "40"), page.body)).toBe(false);
  });
});

const buner: Article = {
  id: "buner", published: "2025-08-16",
  body: "Flash Floods Devastate Buner as Northern Death Toll Tops 340\nPESHAWAR: The death toll from flash floods in Khyber Pakhtunkhwa climbed to 327 on Saturday, with fresh casualties reported across several districts, particularly in Buner, which has borne the brunt of the devastation, according to the Provincial Disaster Management Authority (PDMA).\nBuner has emerged as the hardest-hit district, with 204 deaths recorded in the past 48 hours, a PDMA situation report said.",
};

describe("a place singled out as the hardest hit", () => {
  it("is a share of the headline's toll", () => {
    const claims = extractClaims(buner);
    const [tops, share] = [claim(claims, "Tops 340"), claim(claims, "204")];
    expect(placedPart(tops, share, claims, placesByFigure(claims, buner.body), buner.body)).toBe(true);
    expect(internalTexts(buner).filter((pair) => pair.includes("204"))).toEqual([]);
  });
  it("is not read without the words that single it out", () => {
    const body = buner.body.replace("Buner has emerged as the hardest-hit district, with 204 deaths", "The floods have left 204 deaths");
    const claims = extractClaims({ ...buner, body });
    expect(placedPart(claim(claims, "Tops 340"), claim(claims, "204"), claims, placesByFigure(claims, body), body)).toBe(false);
  });
});

describe("a number before an event's verb counts who took part", () => {
  it("'as two trains collided' tells one collision, 'twin blasts' two", () => {
    const ghotki: Article = { id: "g", published: "2021-06-07", body: "Train collision in Pakistan kills two\nAt least 35 passengers were killed in Pakistan as two trains collided on early Monday." };
    expect([...severalTold(extractClaims(ghotki))]).toEqual([]);
    const twin: Article = { id: "t", published: "2021-06-07", body: "Twin blasts killed 12 people in Kabul on Monday." };
    expect(severalTold(extractClaims(twin)).size).toBe(1);
  });
});

describe("what makes a series of labelled values", () => {
  const ghotki: Article = {
    id: "g2", published: "2021-06-07",
    body: "Train collision in Pakistan kills two\nAt least 35 passengers were killed in Pakistan as two trains collided on early Monday. Police said between 15 to 20 passengers are believed to be still trapped inside the train.\nRailways Minister Azam Swati: 35 people died in the accident and dozens have been injured.",
  };
  it("counts the values of one measure only: the dead, the trapped and the injured are not three values of one", () => {
    const claims = extractClaims(ghotki);
    const series = seriesOf(claims, ghotki.body);
    const [two, thirtyFive] = [claims.find((c) => c.text === "two" && c.unit === "person")!, claim(claims, "35")];
    expect(series.label(two)).not.toEqual(series.label(thirtyFive));
    expect(inSeries(two, thirtyFive, series)).toBe(false);
  });
  it("still reads three values of one measure beside three labels as a series", () => {
    const body = "Shangla reported 36 deaths, Mansehra 23 deaths and Swat 22 deaths, according to the PDMA.";
    const claims = extractClaims({ id: "s", published: "2025-08-16", body });
    const series = seriesOf(claims, body);
    expect(inSeries(claim(claims, "36"), claim(claims, "23"), series)).toBe(true);
  });
  it("takes no speaker for a label: 'Azam Swati said 35 people died'", () => {
    const body = "Pakistan's Minister for Railways, Azam Swati said 35 people died in the accident.";
    const claims = extractClaims({ id: "sw", published: "2021-06-07", body });
    expect(seriesOf(claims, body).label(claim(claims, "35"))).toBeUndefined();
  });
});
