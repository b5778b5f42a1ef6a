import { describe, expect, it } from "vitest";
import type { Finding } from "../../core/model.js";
import { runEntry } from "./corpus-runner.js";

// Samaa English (1 February 2023) and Dawn (4 February 2023) on the 30 January 2023 Peshawar
// mosque blast, as in tests/corpus/check/heldout-frames.json; Al Arabiya (Reuters) and Sowetan
// (Reuters), 2 October 2022, on the Kanjuruhan stadium crush.
const samaa = {
  id: "samaa", published: "2023-02-01", source: "Samaa English",
  body: "The Counter Terrorism Counter (CTD) Police in Peshawar on Wednesday registered a First Information Report (FIR) for Monday's deadly suicide attack on a mosque in the Police Lines area.\n\nToll rises\n\nThe toll from Peshawar's blast rose on Wednesday after one of the critically injured in the attack succumbed to their injuries.\n\nThis meant that the toll rose to 101.",
};
const dawnLead = "Peshawar police on Saturday revised down the death toll of the January 30 mosque blast to 84 after taking out names that were repeated in the martyrs list.";
const dawnSite = "On Monday, a powerful explosion ripped through a mosque in Peshawar's Red Zone area where between 300 and 400 people — mostly police officers — had gathered for prayers.";
const dawnEarlier = "The Khyber Pakhtunkhwa Health Department on Wednesday said the death toll in the attack increased to 101 after another injured person succumbed to his wounds.";
const dawn = (body: string) => ({ id: "dawn", published: "2023-02-04", source: "Dawn", body });

const tollsOf = (findings: Finding[], a: string, b: string) =>
  findings.filter((f) => f.kind === "cross-article-conflict" && [a, b].every((t) => f.claims.some((c) => c.text.includes(t))));

// A told revision is a discrepancy: time explains the two figures and the later report says which is current.
describe("a toll the later report tells as revised down from another report's figure (told-revision.ts)", () => {
  it("says the earlier figure was corrected, naming the two figures the report gives", () => {
    const [finding, ...rest] = tollsOf(runEntry({ name: "peshawar", articles: [samaa, dawn(`Death toll of Peshawar mosque blast revised down to 84: police\n\n${dawnLead}\n\n${dawnSite}\n\n${dawnEarlier}`)] }), "101", "84");
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("discrepancy");
    expect(finding?.explanation).toContain("revised down (“84”, from “101”)");
    expect(finding?.explanation).toContain("the earlier figure was corrected");
  });

  it("reads the figure the report names as the one it came from ('as high as 174'), the same day too", () => {
    const findings = runEntry({
      name: "kanjuruhan",
      articles: [
        { id: "arabiya", published: "2022-10-02", source: "Al Arabiya (Reuters)", body: "Death toll in Indonesian football stampede reaches 174: Deputy governor\n\nThe death toll from an Indonesian football riot that turned into a stampede jumped to 174 on Sunday, an official told local media." },
        { id: "sowetan", published: "2022-10-02", source: "Sowetan (Reuters)", body: "Death toll from Indonesian football stampede revised down to 125 - official\n\nThe death toll from a stampede at a soccer stadium in Indonesia's East Java province has been revised down to 125, a government official said on Sunday.\n\nEast Java Deputy governor Emil Dardak said the data cross- checked from 10 hospitals in the area showed there were 125 fatalities. Earlier officials had put the figure as high as 174." },
      ],
    });
    const [finding] = tollsOf(findings, "174", "125");
    expect(finding?.explanation).toContain("revised down (“125”, from “174”)");
  });

  it("a fall the report tells as a change from the named figure ('down to 172 from 195'), no longer set aside as the count going on", () => {
    // Paraphrased from AP and Reuters copy of 29 and 30 November 2008 (as in story-identity-s7-f2.json).
    const findings = runEntry({ name: "mumbai", articles: [
      { id: "a", published: "2008-11-29", body: "Mumbai attacks toll rises to 195\nThe toll from the attacks on two hotels, a railway station and a Jewish centre in Mumbai rose to 195, officials said on Saturday.\nCommandos ended the siege of the Taj hotel in Mumbai." },
      { id: "b", published: "2008-11-30", body: "Mumbai toll revised down to 172\nOfficials revised the toll from the Mumbai attacks down to 172 from 195 on Sunday, saying some bodies had been counted twice.\nThe siege in Mumbai lasted 60 hours." },
    ] });
    const [finding] = tollsOf(findings, "195", "172");
    expect(finding?.severity).toBe("discrepancy");
    expect(finding?.explanation).toContain("the earlier figure was corrected");
  });

  it("stays a contradiction when the later report names the earlier figure but tells no revision", () => {
    const [finding] = tollsOf(runEntry({ name: "peshawar, untold", articles: [samaa, dawn(`Peshawar police on Saturday said the death toll of the January 30 mosque blast stood at 84.\n\n${dawnSite}\n\n${dawnEarlier}`)] }), "101", "84");
    expect(finding?.severity).toBe("contradiction");
    expect(finding?.explanation).not.toContain("revised down");
  });

  it("stays a contradiction when the later report tells a revision but never names the earlier figure", () => {
    const [finding] = tollsOf(runEntry({ name: "peshawar, unnamed", articles: [samaa, dawn(`${dawnLead}\n\n${dawnSite}`)] }), "101", "84");
    expect(finding?.severity).toBe("contradiction");
    expect(finding?.explanation).not.toContain("revised down");
  });
});
