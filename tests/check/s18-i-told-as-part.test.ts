/**
 * Figures one report tells as parts, wholes drawn from, forecasts or hospital counts (session 18,
 * I): frame/addition.ts ("three other people were also found dead"), frame/breakdown.ts (a list
 * of parts after "include"; "three of the 30 attackers"), frame/hospital-count.ts (a larger count
 * brought to hospital), frame/forecast.ts, frame/years-count.ts ("since October").
 * Text: Taiwan News carrying AFP on the Cijeruk landslide (5 Jan 2006); Citizen Matters on the
 * Anekal derailment (13 Feb 2015); EFE on the Banjska attack (24 Sep 2023); Dawn on the Chamkani
 * mosque bombing (22 Jun 2013); Xinhua on the Sichuan earthquake (24 Jun 2008); The Nation carrying
 * AFP on the Mozambique ferry (9 Apr 2024). All from development text of earlier sessions.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { additions, addedToBases } from "../../core/check/frame/addition.js";
import { partsNamed } from "../../core/check/frame/breakdown.js";
import { hospitalShare } from "../../core/check/frame/hospital-count.js";
import { forecast, forecastBeside } from "../../core/check/frame/forecast.js";
import { countedOverYears } from "../../core/check/frame/years-count.js";
import type { Article } from "../../core/model.js";
import { internalTexts, claimWithText as claim } from "./support.js";

const page = (id: string, published: string, body: string): Article => ({ id, published, body });

describe("a count told as added by its own words", () => {
  const cijeruk = page("cijeruk", "2006-01-05", "Landslide buries village in Indonesia\nA landslide unleashed by heavy rains in Indonesia's mountainous Central Java yesterday has killed 12 people but up to 200 were feared dead, police said, as rescuers scrambled to find survivors.\nA district welfare official Umar Yulianto said nine of 13 people found alive at the scene later died in hospital.\n\"Their injuries were too severe,\" he said. Three other people were also found dead, Yulianto and police said.");
  it("'Three other people were also found dead' adds to the toll, whatever figure stands before it", () => {
    const claims = extractClaims(cijeruk);
    expect(additions(claims, cijeruk.body).has(claim(claims, "Three"))).toBe(true);
    expect(internalTexts(cijeruk).filter((pair) => pair.includes("Three"))).toEqual([]);
  });
  it("'three ... three others' makes the first a part too, though the two are equal", () => {
    const body = "Las Vegas blaze kills 6\n\nCrews found three people dead in the building. Three others were found dead outside.";
    const claims = extractClaims(page("lv", "2019-12-21", body));
    expect(addedToBases(claims, body).has(claim(claims, "three"))).toBe(true);
    expect(internalTexts(page("lv", "2019-12-21", body))).toEqual([]);
  });
  it("'other' without 'also' and with no figure before it adds nothing", () => {
    const body = "Other people were found dead. The storm killed 12 people on Monday.";
    const claims = extractClaims(page("o", "2019-12-21", body));
    expect(additions(claims, body).has(claim(claims, "12"))).toBe(false);
  });
});

describe("parts listed after 'include', and the whole a part is drawn from", () => {
  const anekal = page("anekal", "2015-02-13", "Train accident near Anekal kills 9, injures 16 people\nIn an early morning tragedy, Ernakulam-bound Bengaluru-Ernakulam Intercity Express (Train No. 12677) derailed in Belagondapalli near Anekal in city's outskirts on Friday, leading to the death of 12 passengers. The dead include five male passengers, three female passengers and a 12-year-old boy.");
  it("reads every item of the list as a part", () => {
    const claims = extractClaims(anekal);
    const parts = partsNamed(claims, anekal.body);
    expect(parts.has(claim(claims, "five"))).toBe(true);
    expect(parts.has(claim(claims, "three"))).toBe(true);
    expect(internalTexts(anekal).filter((pair) => pair.includes("three"))).toEqual([]);
  });
  it("ends the list at a qualified figure or a clause of its own: 'including two children, and some 30 people injured'", () => {
    const body = "Two passenger buses collided on a highway in southern Bolivia, leaving at least 37 dead, including two children, and some 30 people injured, police said.";
    const claims = extractClaims(page("u", "2025-03-01", body));
    expect(partsNamed(claims, body).has(claim(claims, "some 30"))).toBe(false);
    const bare = "The crash left 37 dead, including two children, and 30 people injured, police said.";
    const own = extractClaims(page("u2", "2025-03-01", bare));
    expect(partsNamed(own, bare).has(claim(own, "30"))).toBe(false);
  });
  it("'three of the 30 attackers' is the group, not a count of the dead", () => {
    const body = "4 die in gun battle between police, militants in Kosovo monastery siege\n\nThe shootout left three of the 30 attackers and a cop dead by Sunday evening, police said.";
    const claims = extractClaims(page("banjska", "2023-09-24", body));
    expect(partsNamed(claims, body).has(claim(claims, "30"))).toBe(true);
    expect(internalTexts(page("banjska", "2023-09-24", body)).filter((pair) => pair.includes("30"))).toEqual([]);
  });
});

describe("a count of the hurt brought to hospital", () => {
  const chamkani = page("chamkani", "2013-06-22", "PESHAWAR, June 21: Fifteen people were killed and 27 injured when a suicide bomber blew himself up after a gun attack inside a mosque-cum-madressah here on Friday. According to a LRH official, 37 people were brought to the hospital.");
  it("is another count when larger and its own clause says so", () => {
    const claims = extractClaims(chamkani);
    expect(hospitalShare(claim(claims, "27"), claim(claims, "37"), chamkani.body)).toBe(true);
    expect(internalTexts(chamkani)).toEqual([]);
  });
  it("is the count of the injured when the hospital words are another clause's: 'all have been taken to hospitals'", () => {
    const body = "New Year fire kills at least 59, injures 212 more at Bangkok pub\nAt least 223 people were injured, including 29 foreigners; all have been taken to Bangkok hospitals for emergency treatment.";
    const claims = extractClaims(page("santika", "2009-01-01", body));
    expect(hospitalShare(claim(claims, "212"), claim(claims, "At least 223"), body)).toBe(false);
  });
});

describe("what a count may come to, and a count since a month", () => {
  const sichuan = page("sichuan", "2008-06-24", "BEIJING, June 24 (Xinhua) - Chinese Vice Premier Hui Liangyu said on Tuesday the death toll of the magnitude-8.0 earthquake in southwestern Sichuan Province is estimated to exceed 80,000.\n\nThe death toll of the earthquake stood at 69,181 as of Monday noon, with 374,171 people injured and 18,498 people reported missing, Hui said.");
  it("reads 'is estimated to exceed 80,000' as a forecast, not a rival of 'stood at 69,181'", () => {
    const claims = extractClaims(sichuan);
    const exceed = claims.find((c) => c.value === 80000)!;
    expect(forecast(exceed, sichuan.body)).toBe(true);
    expect(forecastBeside(exceed, claim(claims, "69,181"), sichuan.body)).toBe(true);
    expect(internalTexts(sichuan)).toEqual([]);
  });
  it("reads no forecast in a count as it stands", () => {
    const body = "The toll rose to 40 on Monday. Officials said 45 people had died.";
    const claims = extractClaims(page("f", "2024-01-01", body));
    expect(forecast(claim(claims, "45"), body)).toBe(false);
  });
  it("reads '32 deaths since October' as a count over months, and 'since Friday' as none", () => {
    const body = "The country has recorded almost 15,000 cases of cholera and 32 deaths since October, according to government data. The ferry toll rose to 97 since Friday.";
    const claims = extractClaims(page("moz", "2024-04-09", body));
    expect(countedOverYears(claim(claims, "32"), body)).toBe(true);
    expect(countedOverYears(claim(claims, "97"), body)).toBe(false);
  });
});
