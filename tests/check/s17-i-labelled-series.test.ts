/**
 * A list of several values of one measure, each beside its own label, is a series of different
 * things (session 17, I; core/check/frame/labelled-series.ts). Texts are real, cut from the pages
 * gathered in /work/notes/dev17-I and the corpus entries tests/corpus/check/s17-i-series.json:
 * The Himalayan Times on the Dang floods (2017), a blog table of the 1984 Canadian election by
 * province, Oliver Daily News' B.C. fire box (2021), a Dorset county council result (2017); the
 * slips kept are Daily News Brief on Luis Echeverría (2022), The Hindu's Perambalur sub-headline
 * (6 May 2024) and a two-sentence toll.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { inSeries, seriesOf } from "../../core/check/frame/labelled-series.js";
import type { Article } from "../../core/model.js";
import { internalTexts as texts, claimWithText as claim } from "./support.js";

const dang: Article = {
  id: "dang", published: "2017-08-25",
  body: "As per the details collected by the District Natural Disaster Relief and Rescue Committee from 13 offices, the property worth Rs 4.34 billion was damaged by the flood and inundation.\n\n"
    + "The flood and inundation have caused loss of Rs 16.51 million of the District Education Office, Rs 325 million of Praganna Badkapath Irrigation Division, Rs 37.7 million of the District Technical Office and Rs 2.15 million of the District Coordination Committee.\n\n"
    + "Similarly, physical property worth Rs 258 million of People's Embankment was damaged by the flood and inundation while Rs 87.6 million of Irrigation Division, Rs 434 million of Division Road Office, Rs 461 million of Office of Water Induced Disaster Management and Rs 4.11 million of the District Livestock Service Office.",
};

const canada: Article = {
  id: "canada-1984", published: "2019-10-10",
  body: "Progressive Conservative Party - 211 Seats / 50%\nLiberal Party- 40 Seats / 28%\nNDP - 30 Seats / 20%\nWestern Prairies\n"
    + "Alberta- PC {69%/21 Seats} NDP {14%} Liberal {13%}\nSaskatchewan- PC {42%/9 Seats} NDP {38%/5 Seats} Liberal{18%}\nManitoba- PC {43%/9 Seats} NDP {27%/4Seats} Liberal {22%/1 Seat}",
};

const fires: Article = {
  id: "bc-fires", published: "2021-08-06",
  body: "Wildfires currently burning in B.C.: 291\nActive fires by fire centre:\nCariboo: 51\nCoastal: 20\nKamloops: 84\nNorthwest: 7\nPrince George: 68\nSoutheast: 61",
};

const dorset: Article = {
  id: "dorset", published: "2017-05-05",
  body: "Results by party\n\nConservative 32 seats won\nGreen 2 seats won\nLiberal Democrat 11 seats won\n\nWest Dorset\n\nConservative 6 seats won\nGreen 0 seats won\nLiberal Democrat 5 seats won",
};

const echeverria: Article = {
  id: "echeverria", published: "2022-07-09",
  body: "Former Mexican President Luis Echeverria Dies at 100\n\nFormer Mexican President Luis Echeverría died at 79 on Saturday.\n\nEcheverría began his political career at 22 when he militated for the PRI.",
};

describe("a figure's label", () => {
  it("is the name it is told of, after a linking word or just before it", () => {
    const claims = extractClaims(dang);
    const series = seriesOf(claims, dang.body);
    expect(series.label(claim(claims, "Rs 325 million"))).toBe("praganna badkapath irrigation division");
    expect(series.label(claim(claims, "Rs 87.6 million"))).toBe("irrigation division");
  });
  it("starts with its list section's heading and its line's own label", () => {
    const claims = extractClaims(canada);
    const series = seriesOf(claims, canada.body);
    expect(series.label(claim(claims, "14%"))).toBe("western prairies / alberta / ndp");
    expect(series.label(claim(claims, "27%"))).toBe("western prairies / manitoba / ndp");
  });
  it("is its section heading alone for a bullet with no name (an 'at a glance' box of states)", () => {
    const body = "AUSTRALIA'S CATASTROPHIC 2019/20 BUSHFIRES SEASON:\n\nNSW\n\n* 20 people dead\n\nVICTORIA\n\n* Two people dead\n\nSOUTH AUSTRALIA\n\n* Three people dead";
    const claims = extractClaims({ id: "b", published: "2020-01-08", body });
    const series = seriesOf(claims, body);
    expect(series.label(claim(claims, "20"))).toBe("nsw");
    expect(series.label(claim(claims, "Two"))).toBe("victoria");
    expect(inSeries(claim(claims, "20"), claim(claims, "Two"), series)).toBe(true);
  });
  it("is none in a title-case headline, whose capitals mark no name", () => {
    const claims = extractClaims(echeverria);
    expect(seriesOf(claims, echeverria.body).label(claim(claims, "100"))).toBeUndefined();
  });
});

describe("a series of labelled values", () => {
  it("tells apart two values beside two labels when the report gives three or more values of the measure", () => {
    const claims = extractClaims(fires);
    expect(inSeries(claim(claims, "51"), claim(claims, "84"), seriesOf(claims, fires.body))).toBe(true);
  });
  it("tells apart one label inside another when both figures are items of enumerations", () => {
    const claims = extractClaims(dang);
    expect(inSeries(claim(claims, "Rs 325 million"), claim(claims, "Rs 87.6 million"), seriesOf(claims, dang.body))).toBe(true);
  });
  it("does not tell apart two figures of one label, nor a figure without one", () => {
    const claims = extractClaims(echeverria);
    const series = seriesOf(claims, echeverria.body);
    expect(inSeries(claim(claims, "100"), claim(claims, "79"), series)).toBe(false);
    const twice: Article = { id: "t", published: "2024-01-01", body: "Six people were killed at the Marriott. Nine people were killed at the Marriott, police said. Three were killed in Lahore." };
    const own = extractClaims(twice);
    expect(inSeries(claim(own, "Six"), claim(own, "Nine"), seriesOf(own, twice.body))).toBe(false);
  });
  it("does not tell apart a figure whose sentence names the other's label (a sub-headline over its section)", () => {
    const body = "Thanjavur district registered a 93.46 pass percentage.\n\n95.59% pass in Perambalur\n\n"
      + "Perambalur district, which ranked third among the districts in the previous academic year with a pass percentage of 97.59 in the State Board Class XII exams, slipped to sixth position by recording 96.44% pass in the Class XII examinations this year.";
    const claims = extractClaims({ id: "p", published: "2024-05-06", body });
    const series = seriesOf(claims, body);
    expect(series.label(claim(claims, "95.59%"))).toBe("perambalur");
    expect(inSeries(claim(claims, "95.59%"), claim(claims, "96.44%"), series)).toBe(false);
  });
  it("needs three values: two values beside two labels may be one thing told two ways", () => {
    const two: Article = { id: "two", published: "2024-01-01", body: "Cariboo: 51\n\nKamloops: 84" };
    const claims = extractClaims(two);
    expect(inSeries(claim(claims, "51"), claim(claims, "84"), seriesOf(claims, two.body))).toBe(false);
  });
});

describe("internal conflicts on list-heavy reports", () => {
  it("gives nothing for losses by office, results by province and party, a box of regions, seats under two headings", () => {
    for (const article of [dang, canada, fires, dorset]) expect(texts(article)).toEqual([]);
  });
  it("still finds one thing given two values", () => {
    expect(texts(echeverria)).toEqual(["100 | 79"]);
  });
});
