/**
 * Two reports of one day put in order by a told rise, and their other counts of the dead
 * (same-day.ts laterHourOfTheDay, session 15, P). Real text: Daily Pakistan and Dawn (copied by AFN
 * News) on the Khyber Pakhtunkhwa floods, Saturday 16 August 2025 (PDMA: 327 then 332; Buner 204
 * then 208); the corpus entry is tests/corpus/check/s15-p-later-hour.json.
 */
import { describe, expect, it } from "vitest";
import { laterHourOfTheDay } from "../../core/check/same-day.js";
import type { Article, Claim } from "../../core/model.js";
import { article, claimOn, subject } from "./support.js";
import { loadEntries, runEntry } from "./corpus-runner.js";

function toll(doc: Article, text: string, value: number, extra: Partial<Claim> & { nth?: number } = {}): Claim {
  return claimOn(doc, { text, value, unit: "person", dimension: "count", subject: subject("killed", { text: "deaths", frame: { measure: { id: "killed", text: "deaths" }, scope: [] } }), ...extra });
}

const rose = { direction: "up", role: "to", text: "climbed" } as const;

describe("two reports of one day a told rise puts in order (same-day.ts laterHourOfTheDay)", () => {
  const morning = article("m", "The death toll climbed to 327 on Saturday. Buner recorded 204 deaths.", "2025-08-16");
  const evening = article("e", "The death toll surged to 332 on Saturday. Buner recorded 208 deaths and Swat 19.", "2025-08-16");
  const nextDay = article("n", "The death toll surged to 332. Buner recorded 208 deaths.", "2025-08-17");
  const unordered = article("u", "The death toll stood at 332 on Saturday. Buner recorded 208 deaths.", "2025-08-16");
  const m327 = toll(morning, "327", 327, { change: rose });
  const e332 = toll(evening, "332", 332, { change: { ...rose, text: "surged" } });
  it("reads another count of the dead that moves the same way as the same two hours", () => {
    expect(laterHourOfTheDay(toll(morning, "204", 204), toll(evening, "208", 208), [m327, e332])).toBe(true);
    expect(laterHourOfTheDay(toll(evening, "208", 208), toll(morning, "204", 204), [m327, e332])).toBe(true);
  });
  it("does not where the later report's count is lower, nothing orders the reports, or the days differ", () => {
    const swatMorning = article("sm", "The death toll climbed to 327 on Saturday. Swat recorded 22 deaths.", "2025-08-16");
    expect(laterHourOfTheDay(toll(swatMorning, "22", 22), toll(evening, "19", 19), [toll(swatMorning, "327", 327, { change: rose }), e332])).toBe(false);
    expect(laterHourOfTheDay(toll(morning, "204", 204), toll(unordered, "208", 208), [m327, toll(unordered, "332", 332)])).toBe(false);
    expect(laterHourOfTheDay(toll(morning, "204", 204), toll(nextDay, "208", 208), [m327, toll(nextDay, "332", 332, { change: rose })])).toBe(false);
  });
  it("reads the dead only", () => {
    const hurt = (doc: Article, text: string, value: number) => toll(doc, text, value, { subject: subject("injured", { text: "injured", frame: { measure: { id: "injured", text: "injured" }, scope: [] } }) });
    expect(laterHourOfTheDay(hurt(morning, "204", 204), hurt(evening, "208", 208), [m327, e332])).toBe(false);
  });
});

describe("the cross-article check on the two reports (rules/cross-article-conflict.ts)", () => {
  const [floods] = loadEntries("s15-p-later-hour.json");
  const between = (texts: string[]) => runEntry(floods!).filter((f) => f.kind === "cross-article-conflict" && texts.every((t) => f.claims.some((c) => c.text === t)));
  it("gives no finding for Buner's 204 and 208 beside 'climbed to 327' and 'surged to 332'", () => {
    expect(floods?.articles.length).toBe(2);
    expect(between(["204", "208"])).toEqual([]);
  });
  it("still gives one where neither report tells its toll as risen ('stood at 332')", () => {
    const untold = floods!.articles.map((a) => ({ ...a, body: a.body.replace("surged to 332", "stood at 332").replace("climbed to 327", "stood at 327").replace("surges to over 340", "is over 340") }));
    const findings = runEntry({ ...floods!, articles: untold }).filter((f) => f.kind === "cross-article-conflict" && ["204", "208"].every((t) => f.claims.some((c) => c.text === t)));
    expect(findings).not.toEqual([]);
  });
});
