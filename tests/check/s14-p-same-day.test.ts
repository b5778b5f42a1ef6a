/**
 * Tolls of one day hours apart, and a figure the other report gives too (session 14, P). Real
 * text: AFP's two copies of 1 Jul 2014 on the Moulivakkam collapse (Tengri News, AsiaOne),
 * Reuters and TAAN on the Everest avalanche's own day (18 Apr 2014), IANS and Rediff the day after
 * the Naina Devi stampede (4 Aug 2008), Disaster Report's live page on the Jure landslide (2014).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countedOnTheDay, sameDayRise } from "../../core/check/same-day.js";
import { alsoSaid } from "../../core/check/also-said.js";
import type { Article, Claim, Finding } from "../../core/model.js";
import { article, checkInOrder, claimOn, subject } from "./support.js";


const between = (findings: Finding[], x: string, y: string) =>
  findings.filter((f) => f.kind === "cross-article-conflict" && [x, y].every((t) => f.claims.some((c) => c.text === t)));

function toll(doc: Article, text: string, value: number, extra: Partial<Claim> & { nth?: number } = {}): Claim {
  return claimOn(doc, { text, value, unit: "person", dimension: "count", subject: subject("killed", { text: "death toll", frame: { measure: { id: "killed", text: "death toll" }, scope: [] } }), ...extra });
}

const rose = { direction: "up", role: "to", text: "rose" } as const;

describe("two tolls of one day, the higher told as risen (same-day.ts sameDayRise)", () => {
  const morning = article("m", "While the death toll rose to 26, officials said more were trapped.", "2014-07-01");
  const afternoon = article("a", "The death toll rose to 31. A total of 31 people were now confirmed killed.", "2014-07-01");
  const next = article("n", "The death toll rose to 31.", "2014-07-02");
  it("reads the higher as the later count of the day, told on the figure or beside it in its report", () => {
    expect(sameDayRise(toll(morning, "26", 26, { change: rose }), toll(afternoon, "31", 31, { change: rose }))).toBe(true);
    const total = toll(afternoon, "31", 31, { nth: 1 });
    expect(sameDayRise(toll(morning, "26", 26), total)).toBe(false);
    expect(sameDayRise(toll(morning, "26", 26), total, [toll(afternoon, "31", 31, { change: rose })])).toBe(true);
  });
  it("does not where only the lower is told as risen, the days differ, or one report gives both", () => {
    expect(sameDayRise(toll(morning, "26", 26, { change: rose }), toll(afternoon, "31", 31, { nth: 1 }))).toBe(false);
    expect(sameDayRise(toll(morning, "26", 26), toll(next, "31", 31, { change: rose }))).toBe(false);
    expect(sameDayRise(toll(afternoon, "31", 31), toll(afternoon, "31", 31, { nth: 1, value: 40, change: rose }))).toBe(false);
  });
});

describe("two tolls of their event's own day (same-day.ts countedOnTheDay)", () => {
  const event = (date: string) => ({ id: "avalanche", text: "avalanche", date });
  const framed = (doc: Article, text: string, value: number, date: string) =>
    toll(doc, text, value, { subject: subject("killed", { text: "killed in avalanche", frame: { measure: { id: "killed", text: "killed" }, scope: [], event: event(date) } }) });
  const one = article("r", "Nine Nepali guides killed in Everest avalanche.", "2014-04-18");
  const two = article("t", "Everest avalanche claims 12 lives.", "2014-04-18");
  const later = article("l", "Everest avalanche claims 12 lives.", "2014-04-19");
  it("knows counts of the event's day as hours apart", () => {
    expect(countedOnTheDay(framed(one, "Nine", 9, "2014-04-18"), framed(two, "12", 12, "2014-04-18"))).toBe(true);
  });
  it("and of the day after, while the dead are still being found", () => {
    expect(countedOnTheDay(framed(one, "Nine", 9, "2014-04-17"), framed(two, "12", 12, "2014-04-17"))).toBe(true);
  });
  it("not two days on, nor the injured, nor with no event day read, nor on two days", () => {
    expect(countedOnTheDay(framed(one, "Nine", 9, "2014-04-16"), framed(two, "12", 12, "2014-04-16"))).toBe(false);
    const hurt = (doc: Article, text: string, value: number) =>
      toll(doc, text, value, { subject: subject("injured", { text: "injured in avalanche", frame: { measure: { id: "injured", text: "injured" }, scope: [], event: event("2014-04-18") } }) });
    expect(countedOnTheDay(hurt(one, "Nine", 9), hurt(two, "12", 12))).toBe(false);
    expect(countedOnTheDay(toll(one, "Nine", 9), toll(two, "12", 12))).toBe(false);
    expect(countedOnTheDay(framed(one, "Nine", 9, "2014-04-18"), framed(later, "12", 12, "2014-04-18"))).toBe(false);
  });
});

describe("a figure the other report gives too (also-said.ts)", () => {
  const live = article("live", "Death toll has risen to 33. Death toll from landslide has risen to 23.", "2014-08-06");
  const other = article("o", "At least 33 people have been confirmed dead.", "2014-08-05");
  const atLeast33 = toll(other, "33", 33, { qualifier: "atLeast" });
  it("finds the same number for the same measure in the other report", () => {
    expect(alsoSaid(atLeast33, toll(live, "23", 23), [toll(live, "33", 33), toll(live, "23", 23)])).toBe(true);
  });
  it("not a bound that merely admits the figure, nor a figure of its own report", () => {
    const over30 = toll(live, "33", 30, { qualifier: "atLeast" });
    expect(alsoSaid(atLeast33, toll(live, "23", 23), [over30, toll(live, "23", 23)])).toBe(false);
    expect(alsoSaid(atLeast33, toll(live, "23", 23), [toll(other, "33", 33)])).toBe(false);
  });
});

describe("severity on real text (rules/cross-article-conflict.ts; the texts of tests/corpus/check/s14-p-same-day.json)", () => {
  const entries = JSON.parse(readFileSync(join(import.meta.dirname, "..", "corpus", "check", "s14-p-same-day.json"), "utf8")) as { name: string; articles: Article[] }[];
  const texts = (name: string) => entries.find((e) => e.name.includes(name))!.articles;
  it("gives two AFP copies of one Tuesday ('rose to 26', 'rose to 31') nothing: the count going on", () => {
    expect(between(checkInOrder(...texts("Moulivakkam")), "26", "31")).toEqual([]);
  });
  it("gives the event's first day's dead at odds a discrepancy: an earlier hour's count", () => {
    const found = checkInOrder(...texts("Everest")).filter((f) => f.kind === "cross-article-conflict");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.severity === "discrepancy" && f.explanation.includes("earlier hour"))).toBe(true);
  });
  it("keeps a contradiction for one day's counts neither told as risen, the day after the event", () => {
    expect(between(checkInOrder(...texts("Naina Devi")), "40", "more than 50").map((f) => f.severity)).toContain("contradiction");
  });
  it("raises nothing between a page's 'at least 33' and a live page that gives 33 beside its earlier 23", () => {
    expect(checkInOrder(...texts("Jure")).filter((f) => f.kind === "cross-article-conflict")).toEqual([]);
  });
});
