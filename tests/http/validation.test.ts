import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auth, postJson, problemOf, startHarness, type Harness } from "./harness.js";

/** Every way a write can be refused: the right status, a problem+json body, nothing stored. */
describe("POST /articles refuses bad requests and stores nothing", () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ limits: { maxBodyBytes: 64 * 1024 } }); });
  afterAll(async () => { await h.close(); });

  async function refused(res: Response, status: number) {
    expect(res.status).toBe(status);
    const problem = await problemOf(res);
    expect(JSON.stringify(problem)).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
    expect(await h.articleCount()).toBe(0);
    return problem;
  }

  it("bad JSON is 400 with the parser's reason", async () => {
    const problem = await refused(await postJson(h, "/articles", '{"body": "30 km'), 400);
    expect(problem.code).toBe("invalid-input");
    expect(problem.detail).toMatch(/not valid JSON/);
  });

  it("names every unknown field, not just the first", async () => {
    const problem = await refused(await postJson(h, "/articles", { body: "A 30-km strip.", author: "x", tags: [] }), 400);
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(["author", "tags"]);
  });

  it("an empty or blank article body is a field error on body", async () => {
    for (const body of ["", "   \n\t "]) {
      const problem = await refused(await postJson(h, "/articles", { id: "blank", body }), 400);
      expect(problem.errors).toEqual([{ field: "body", message: "must not be empty" }]);
    }
  });

  it("reports several bad fields at once", async () => {
    const problem = await refused(await postJson(h, "/articles", { id: "has space", url: "not a url", published: "2024-02-30", body: 5 }), 400);
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(["body", "id", "published", "url"]);
  });

  it("a JSON value that is not an object is 400", async () => {
    const problem = await refused(await postJson(h, "/articles", "[1,2]"), 400);
    expect(problem.errors?.[0]?.field).toBe("");
  });

  it("a body over the limit is 413, by Content-Length before reading", async () => {
    const big = JSON.stringify({ id: "big", body: "3.6 million refugees. ".repeat(4000) });
    await refused(await postJson(h, "/articles", big, { ...auth, "Content-Length": String(Buffer.byteLength(big)) }), 413);
  });

  it("a body over the limit is 413 when streamed without a length", async () => {
    const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk); else controller.close();
      },
    });
    const res = await h.app.request("/articles", { method: "POST", headers: { ...auth, "Content-Type": "text/plain" }, body: stream, duplex: "half" } as RequestInit);
    await refused(res, 413);
    expect(sent).toBeLessThan(10); // reading stopped at the limit instead of draining the stream
  });

  it("missing or unknown Content-Type, a foreign charset or a content coding is 415", async () => {
    // Bytes, not a string: fetch would label a string body text/plain by itself.
    const body = new TextEncoder().encode(JSON.stringify({ body: "A 30-km strip." }));
    const variants: Record<string, string>[] = [{}, { "Content-Type": "application/xml" }, { "Content-Type": "text/plain; charset=iso-8859-1" }, { "Content-Type": "application/json", "Content-Encoding": "gzip" }];
    for (const headers of variants) {
      await refused(await h.app.request("/articles", { method: "POST", headers: { ...auth, ...headers }, body }), 415);
    }
  });

  it("invalid UTF-8 is 400 on body, not replacement characters", async () => {
    const bytes = Buffer.concat([Buffer.from('{"body":"30 km '), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const res = await h.app.request("/articles", { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: bytes });
    const problem = await refused(res, 400);
    expect(problem.errors).toEqual([{ field: "body", message: "is not valid UTF-8" }]);
  });

  it("a missing key is 401 with a Bearer challenge; a wrong key is 401", async () => {
    const missing = await postJson(h, "/articles", { body: "A 30-km strip." }, {});
    expect(missing.headers.get("WWW-Authenticate")).toMatch(/^Bearer realm=/);
    await refused(missing, 401);
    for (const header of ["Bearer wrong-key-0123456789abcdef", "Bearer test-key-0123456789abcde", "Basic dGVzdA==", "Bearer"]) {
      await refused(await postJson(h, "/articles", { body: "A 30-km strip." }, { Authorization: header }), 401);
    }
  });

  it("auth is checked before the body is read: a huge unauthenticated body is 401, not 413", async () => {
    const res = await postJson(h, "/articles", "x".repeat(70 * 1024), {});
    await refused(res, 401);
  });

  it("query parameters are validated too", async () => {
    const problem = await refused(await h.app.request("/articles?dryRun=maybe&published=yesterday", {
      method: "POST", headers: { ...auth, "Content-Type": "text/plain" }, body: "A 30-km strip.",
    }), 400);
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(["dryRun", "published"]);
  });

  it("unknown routes are problem+json 404", async () => {
    const res = await h.app.request("/nope");
    expect(res.status).toBe(404);
    expect((await problemOf(res)).code).toBe("not-found");
  });

  it("no log line carries the key or the article text", () => {
    const text = JSON.stringify(h.logs);
    expect(text).not.toContain("test-key-0123456789abcdef");
    expect(text).not.toContain("30-km strip");
    expect(h.logs.some((l) => l.msg === "request" && l.status === 401 && l.route === "/articles")).toBe(true);
  });
});

describe("a store that cannot be reached", () => {
  it("is 503 with Retry-After, the cause only in the log", async () => {
    const h = await startHarness();
    await h.embedded.close(); // the real store, stopped
    for (const res of [await h.app.request("/articles/x"), await postJson(h, "/articles", { body: "A 30-km strip." })]) {
      expect(res.status).toBe(503);
      expect(res.headers.get("Retry-After")).toMatch(/^\d+$/);
      const problem = await problemOf(res);
      expect(problem.code).toBe("store-unavailable");
      expect(JSON.stringify(problem)).not.toMatch(/ECONNREFUSED|ENOENT|127\.0\.0\.1|\.sock/);
    }
    expect(h.logs.some((l) => l.msg === "store unreachable" && /ECONNREFUSED|ENOENT/.test(JSON.stringify(l.error)))).toBe(true);
  });
});
