import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleOffset, joinWindows, MAX_JOINED, SEPARATOR } from "../../../core/extract/dates/joined.js";
import { parseWindow } from "../../../core/extract/dates/chrono.js";
import { referenceFrom } from "../../../core/extract/dates/reference.js";
import { findDates } from "../../../core/extract/dates.js";
import { dateWindows } from "../../../core/extract/dates/windows.js";
import { toMention } from "../../../core/extract/dates/to-mention.js";
import { readFrontMatter } from "../../../core/index.js";

const EXAMPLES = path.resolve(import.meta.dirname, "../../../examples");

describe("joinWindows", () => {
  it("maps every character of every window back to its place in the article", () => {
    const windows = fc.array(fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 30 })), { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(fc.string({ minLength: 400, maxLength: 400 }), windows, (article, gaps) => {
      let at = 0;
      const spans = gaps.map(([gap, length]) => {
        const start = Math.min(at + gap, 399);
        at = Math.min(start + length, 400);
        return { start, end: at, full: true };
      }).filter((w) => w.end > w.start);
      const [joined, ...more] = joinWindows(article, spans);
      expect(more).toEqual([]);
      spans.forEach((w, k) => {
        for (let i = 0; i < w.end - w.start; i++) {
          expect(articleOffset(joined!, joined!.starts[k]! + i)).toBe(w.start + i);
          expect(joined!.text[joined!.starts[k]! + i]).toBe(article[w.start + i]);
        }
      });
    }));
  });

  it("cuts a long run of windows into bounded texts, every window once and in order", () => {
    // Some of chrono's refiners read all the text before each result: unbounded, a data dump
    // of dates would cost the square of its length.
    const text = "It happened on Jan. 5, 2020 and Monday. ".repeat(2500);
    const windows = dateWindows(text).filter((w) => w.full);
    const batches = joinWindows(text, windows);
    expect(batches.length).toBeGreaterThan(10);
    for (const batch of batches) expect(batch.text.length).toBeLessThanOrEqual(MAX_JOINED);
    expect(batches.flatMap((b) => b.windows)).toEqual(windows);
  });

  it("keeps chrono from reading or merging across two windows", () => {
    const ref = referenceFrom("2024-06-01")!;
    // Side by side they would be one date-time; apart, "at 5 pm" is a time alone and goes.
    expect(parseWindow("met on Monday at 5 pm it ended", ref).map((r) => r.text)).toEqual(["on Monday at 5 pm"]);
    expect(parseWindow(`met on Monday${SEPARATOR}at 5 pm it ended`, ref).map((r) => r.text)).toEqual(["on Monday"]);
    expect(parseWindow(`from 12${SEPARATOR}to 15 July`, ref).map((r) => r.text)).toEqual(["15 July"]);
  });

  it("gives the dates each window gives when read alone, in the example articles", () => {
    let compared = 0;
    for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith(".txt"))) {
      const { fields, body } = readFrontMatter(readFileSync(path.join(EXAMPLES, file), "utf8"));
      const reference = referenceFrom(fields.published)!;
      const alone = dateWindows(body).flatMap((w) => {
        const textBefore = (i: number) => body.slice(Math.max(0, w.start + i - 100), w.start + i);
        return parseWindow(body.slice(w.start, w.end), reference, textBefore, w.full).map((r) => toMention(r, w.start, body));
      }).filter((m) => m !== null).map((m) => `${m.start}:${m.end}:${m.value}`);
      const joined = findDates(body, fields.published).map((m) => `${m.start}:${m.end}:${m.value}`);
      compared += joined.length;
      expect(joined).toEqual([...new Set(alone)].sort((a, b) => Number(a.split(":")[0]) - Number(b.split(":")[0])));
    }
    expect(compared).toBeGreaterThan(20);
  });
});
