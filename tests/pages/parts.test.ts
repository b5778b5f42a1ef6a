import { describe, expect, test } from "vitest";
import { jsonLdScriptBody } from "../../functions/http/pages/claim-review.js";
import { filtersFrom } from "../../functions/http/pages/findings-view.js";
import { localPath } from "../../functions/http/pages/form-body.js";
import { markedText, type MarkSpan } from "../../functions/http/pages/marked-text.js";
import { passageOf, type Source } from "../../functions/http/pages/passages.js";

const span = (id: string, start: number, end: number): MarkSpan => ({ id, start, end, kind: "quantity", tip: `tip ${id}` });

describe("markedText", () => {
  test("marks spans in order, escapes everything around and inside them", async () => {
    const text = "a<b 30 km & 5% c";
    const out = String(await markedText(text, 0, [span("p", 12, 14), span("q", 4, 9)]));
    expect(out).toBe('a&lt;b <mark id="q" class="claim k-quantity" tabindex="0" aria-describedby="tip-q">30 km</mark><span class="tip" role="tooltip" id="tip-q">tip q</span>'
      + ' &amp; <mark id="p" class="claim k-quantity" tabindex="0" aria-describedby="tip-p">5%</mark><span class="tip" role="tooltip" id="tip-p">tip p</span> c');
  });

  test("an overlapping span is clipped, never duplicating text; one outside the slice is left out", async () => {
    const out = String(await markedText("0123456789", 0, [span("a", 2, 6), span("b", 4, 8), span("c", 20, 22)]));
    expect(out.replace(/<span class="tip"[^>]*>[^<]*<\/span>/g, "").replace(/<[^>]+>/g, "")).toBe("0123456789");
    expect(out).toContain('id="b" class="claim k-quantity" tabindex="0" aria-describedby="tip-b">67</mark>');
    expect(out).not.toContain('id="c"');
  });

  test("offsets are into the whole body when the text is a slice of it", async () => {
    const out = String(await markedText("is 30 km deep", 100, [span("a", 103, 108)]));
    expect(out).toContain(">30 km</mark>");
  });
});

describe("passageOf", () => {
  const body = "First sentence. The strip is 30 km deep, officials said. Last one.\nNext line.";
  const ref = { articleId: "a", claimId: "c1", start: 29, end: 34, text: "30 km" };
  const source = (claims: Source["claims"]): Source => ({ article: { id: "a" }, body, claims });

  test("without the claim's sentence, the stretch between sentence ends", () => {
    const p = passageOf(source([]), ref);
    expect(body.slice(p.start, p.end)).toBe("The strip is 30 km deep, officials said.");
  });

  test("the claim's own sentence when the store has it", () => {
    const claim = { id: "c1", articleId: "a", kind: "quantity" as const, text: "30 km", start: 29, end: 34, value: 30, qualifier: "exact" as const,
      modality: "asserted" as const, rules: [], sentence: { start: 0, end: 66 } };
    const p = passageOf(source([claim]), ref);
    expect(body.slice(p.start, p.end)).toBe(body.slice(0, 66));
    expect(p.claim).toBe(claim);
  });

  test("a body with no sentence ends stays bounded around the words", () => {
    const soup = "9".repeat(100_000);
    const p = passageOf({ article: { id: "a" }, body: soup, claims: [] }, { ...ref, start: 50_000, end: 50_002 });
    expect(p.end - p.start).toBeLessThan(700);
  });
});

describe("jsonLdScriptBody", () => {
  test("nothing in the data can close the script element, and it parses back to the same value", async () => {
    const value = { text: "</script><!-- & \u2028 <script>" };
    const out = String(await jsonLdScriptBody(value));
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe("localPath and filtersFrom", () => {
  test("only same-site paths come back", () => {
    expect(localPath("/review/findings?kind=arithmetic", "/")).toBe("/review/findings?kind=arithmetic");
    for (const bad of ["//evil.example", "/\\evil", "https://evil.example", "", null, "/a b", "/x\u0000"]) expect(localPath(bad, "/")).toBe("/");
  });

  test("unknown or empty filter values mean no filter; status defaults to open", () => {
    expect(filtersFrom({ severity: "", kind: "nonsense", status: "closed" })).toEqual({ status: "open", severity: undefined, kind: undefined });
    expect(filtersFrom({ severity: "note", kind: "arithmetic", status: "dismissed" })).toMatchObject({ status: "dismissed", severity: "note", kind: "arithmetic" });
  });
});
