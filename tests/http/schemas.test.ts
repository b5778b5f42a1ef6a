import { describe, expect, it } from "vitest";
import { ClaimcheckError } from "../../core/index.js";
import { parseArticleInput } from "../../functions/schemas/index.js";

function fieldsOf(value: unknown): string[] {
  try {
    parseArticleInput(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimcheckError);
    expect((error as ClaimcheckError).code).toBe("invalid-input");
    return [...new Set((error as ClaimcheckError).fields.map((f) => f.field))].sort();
  }
  return [];
}

describe("parseArticleInput (shared by the API, webhooks and the CLI's .json files)", () => {
  it("gives an article its id: the one given, else from the url, else from the text", () => {
    expect(parseArticleInput({ id: " a1 ", body: "x" }).id).toBe("a1");
    const byUrl = parseArticleInput({ url: "https://example.org/s#top", body: "x" }).id;
    expect(byUrl).toBe(parseArticleInput({ url: "https://example.org/s", body: "other text" }).id);
    expect(parseArticleInput({ body: "some text" }).id).toMatch(/^t-/);
  });

  it("accepts dates and datetimes, refuses impossible ones", () => {
    for (const published of ["2024-08-06", "2024-02-29", "2023-01-11T09:30Z", "2023-01-11T09:30:00.123+03:00"]) {
      expect(fieldsOf({ body: "x", published }), published).toEqual([]);
    }
    for (const published of ["2023-02-29", "2024-13-01", "2024-00-10", "11/01/2023", "2023-01-11T25:00", "2023-01-11 09:30", "yesterday"]) {
      expect(fieldsOf({ body: "x", published }), published).toEqual(["published"]);
    }
  });

  it("refuses ids that cannot be a path segment", () => {
    for (const id of ["a/b", "a b", "a?b", "", "x".repeat(201), "tab\there"]) expect(fieldsOf({ id, body: "x" }), id).toEqual(["id"]);
  });

  it("refuses wrong types and non-objects", () => {
    expect(fieldsOf({ body: 3, title: ["t"] })).toEqual(["body", "title"]);
    expect(fieldsOf(null)).toEqual([""]);
    expect(fieldsOf("body")).toEqual([""]);
    expect(fieldsOf([{ body: "x" }])).toEqual([""]);
  });

  it("keeps the body exactly as sent (offsets index into it)", () => {
    const body = "  Leading spaces, \u00a0non-breaking, and a trailing newline\n";
    expect(parseArticleInput({ body }).body).toBe(body);
  });
});
