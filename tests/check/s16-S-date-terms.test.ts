import { describe, expect, it } from "vitest";
import { checkClaims } from "../../core/check/index.js";
import { termEndsApart, twoTerms } from "../../core/check/rules/date-terms.js";
import type { Article, Claim, Frame } from "../../core/model.js";
import { article, claimOn, subject } from "./support.js";

const kibaki: Frame = { measure: { id: "date.office-start", text: "president" }, scope: [{ kind: "named", id: "mwai-kibaki", text: "Mwai Kibaki" }], event: { id: "rule-office", text: "president" }, rules: ["s16-S-test"] };
const termOf = (doc: Article, text: string, first: number, last: number, frame = kibaki): Claim =>
  claimOn(doc, { text, value: String(first), qualifier: "range", low: first, high: last, subject: { ...subject("date.office-start"), frame } });
const tookOffice = (doc: Article, text: string, year: number, frame = kibaki): Claim =>
  claimOn(doc, { text, value: String(year), subject: { ...subject("date.office-start"), frame } });

const a = article("a", "Mwai Kibaki was Kenya's president from 2002 to 2012.", "2022-04-22", "Outlet A");
const b = article("b", "Mwai Kibaki, president from 2002 to 2013, died on Friday.", "2022-04-23", "Outlet B");

function across(own: Claim, other: Claim, otherDoc: Article, doc: Article) {
  const { body: _body, ...summary } = otherDoc;
  return checkClaims({ article: doc, claims: [own], related: { claims: [other], articles: [summary] } }).filter((f) => f.kind === "date-conflict");
}

describe("a person's term told as a span of years (date-terms.ts)", () => {
  it("finds two spans of one term that end in different years, though they start alike", () => {
    const [x, y] = [termOf(a, "from 2002 to 2012", 2002, 2012), termOf(b, "from 2002 to 2013", 2002, 2013)];
    expect(termEndsApart(x, y)).toBe(true);
    const findings = across(y, x, a, b);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.explanation).toContain("the term is said to end in 2013 and in 2012");
  });

  it("finds nothing when the spans agree", () => {
    const doc = article("c", "Mwai Kibaki, Kenya's president from 2002 to 2013, died.", "2022-04-23");
    expect(across(termOf(doc, "from 2002 to 2013", 2002, 2013), termOf(b, "from 2002 to 2013", 2002, 2013), b, doc)).toEqual([]);
  });

  it("reads a taking of office after a span's last year as another term, never a misdating", () => {
    const first = article("d", "He was president from 2017 to 2021.", "2025-01-21");
    const second = article("e", "He took office in 2025.", "2025-01-21");
    const [span, again] = [termOf(first, "from 2017 to 2021", 2017, 2021), tookOffice(second, "in 2025", 2025)];
    expect(twoTerms(span, again)).toBe(true);
    expect(across(again, span, first, second)).toEqual([]);
  });

  it("leaves a taking of office inside the span to the dates' own comparison", () => {
    const first = article("f", "He was president from 2017 to 2021.", "2025-01-21");
    expect(twoTerms(termOf(first, "from 2017 to 2021", 2017, 2021), tookOffice(first, "2017", 2018))).toBe(false);
  });
});

describe("a person's elections and sentences recur in a life (data/frame-classes.ts RECURRING_DATE_MEASURES)", () => {
  const elected: Frame = { measure: { id: "date.elected", text: "elected" }, scope: [{ kind: "named", id: "john-magufuli", text: "John Magufuli" }], rules: ["s16-S-test"] };
  const first = article("g", "John Magufuli won the presidency in 2015.", "2020-10-30", "Outlet G");
  const second = article("h", "John Magufuli was elected president in 2020.", "2020-10-31", "Outlet H");
  const on = (doc: Article, text: string, year: string, frame: Frame): Claim => claimOn(doc, { text, value: year, subject: { ...subject(frame.measure.id), frame } });

  it("reads two elections of one person years apart as two elections, not one misdated", () => {
    expect(across(on(second, "in 2020", "2020", elected), on(first, "in 2015", "2015", elected), first, second)).toEqual([]);
  });

  it("still compares a birth told with two years", () => {
    const born: Frame = { ...elected, measure: { id: "date.birth", text: "born" } };
    const x = article("i", "John Magufuli was born in 1959.", "2021-03-18");
    const y = article("j", "John Magufuli, born in 1960, died.", "2021-03-18");
    expect(across(on(y, "in 1960", "1960", born), on(x, "in 1959", "1959", born), x, y)).toHaveLength(1);
  });
});
