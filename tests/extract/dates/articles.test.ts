import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../core/article/front-matter.js";
import { findDates } from "../../../core/extract/dates.js";
import { findDurations } from "../../../core/extract/durations.js";

/**
 * The five real articles, whole (comment threads, addresses and all): every date and duration
 * found must be one the corpus lists for that article (tests/corpus/dates/articles.json, entries
 * named by the article's number), and every one the corpus lists must be found. Proves the
 * corpus is complete and nothing in the page furniture becomes a date.
 */
const examples = path.resolve(import.meta.dirname, "../../../examples");
const corpus = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../corpus/dates/articles.json"), "utf8")) as
  Array<{ name: string; claims: Array<{ text: string; value: unknown; kind: string }> }>;

const files = readdirSync(examples).filter((file) => file.endsWith(".txt"));

describe.each(files)("article %s", (file) => {
  it("has exactly the dates and durations its corpus entries list", () => {
    const { fields, body } = readFrontMatter(readFileSync(path.join(examples, file), "utf8"));
    const found = [...findDates(body, fields.published), ...findDurations(body)]
      .map((m) => `${m.kind} ${body.slice(m.start, m.end)} = ${m.value}`).sort();
    const listed = corpus.filter((entry) => entry.name.startsWith(`${file.slice(0, 3)} `))
      .flatMap((entry) => entry.claims.map((c) => `${c.kind} ${c.text} = ${c.value}`)).sort();
    expect(found).toEqual(listed);
  });
});
