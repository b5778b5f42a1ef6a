/**
 * A figure of the dead below its own report's toll for the same thing (below-own-toll.ts, session
 * 15, P). Real text: News9 Live (12 June 2024) and the BBC's copy (13 June 2024) on the Mangaf
 * building fire in Kuwait, as in tests/corpus/check/s15-p-below-own-toll.json.
 */
import { describe, expect, it } from "vitest";
import { belowOwnToll } from "../../core/check/below-own-toll.js";
import { extractClaims } from "../../core/index.js";
import type { Finding } from "../../core/model.js";
import { loadEntries, runEntry } from "./corpus-runner.js";

const [mangaf] = loadEntries("s15-p-below-own-toll.json");
const bbc = mangaf!.articles[1]!;
const withOne = (findings: Finding[]) => findings.filter((f) => f.kind === "cross-article-conflict" && f.claims.some((c) => c.text === "one"));

describe("a count of the dead below its own report's toll (below-own-toll.ts belowOwnToll)", () => {
  const claims = extractClaims(bbc);
  const figure = (text: string) => claims.find((c) => c.text === text)!;
  it("reads 'one person had died overnight' beside the report's 50 killed as below its toll", () => {
    expect(figure("one").subject?.frame?.measure.id).toBe("killed");
    expect(belowOwnToll(figure("one"), claims)).toBe(true);
  });
  it("does not read the report's highest toll, another report's claims, or figures that count no dead", () => {
    expect(belowOwnToll(claims.find((c) => c.text === "50" && c.subject?.frame?.measure.id === "killed")!, claims)).toBe(false);
    expect(belowOwnToll(figure("one"), claims.filter((c) => c === figure("one")))).toBe(false);
    expect(belowOwnToll(figure("Around 50"), claims)).toBe(false);
  });
});

describe("the cross-article check compares a report's toll, not the figures below it (rules/cross-article-conflict.ts)", () => {
  it("gives no finding between News9's 'at least 41' and the BBC copy's 'one person had died'", () => {
    expect(withOne(runEntry(mangaf!))).toEqual([]);
  });
  it("still compares a report's highest toll (Rajkot: the New Indian Express's 28 against PTI's 27 the same day)", () => {
    const rajkot = loadEntries("s15-p-count-not-done.json").find((e) => e.name.includes("Rajkot"));
    const found = runEntry(rajkot!).filter((f) => f.kind === "cross-article-conflict" && ["28", "27"].every((t) => f.claims.some((c) => c.text === t)));
    expect(found).not.toEqual([]);
  });
});
