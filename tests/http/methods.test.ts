import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "../../functions/http/openapi-doc.js";
import { auth, problemOf, startHarness, type Harness } from "./harness.js";

/** Issue 17, item 12: a wrong method is 405 with Allow, not 404. */
describe("a method a path does not take", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it("is 405 problem+json with Allow listing exactly the methods the document gives that path", async () => {
    const byPath = new Map<string, Set<string>>();
    for (const op of OPERATIONS) byPath.set(op.path, (byPath.get(op.path) ?? new Set()).add(op.method.toUpperCase()));
    for (const [template, methods] of byPath) {
      const path = template.replace("{id}", "a1").replace("{source}", "ghost");
      const expected = new Set(methods);
      if (expected.has("GET")) expected.add("HEAD");
      for (const wrong of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => !methods.has(m))) {
        const res = await h.app.request(path, { method: wrong, headers: auth });
        expect(res.status, `${wrong} ${path}`).toBe(405);
        expect(new Set(res.headers.get("Allow")!.split(", ")), `${wrong} ${path}`).toEqual(expected);
        const problem = await problemOf(res);
        expect(problem.code).toBe("method-not-allowed");
      }
    }
  });

  it("the review pages too: GET on a form's target says POST", async () => {
    const res = await h.app.request("/review/check");
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("POST");
  });

  it("a path no route has stays 404", async () => {
    expect((await h.app.request("/nothing/here", { method: "PUT" })).status).toBe(404);
    expect((await h.app.request("/articles/a1/claims")).status).toBe(404);
  });
});
