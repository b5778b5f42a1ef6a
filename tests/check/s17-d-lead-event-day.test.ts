import { describe, expect, it } from "vitest";
import { checkThroughIndex as check } from "./support.js";
import type { Article, Finding } from "../../core/model.js";

const dates = (findings: Finding[]) => findings.filter((f) => f.kind === "date-conflict").map((f) => f.claims.map((c) => c.text).sort());

const report = (id: string, lead: string, published: string): Article => ({
  id, published, body: `Expo 2020 Dubai comes to a close\n${lead}\nExpo 2020 Dubai ran for six months at the site in Dubai South, near Jebel Ali in Dubai.`,
});

describe("two reports dating their story's event by their leads (lead-event-day.ts, date-strength.ts)", () => {
  it("finds the day one lead gives apart from the other's, for one class of event", () => {
    const a = report("a", "Dubai shuttered Expo 2020 at Jebel Ali with a closing ceremony punctuated by fireworks on Thursday, leaving a mini-city in the desert.", "2022-03-31");
    const b = report("b", "Dubai closed Expo 2020 at Jebel Ali with a ceremony on Friday, ending six months of shows in the desert.", "2022-04-02");
    const found = check(a, b).filter((f) => f.kind === "date-conflict");
    expect(dates(found)).toEqual([["Friday", "Thursday"]]);
    expect(found[0]!.explanation).toMatch(/one story \(both reports: closure; both name Dubai and Jebel Ali/);
  });
  it("finds nothing when the days agree, or when the leads date two classes of event", () => {
    const a = report("a", "Dubai shuttered Expo 2020 at Jebel Ali with a closing ceremony on Thursday, leaving a mini-city in the desert.", "2022-03-31");
    const same = report("b", "Dubai closed Expo 2020 at Jebel Ali with a ceremony on March 31, ending six months of shows in the desert.", "2022-04-02");
    expect(dates(check(a, same))).toEqual([]);
    const other = report("c", "Dubai reopened the Expo 2020 site at Jebel Ali to visitors on Friday as Expo City Dubai.", "2022-04-02");
    expect(dates(check(a, other))).toEqual([]);
  });
});
