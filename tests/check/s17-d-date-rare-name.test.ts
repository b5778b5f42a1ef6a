import { describe, expect, it } from "vitest";
import type { Claim, Frame, ScopeEntity } from "../../core/model.js";
import { rareNameDay } from "../../core/check/frame/date-rare-name.js";
import type { Pair } from "../../core/check/frame/pair.js";

const name = (id: string, text: string, ...within: string[]): ScopeEntity => ({ kind: "named", id: `name:${id}`, text, within });
const frame = (scope: ScopeEntity[], rule = "frame.story-day"): Frame => ({ measure: { id: "date.occurred", text: "fire" }, event: { id: "fire", text: "fire" }, scope, rules: [rule] });
const claim = (articleId: string, value: string, asOf: string): Claim => ({
  id: `${articleId}#d`, articleId, kind: "date", text: value, start: 0, end: 0, value, qualifier: "exact", modality: "asserted", asOf, rules: [],
});
const pair = (fa: Frame, fb: Frame, va = "2024-09-06", vb = "2024-09-05", asOfB = "2025-11-24"): Pair => ({
  a: claim("a", va, "2024-09-06"), b: claim("b", vb, asOfB), fa, fb, event: { kind: "same", dated: false, placed: false }, scope: { shared: [] },
} as unknown as Pair);

const ENDARASHA = name("endarasha", "Endarasha", "lead", "class:fire");
const ACADEMY = name("hillside-endarasha-academy", "Hillside Endarasha Academy", "lead", "class:fire");
const NYERI = name("nyeri", "Nyeri", "lead", "known", "class:fire");

describe("one event dated by two leads at a rare name, however far apart the reports (date-rare-name.ts)", () => {
  it("ties the days two leads give one class of event at a rare name, a word of the other's longer name, a year on", () => {
    expect(rareNameDay(pair(frame([ENDARASHA]), frame([ACADEMY], "frame.story-incident")))).toBe("Hillside Endarasha Academy");
  });
  it("does not tie them by a known city, days more than two apart, another class, or a date no lead gives as its event's", () => {
    expect(rareNameDay(pair(frame([NYERI]), frame([NYERI])))).toBeUndefined();
    expect(rareNameDay(pair(frame([ENDARASHA]), frame([ACADEMY]), "2024-09-06", "2024-09-01"))).toBeUndefined();
    const collapse: Frame = { ...frame([ACADEMY]), event: { id: "collapse", text: "collapse" } };
    expect(rareNameDay(pair(frame([ENDARASHA]), collapse))).toBeUndefined();
    expect(rareNameDay(pair(frame([ENDARASHA]), frame([ACADEMY], "frame.date-head")))).toBeUndefined();
  });
});
