import { describe, expect, it } from "vitest";
import { checkClaims } from "../../core/check/index.js";
import type { Article, Claim } from "../../core/model.js";
import { article, claimOn, subject } from "./support.js";

const raid = subject("raid|baghdadi-raid", { text: "the raid that killed al-Baghdadi", event: "baghdadi-raid" });

function summary(doc: Article) {
  const { body: _body, ...rest } = doc;
  return rest;
}

function across(own: Claim, other: Claim, otherDoc: Article, doc: Article) {
  return checkClaims({ article: doc, claims: [own], related: { claims: [other], articles: [summary(otherDoc)] } })
    .filter((f) => f.rule === "date-conflict");
}

const first = article("first", "The raid took place on 26 October 2019 in Idlib.", "2019-10-28", "Outlet A");
const second = article("second", "The raid on 27 October 2019 killed al-Baghdadi.", "2019-11-02", "Outlet B");
const onFirst = (fields: Partial<Claim> = {}) => claimOn(first, { text: "26 October 2019", value: "2019-10-26", subject: raid, ...fields });

describe("date-conflict", () => {
  it("reports one event dated differently by two articles", () => {
    const [finding, ...rest] = across(claimOn(second, { text: "27 October 2019", value: "2019-10-27", subject: raid }), onFirst(), first, second);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: "date-conflict", severity: "contradiction" });
    expect(finding?.explanation).toContain("27 October 2019");
    expect(finding?.explanation).toContain("26 October 2019 (Outlet A, 2019-10-28)");
  });

  it("reports one event dated differently inside one article", () => {
    const doc = article("one", "The raid on 26 October 2019 ... the 27 October 2019 raid", "2019-11-01");
    const findings = checkClaims({ article: doc, related: { claims: [], articles: [] }, claims: [
      claimOn(doc, { text: "26 October 2019", value: "2019-10-26", subject: raid }),
      claimOn(doc, { text: "27 October 2019", value: "2019-10-27", subject: raid }),
    ] });
    expect(findings.map((f) => f.kind)).toEqual(["date-conflict"]);
    expect(findings[0]?.explanation).toContain("this article dates it");
  });

  it("treats a less precise date as agreeing: 2019 vs 26 October 2019", () => {
    const vague = article("vague", "the 2019 raid", "2020-01-01");
    expect(across(claimOn(vague, { text: "2019", value: "2019", subject: raid }), onFirst(), first, vague)).toEqual([]);
  });

  it("does not compare dates of two different events", () => {
    const other = subject("raid|soleimani-strike", { event: "soleimani-strike" });
    expect(across(claimOn(second, { text: "27 October 2019", value: "2019-10-27", subject: other }), onFirst(), first, second)).toEqual([]);
  });

  it("does not compare dates with no named event", () => {
    const plain = subject("meeting");
    expect(across(claimOn(second, { text: "27 October 2019", value: "2019-10-27", subject: plain }), onFirst({ subject: plain }), first, second)).toEqual([]);
  });

  it("does not compare a hypothetical date", () => {
    const own = claimOn(second, { text: "27 October 2019", value: "2019-10-27", subject: raid, modality: "hypothetical" });
    expect(across(own, onFirst(), first, second)).toEqual([]);
  });
});

describe("date-conflict: one thing named short and long (shortForm)", () => {
  const named = (text: string, id: string) => ({ kind: "named" as const, id, text });
  it("takes a name's short form, two words at least, for the same thing", async () => {
    const { shortForm } = await import("../../core/check/rules/date-conflict.js");
    expect(shortForm(named("Tacoma Narrows Bridge", "tacoma-narrows-bridge"), named("the Tacoma Narrows suspension bridge", "tacoma-narrows-suspension"))).toBe(true);
    expect(shortForm(named("Nelson Mandela", "nelson-mandela"), named("Nelson Rolihlahla Mandela", "nelson-rolihlahla-mandela"))).toBe(true);
  });
  it("does not take one word, or two different names sharing a word, for the same thing", async () => {
    const { shortForm } = await import("../../core/check/rules/date-conflict.js");
    expect(shortForm(named("Mandela", "mandela"), named("Nelson Mandela", "nelson-mandela"))).toBe(false);
    expect(shortForm(named("Golden Gate Bridge", "golden-gate-bridge"), named("Golden Horn Bridge", "golden-horn-bridge"))).toBe(false);
    expect(shortForm(named("Tacoma Narrows Bridge", "tacoma-narrows-bridge"), named("Tacoma Narrows Bridge", "tacoma-narrows-bridge"))).toBe(false);
  });
  it("takes the same words of a name in another order for the same thing, never other words", async () => {
    const { shortForm } = await import("../../core/check/rules/date-conflict.js");
    expect(shortForm(named("Canakkale 1915 Bridge", "canakkale-1915"), named("1915 Canakkale Bridge", "1915-canakkale"))).toBe(true);
    expect(shortForm(named("Canakkale 1915 Bridge", "canakkale-1915"), named("Canakkale 2015 Bridge", "canakkale-2015"))).toBe(false);
  });
});
