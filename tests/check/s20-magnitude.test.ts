import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { checkInOrder } from "./in-order.js";
import { magnitudeOf } from "../../core/extract/subject/magnitude-slot.js";
import type { Claim, Finding } from "../../core/model.js";
import { article } from "./support.js";

/**
 * Session 20: an earthquake's magnitude as two reports of one quake give it
 * (core/extract/subject/magnitude-slot.ts, a fixed slot of core/check/aligned/slot-pairs.ts).
 * Reports after real ones: the Ludian (Yunnan) quake of 3 August 2014, 6.5 by China's agency and
 * 6.1 by the USGS; the Ridgecrest quakes of 4 and 5 July 2019 (6.4, then 7.1 a day later).
 */
const findings = checkInOrder;

const texts = (found: Finding[]) => found.filter((f) => f.kind === "cross-article-conflict").map((f) => f.claims.map((c) => c.text).sort().join(" | "));

describe("a quake's magnitude read from its words", () => {
  const claim = (body: string, text: string): Claim => extractClaims({ id: "a", body, published: "2014-08-04" }).find((c) => c.kind === "quantity" && c.text.includes(text))!;
  it("reads 'magnitude 6.3', '7.5 magnitude', 'a magnitude of 7.6', '7.8 Richter'", () => {
    for (const [body, text] of [["A magnitude 6.3 earthquake struck Herat.", "6.3"], ["A 7.5 magnitude earthquake struck.", "7.5"], ["It had a magnitude of 7.6, the survey said.", "7.6"], ["The 7.8 Richter quake hit Nepal.", "7.8"]] as const) {
      expect(magnitudeOf(claim(body, text), body)?.slot).toBe("magnitude");
    }
  });
  it("reads no magnitude of an aftershock, a bound, or a figure told otherwise", () => {
    for (const [body, text] of [["A 5.9 aftershock followed the quake.", "5.9"], ["Quakes of magnitude 5 or above are rare here.", "5"], ["The bridge is 6.3 km long.", "6.3 km"]] as const) {
      expect(magnitudeOf(claim(body, text), body)).toBeUndefined();
    }
  });
});

describe("one quake's magnitude told two ways by two reports", () => {
  const yunnan = article("y1", "381 dead as strong quake rocks SW China\n\nA 6.5-magnitude earthquake rattled southwest China's Yunnan province at 4:30 p.m. Sunday, killing 381 people in Ludian County.", "2014-08-04");
  const usgs = article("y2", "Quake in China's Yunnan province razes homes\n\nThe death toll from a magnitude 6.1 earthquake in southwestern China's Yunnan province rose to 398 in Ludian County on Monday.", "2014-08-05");
  it("finds 6.5 against 6.1, a discrepancy", () => {
    expect(texts(findings(yunnan, usgs))).toContain("6.1 | 6.5-magnitude");
  });
  it("finds nothing for the same magnitude, or for two quakes the leads put on two days", () => {
    const same = article("y3", "Quake in China's Yunnan province razes homes\n\nThe death toll from a magnitude 6.5 earthquake in southwestern China's Yunnan province rose to 398 in Ludian County on Monday.", "2014-08-05");
    expect(texts(findings(yunnan, same))).toEqual([]);
    const first = article("r1", "Quake rattles Ridgecrest, injuring 20\n\nA magnitude 6.4 earthquake struck near Ridgecrest in the Mojave Desert on Thursday, injuring about 20 people, officials said.", "2019-07-05");
    const second = article("r2", "Second, stronger quake hits Ridgecrest\n\nA magnitude 7.1 earthquake struck near Ridgecrest in the Mojave Desert on Friday night, a day after a 6.4 quake there, officials said.", "2019-07-06");
    expect(texts(findings(first, second))).toEqual([]);
  });
});
