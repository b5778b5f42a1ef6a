/**
 * Session 15 (H): readers made cheaper must read what they read before. clausePrefix reads the last
 * punctuation mark backwards and the clause words only after it; raceTimes looks for a race's name
 * only in a text holding an "H:MM"; headGuarded keeps the last sentence's answer; the head word's
 * governing word is read from the end a stretch between spaces at a time. Each is held here
 * against the plain reading, on the five real articles and on look-alikes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../core/model.js";
import { readFrontMatter } from "../../core/index.js";
import { clausePrefix } from "../../core/extract/clauses.js";
import { raceTimes } from "../../core/extract/durations/race-time.js";
import { headGuarded } from "../../core/extract/subject/head-guards.js";
import { figureHead, lemma } from "../../core/extract/subject/head-word.js";
import { extractClaims } from "../../core/index.js";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const BODIES = readdirSync(EXAMPLES).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFrontMatter(readFileSync(EXAMPLES + f, "utf8")).body);

/** clausePrefix as it read until session 15: every mark and every clause word from the start, forwards. */
function clausePrefixForwards(text: string, sentenceStart: number, end: number): string {
  const before = text.slice(Math.max(sentenceStart, end - 300), end);
  let cut = 0;
  for (const m of before.matchAll(/[,;:()–—"“”]/g)) cut = m.index + 1;
  for (const m of before.matchAll(/\b(?:since|because|when|where|which|who|whom|whose|that|while|although|though|after|before|until|but|unless|if)\b|\bas(?=\s+(?:the|it|they|he|she|we|its|their|[A-Z]))/g)) {
    cut = Math.max(cut, m.index + m[0].length);
  }
  return before.slice(cut);
}

describe("clausePrefix read backwards to the last mark", () => {
  it("gives the forward reading at every word start of the five real articles", () => {
    let compared = 0;
    for (const body of BODIES) {
      for (const m of body.matchAll(/\b\w/g)) {
        const sentenceStart = Math.max(0, body.lastIndexOf(".", m.index) + 1);
        expect(clausePrefix(body, sentenceStart, m.index)).toBe(clausePrefixForwards(body, sentenceStart, m.index));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("stops at a clause word after the last mark, and at the mark when none follows it", () => {
    const text = "Officials said, since the war began, that 12 people";
    expect(clausePrefix(text, 0, text.indexOf("12"))).toBe(" ");
    const noWord = "The toll, officials said, rose to 12";
    expect(clausePrefix(noWord, 0, noWord.indexOf("12"))).toBe(" rose to ");
    // A clause word before the last mark does not cut after it.
    const wordFirst = "Since Monday (local time) the toll rose to 12";
    expect(clausePrefix(wordFirst, 0, wordFirst.indexOf("12"))).toBe(" the toll rose to ");
    // "as" opens a clause only before its subject.
    const as = "as well as 12, as the YPG holds 30";
    expect(clausePrefix(as, 0, as.indexOf("30"))).toBe(" the YPG holds ");
  });
});

describe("raceTimes looks for a race only where an H:MM is written", () => {
  it("reads a finishing time in a text whose earlier colons are no times", () => {
    const text = "Update: results below. Note: Rop won the Boston Marathon in 2:09.";
    expect(raceTimes(text).map((m) => text.slice(m.start, m.end))).toEqual(["2:09"]);
  });

  it("reads nothing from colons, clock-like digits or a race alone", () => {
    expect(raceTimes("Marathon organisers said: the course is ready.")).toEqual([]);
    expect(raceTimes("The marathon started at 10:30 in the rain.")).toEqual([]);
    expect(raceTimes("He won the marathon in 2:09")).toHaveLength(1);
    expect(raceTimes("He won the race in 2:09")).toEqual([]);
  });
});

function figure(body: string, text: string, sentence: { start: number; end: number }): Claim {
  const start = body.indexOf(text);
  return {
    id: `c${start}`, articleId: "a", kind: "quantity", text, start, end: start + text.length, value: Number.parseFloat(text),
    qualifier: "exact", modality: "asserted", sentence, rules: [],
  };
}

describe("headGuarded keeps the last sentence's answer only for that sentence", () => {
  it("answers each of two bodies with sentences at the same offsets by its own words", () => {
    const other = "A separate quake killed 40 people and 12 cows.";
    const story = "The deadly quake killed 40 people and 12 cows.";
    const sentence = { start: 0, end: 46 };
    expect(headGuarded(figure(other, "40", sentence), other, "2024-01-02")).toBe(true);
    expect(story.length).toBe(other.length);
    expect(headGuarded(figure(story, "40", sentence), story, "2024-01-02")).toBe(false);
    // Same body and sentence, another publication year: the year named is read again.
    const dated = "In 2023 the quake killed 40 people.";
    const whole = { start: 0, end: dated.length };
    expect(headGuarded(figure(dated, "40", whole), dated, "2023-05-01")).toBe(false);
    expect(headGuarded(figure(dated, "40", whole), dated, "2024-05-01")).toBe(true);
  });
});

describe("the word governing a figure, read from the end a stretch between spaces at a time", () => {
  const head = (body: string, text: string) => figureHead(extractClaims({ id: "t", body, published: "2022-05-31" }).find((c) => c.text === text)!, body);

  it("steps back over qualifiers and copulas in other stretches, whatever the spaces", () => {
    // After "The Hindu" (2022): "packed beyond its capacity of 2200".
    expect(head("The hall was packed beyond its capacity of 2200.", "2200")).toBe("capacity");
    expect(head("The hall's capacity was\u00a0 around\t 3,000.", "around\t 3,000")).toBe("capacity");
    // A verb governs across a mark read alone ("relocated: 225,000"); a name governs nothing.
    expect(head("Officials relocated 225,000 last week.", "225,000")).toBe(lemma("relocated"));
    expect(head("They met Smith,  225,000.", "225,000")).toBeUndefined();
    expect(head("They met Smith  225,000.", "225,000")).toBeUndefined();
  });
});
