import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTH, problemBody, startReliabilityApp, type Item, type ReliabilityApp } from "../support/reliability-app.js";
import { badJsonArticle, badQuery, brokenJson, brokenUtf8, wrongContentType, type BadRequest } from "../support/reliability-requests.js";

/**
 * Malformed and adversarial requests through app.request on the real embedded store: each must
 * be a 4xx problem+json, and the store must hold exactly what it held before, item for item.
 * RUNS per generator; every refused request is followed by a full dump of the table.
 */
const RUNS = 25;

const SEED_ARTICLES = [
  { id: "seed-1", published: "2024-08-06", body: "About 3.6 million Syrian refugees live in Turkey. The army wants a 30-mile (18.6-mile) deep strip." },
  { id: "seed-2", published: "2023-01-11", body: "Some 3.5 million Syrian refugees live in Turkey, officials said." },
];

let r: ReliabilityApp;
let before: Item[];

beforeAll(async () => {
  r = await startReliabilityApp();
  for (const article of SEED_ARTICLES) {
    const res = await r.app.request("/articles", { method: "POST", headers: { ...AUTH, "Content-Type": "application/json" }, body: JSON.stringify(article) });
    expect(res.status).toBe(201);
  }
  before = await r.dump();
  expect(before.some((item) => String(item["pk"]).startsWith("FINDING#"))).toBe(true); // findings are part of what must not move
});
afterAll(async () => { await r.close(); });

async function refusedCleanly(request: BadRequest): Promise<number> {
  const res = await r.app.request(request.path, request.init);
  expect(res.status, request.why).toBeGreaterThanOrEqual(400);
  expect(res.status, request.why).toBeLessThan(500);
  await problemBody(res);
  expect(await r.dump(), request.why).toEqual(before);
  return res.status;
}

function fuzz(name: string, arbitrary: fc.Arbitrary<BadRequest>, statuses: number[]): void {
  it(name, async () => {
    await fc.assert(fc.asyncProperty(arbitrary, async (request) => {
      expect(statuses, request.why).toContain(await refusedCleanly(request));
    }), { numRuns: RUNS });
  });
}

describe("POST /articles: bad requests are 4xx problems and write nothing", () => {
  fuzz("wrong types, missing and extra fields, bad ids, dates and urls", badJsonArticle(AUTH), [400]);
  fuzz("broken JSON", brokenJson(AUTH), [400]);
  fuzz("broken UTF-8 in JSON, text and HTML", brokenUtf8(AUTH), [400]);
  fuzz("media types, charsets and codings it does not take", wrongContentType(AUTH), [415]);
  fuzz("bad query values on every route that takes a query", badQuery(AUTH), [400]);
});

describe("bodies too large or too slow", () => {
  const TEN_MB = 10 * 1024 * 1024;

  it("10 MB with a Content-Length is 413 on every route that reads a body", async () => {
    const body = new Uint8Array(TEN_MB).fill(0x31);
    for (const [path, method] of [["/articles", "POST"], ["/findings/some-id", "PATCH"]] as const) {
      await refusedCleanly({ why: `${method} ${path}`, path, init: { method, headers: { ...AUTH, "Content-Type": "application/json", "Content-Length": String(TEN_MB) }, body } });
    }
  });

  it("10 MB streamed without a length is cut off at the limit, not read to the end", async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x32);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull(c) { if (pulled++ < TEN_MB / chunk.length) c.enqueue(chunk); else c.close(); } });
    const status = await refusedCleanly({ why: "streamed 10 MB", path: "/articles", init: { method: "POST", headers: { ...AUTH, "Content-Type": "text/plain" }, body, duplex: "half" } as RequestInit });
    expect(status).toBe(413);
    expect(pulled).toBeLessThan(TEN_MB / chunk.length / 4);
  });

  it("a body that trickles in is read to its end and then judged like any other", async () => {
    const parts = ['{"bo', 'dy": "30 km', ' and', ' then', ' nothing'];
    let i = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(c) {
        await new Promise((done) => setTimeout(done, 40));
        if (i < parts.length) c.enqueue(new TextEncoder().encode(parts[i++])); else c.close();
      },
    });
    const status = await refusedCleanly({ why: "trickled broken JSON", path: "/articles", init: { method: "POST", headers: { ...AUTH, "Content-Type": "application/json" }, body, duplex: "half" } as RequestInit });
    expect(status).toBe(400);
    expect(i).toBe(parts.length);
  });
});

describe("huge headers and hostile paths", () => {
  it("a 100 kB Authorization, Content-Type or request id is refused, not a crash", async () => {
    const huge = "x".repeat(100_000);
    const body = JSON.stringify(SEED_ARTICLES[0]);
    expect(await refusedCleanly({ why: "huge bearer", path: "/articles", init: { method: "POST", headers: { Authorization: `Bearer ${huge}`, "Content-Type": "application/json" }, body } })).toBe(401);
    expect(await refusedCleanly({ why: "huge type", path: "/articles", init: { method: "POST", headers: { ...AUTH, "Content-Type": `application/${huge}` }, body } })).toBe(415);
    const res = await r.app.request("/articles", { method: "POST", headers: { ...AUTH, "Content-Type": "application/xml", "x-request-id": huge } });
    expect(res.status).toBe(415);
    expect(res.headers.get("x-request-id")).not.toBe(huge); // an implausible id is replaced, not echoed
  });

  it("ids in the path that no article or finding can have are 404", async () => {
    const id = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 100 }), fc.constantFrom("%00", "%2F", "a%2Fb", "__proto__", "constructor", "ART#x", "a".repeat(201)));
    await fc.assert(fc.asyncProperty(id, fc.constantFrom("GET /articles/", "GET /findings/", "DELETE /articles/"), async (raw, route) => {
      const [method, prefix] = route.split(" ") as [string, string];
      const path = `${prefix}${encodeURIComponent(raw)}`;
      // "." and ".." are path navigation (URL normalisation turns /articles/.. into /), not ids;
      // an empty id names the collection itself, which answers a method it does not take with 405.
      if (SEED_ARTICLES.some((a) => a.id === raw) || raw === "" || raw === "." || raw === "..") return;
      expect(await refusedCleanly({ why: `${route}${raw}`, path, init: { method, headers: AUTH } })).toBe(404);
    }), { numRuns: RUNS });
  });

  // BUG (functions/http/articles.ts, findings.ts): a path id longer than DynamoDB's 2048-byte key
  // limit reaches the store, whose ValidationException becomes a 500. No stored id can be that
  // long (ids are at most 200 characters), so the answer is 404.
  it("a path id longer than a DynamoDB key can be is 404, not 500", async () => {
    const long = "x".repeat(3000);
    const routes: [string, string][] = [["GET", `/articles/${long}`], ["GET", `/articles/${long}/findings`], ["DELETE", `/articles/${long}`], ["GET", `/findings/${long}`]];
    for (const [method, path] of routes) {
      expect(await refusedCleanly({ why: `${method} ${path.slice(0, 20)}…`, path, init: { method, headers: AUTH } })).toBe(404);
    }
  });

  // BUG (functions/store/claims.ts claimsBySubject): a cursor that decodes to the right shape but
  // was never given out goes to DynamoDB as ExclusiveStartKey; the ValidationException is a 500.
  it("a forged /claims cursor is 400, not 500", async () => {
    const forged = fc.record({ pk: fc.string({ maxLength: 20 }), sk: fc.string({ maxLength: 20 }), subjectPk: fc.string({ maxLength: 20 }), subjectSk: fc.string({ maxLength: 20 }) });
    await fc.assert(fc.asyncProperty(forged, async (key) => {
      const cursor = Buffer.from(JSON.stringify(key)).toString("base64url");
      const path = `/claims?subject=refugee&cursor=${cursor}`;
      expect(await refusedCleanly({ why: `cursor ${JSON.stringify(key)}`, path, init: { method: "GET" } })).toBe(400);
    }), { numRuns: RUNS });
  });

  it("a cursor that is not base64url JSON is 400 on /claims and /findings", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ minLength: 1, maxLength: 100 }), fc.constantFrom("/claims?subject=refugee&", "/findings?"), async (cursor, prefix) => {
      let decodes = true;
      try { JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")); } catch { decodes = false; }
      if (decodes) return; // a cursor that happens to decode is the forged case above
      expect(await refusedCleanly({ why: `cursor ${cursor}`, path: `${prefix}cursor=${encodeURIComponent(cursor)}`, init: { method: "GET" } })).toBe(400);
    }), { numRuns: RUNS });
  });
});
