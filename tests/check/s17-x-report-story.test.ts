import { describe, expect, it } from "vitest";
import type { Claim, ScopeEntity } from "../../core/model.js";
import { alignReports, nameInside, reportNames, reportsOf } from "../../core/check/aligned/report-story.js";

// Session 17 (issue 15), X: two reports aligned as one story before their figures are paired
// (core/check/aligned/report-story.ts). Names as the extraction lends them to a report's figures.

function name(slug: string, opts: { lead?: boolean; known?: boolean; cls?: string; day?: string } = {}): ScopeEntity {
  const { lead = true, known = false, cls, day } = opts;
  const within = [...(lead ? ["lead"] : []), ...(known ? ["known"] : []), ...(cls ? [`class:${cls}`] : []), ...(day ? [`day:${day}`] : [])];
  return { kind: "named", id: `name:${slug}`, text: slug, within };
}

function figure(articleId: string, story: ScopeEntity[]): Claim {
  return { id: `${articleId}-1`, articleId, kind: "quantity", text: "12", start: 0, end: 2, value: 12, qualifier: "exact", modality: "asserted", rules: [], headWord: { word: "people", story } };
}

const report = (id: string, published: string, story: ScopeEntity[]) => ({ article: { id, published }, claims: [figure(id, story)] });

describe("alignReports", () => {
  it("aligns two reports of one ferry capsize a day apart by the rare name both leads give", () => {
    const a = report("a", "2024-03-02", [name("padma", { cls: "capsize" }), name("munshiganj", { known: true, cls: "capsize" })]);
    const b = report("b", "2024-03-03", [name("padma", { cls: "capsize" })]);
    const aligned = alignReports(b, a);
    expect(aligned?.names.map((n) => n.id)).toEqual(["name:padma"]);
    expect(aligned?.why).toContain("published 1 day apart");
  });

  it("does not align two events of one class in one busy city a week apart", () => {
    const a = report("a", "2024-03-02", [name("karachi", { known: true, cls: "attack" })]);
    const b = report("b", "2024-03-08", [name("karachi", { known: true, cls: "attack" })]);
    expect(alignReports(b, a)).toBeNull();
  });

  it("does not align reports of two classes of event, whatever names they share", () => {
    const a = report("a", "2024-03-02", [name("padma", { cls: "capsize" })]);
    const b = report("b", "2024-03-02", [name("padma", { cls: "fire" })]);
    expect(alignReports(b, a)).toBeNull();
  });

  it("does not align reports published a month apart, nor a report with no day", () => {
    const a = report("a", "2024-03-02", [name("padma", { cls: "capsize" })]);
    expect(alignReports(report("b", "2024-04-10", [name("padma", { cls: "capsize" })]), a)).toBeNull();
    expect(alignReports({ article: { id: "c" }, claims: [figure("c", [name("padma", { cls: "capsize" })])] }, a)).toBeNull();
  });

  it("does not align a report with itself, nor one whose figures carry no story names", () => {
    const a = report("a", "2024-03-02", [name("padma", { cls: "capsize" })]);
    expect(alignReports(a, a)).toBeNull();
    expect(alignReports(report("b", "2024-03-02", []), a)).toBeNull();
  });
});

describe("alignReports: reports of one day", () => {
  it("aligns two reports of one day whose leads give one city, one telling no class of event", () => {
    const a = report("a", "2016-11-03", [name("karachi", { known: true }), name("jumma-goth", { lead: false })]);
    const b = report("b", "2016-11-03", [name("karachi", { known: true, cls: "crash" }), name("jinnah", { lead: false, cls: "crash" })]);
    expect(alignReports(b, a)?.names.map((n) => n.id)).toEqual(["name:karachi"]);
  });

  it("ties a name written shorter inside the other's when the leads tell one day", () => {
    const a = report("a", "2016-04-10", [name("paravur-puttingal-devi", { cls: "fire", day: "2016-04-10" })]);
    const b = report("b", "2016-04-11", [name("puttingal-devi", { cls: "fire", day: "2016-04-10" })]);
    expect(alignReports(b, a)).not.toBeNull();
    expect(nameInside(name("puttingal-devi"), name("paravur-puttingal-devi"))).toBe(true);
    expect(nameInside(name("devi"), name("paravur-puttingal-devi"))).toBe(false);
  });

  it("does not align one city's reports of two days, nor of two classes of event", () => {
    const a = report("a", "2016-11-03", [name("karachi", { known: true, cls: "crash" })]);
    expect(alignReports(report("b", "2016-11-07", [name("karachi", { known: true, cls: "crash" })]), a)).toBeNull();
    expect(alignReports(report("c", "2016-11-03", [name("karachi", { known: true, cls: "fire" })]), a)).toBeNull();
  });
});

describe("reportNames", () => {
  it("reads each name once, in its fullest reading, from every claim of the report", () => {
    const claims = [figure("a", [name("padma", { lead: false })]), figure("a", [name("padma", { cls: "capsize" }), name("dhaka", { known: true })])];
    const names = reportNames(claims);
    expect(names.map((n) => n.id)).toEqual(["name:dhaka", "name:padma"]);
    expect(names.find((n) => n.id === "name:padma")?.within).toEqual(["lead", "class:capsize"]);
  });
});

describe("reportsOf", () => {
  it("groups the related claims by report, the checked report first", () => {
    const own = report("a", "2024-03-02", []);
    const related = [figure("b", []), figure("c", []), figure("b", [])];
    const reports = reportsOf(own, related, new Map([["b", { id: "b", published: "2024-03-01" }]]));
    expect(reports.map((r) => [r.article.id, r.claims.length])).toEqual([["a", 1], ["b", 2], ["c", 1]]);
    expect(reports[1]!.article.published).toBe("2024-03-01");
  });
});
