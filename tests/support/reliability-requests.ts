import fc from "fast-check";

/**
 * Requests a careless or hostile client sends, each wrong in at least one way the API must
 * refuse. Built from a valid article and one mutation, so every sample is known to be bad.
 */

export interface BadRequest {
  /** What is wrong, for the failure message. */
  why: string;
  path: string;
  init: RequestInit;
}

const VALID = { id: "fuzz-ok", title: "T", url: "https://example.com/a", source: "Wire", published: "2024-08-06", body: "About 3.6 million Syrian refugees live in Turkey." };

/** A JSON value that is not a string: what "wrong type" means for a string field. */
const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }));

const FIELDS = ["id", "title", "url", "source", "published", "body"] as const;

/** An unknown field name (the schema is strict). */
const extraField = fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !(FIELDS as readonly string[]).includes(k));

const mutation: fc.Arbitrary<{ why: string; value: unknown }> = fc.oneof(
  fc.tuple(fc.constantFrom(...FIELDS), notAString).map(([field, v]) => ({ why: `${field} is ${JSON.stringify(v)}`, value: { ...VALID, [field]: v } })),
  fc.constant({ why: "body is missing", value: (({ body: _b, ...rest }) => rest)(VALID) }),
  fc.constantFrom("", "   ", "\n\t").map((body) => ({ why: "body is blank", value: { ...VALID, body } })),
  fc.tuple(extraField, fc.jsonValue()).map(([k, v]) => ({ why: `extra field ${JSON.stringify(k)}`, value: { ...VALID, [k]: v } })),
  fc.constantFrom("a/b", "a b", "a?b", "a#b", "a\\b", "\u0000", "x".repeat(201), "").map((id) => ({ why: `id ${JSON.stringify(id.slice(0, 20))}`, value: { ...VALID, id } })),
  fc.constantFrom("2024-02-30", "2024-13-01", "yesterday", "24-08-06", "2024-08-06T25:00:00Z", "99999-01-01").map((published) => ({ why: `published ${published}`, value: { ...VALID, published } })),
  fc.constantFrom("not a url", "/relative", "javascript", "x".repeat(3000)).map((url) => ({ why: `url ${url.slice(0, 20)}`, value: { ...VALID, url } })),
  fc.tuple(fc.constantFrom("title", "source"), fc.integer({ min: 1001, max: 5000 })).map(([f, n]) => ({ why: `${f} of ${n} chars`, value: { ...VALID, [f]: "t".repeat(n) } })),
  fc.oneof(fc.array(fc.jsonValue(), { maxLength: 3 }), fc.integer(), fc.string(), fc.constant(null), fc.boolean()).map((value) => ({ why: "not an object", value })),
);

/** Wrong types, missing and extra fields, bad ids, dates and urls, non-objects: as JSON. */
export function badJsonArticle(auth: Record<string, string>): fc.Arbitrary<BadRequest> {
  return mutation.map(({ why, value }) => ({
    why, path: "/articles",
    init: { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: JSON.stringify(value) },
  }));
}

/** Text that is not JSON at all. */
export function brokenJson(auth: Record<string, string>): fc.Arbitrary<BadRequest> {
  const text = fc.oneof(
    fc.constantFrom("{", "{\"body\":", "{'body': 'x'}", "{\"body\": \"3 km\",}", "[".repeat(5000), "{\"body\": NaN}"),
    fc.jsonValue().map((v) => JSON.stringify({ body: "3 km", x: v }).slice(0, -1)),
  );
  return text.map((body) => ({ why: `broken JSON ${body.slice(0, 20)}`, path: "/articles", init: { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body } }));
}

/** Bytes that are not UTF-8: a stray continuation byte, an overlong form, an encoded surrogate, a truncated sequence. */
const INVALID_UTF8 = [[0x80], [0xc3, 0x28], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98], [0xff], [0xf8, 0x88, 0x80, 0x80, 0x80]];

export function brokenUtf8(auth: Record<string, string>): fc.Arbitrary<BadRequest> {
  return fc.tuple(fc.string({ maxLength: 40 }), fc.constantFrom(...INVALID_UTF8), fc.string({ maxLength: 40 }), fc.constantFrom("application/json", "text/plain", "text/html")).map(([before, bad, after, type]) => {
    const inner = Buffer.concat([Buffer.from(before), Buffer.from(bad), Buffer.from(after)]);
    const body = type === "application/json" ? Buffer.concat([Buffer.from('{"body":"3 km '), inner, Buffer.from('"}')]) : Buffer.concat([Buffer.from("3 km "), inner]);
    return { why: `invalid UTF-8 ${Buffer.from(bad).toString("hex")} as ${type}`, path: "/articles", init: { method: "POST", headers: { ...auth, "Content-Type": type }, body: new Uint8Array(body) } };
  });
}

/** Media types the route does not take, foreign charsets, content codings. */
export function wrongContentType(auth: Record<string, string>): fc.Arbitrary<BadRequest> {
  const body = new TextEncoder().encode(JSON.stringify(VALID));
  const header = fc.oneof(
    fc.constantFrom("application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "text/csv", "application/json-patch+json", "*/*", "", ";", "application/json; charset=latin1", "text/plain; charset=utf-16", "application/json; charset=\"shift_jis\""),
    fc.tuple(fc.stringMatching(/^[a-z]{1,10}$/), fc.stringMatching(/^[a-z+.-]{1,12}$/)).map(([t, s]) => `${t}/${s}`).filter((t) => !["application/json", "text/plain", "text/markdown", "text/html"].includes(t)),
  );
  const coding = fc.constantFrom("gzip", "br", "deflate", "compress");
  return fc.oneof(
    header.map((type) => ({ why: `Content-Type ${type}`, path: "/articles", init: { method: "POST", headers: { ...auth, "Content-Type": type }, body } })),
    coding.map((c) => ({ why: `Content-Encoding ${c}`, path: "/articles", init: { method: "POST", headers: { ...auth, "Content-Type": "application/json", "Content-Encoding": c }, body } })),
  );
}

const junk = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("-1", "0", "101", "1e3", "1.5", "NaN", "Infinity", "０", "١", " 5", "99999999999999999999", "maybe", "TRUE"));

/** Query values every route refuses: unknown names, out-of-range limits, unknown enums, bad flags and dates. */
export function badQuery(auth: Record<string, string>): fc.Arbitrary<BadRequest> {
  const get: RequestInit = { method: "GET" };
  const post: RequestInit = { method: "POST", headers: { ...auth, "Content-Type": "text/plain" }, body: "About 3.6 million Syrian refugees live in Turkey." };
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return fc.oneof(
    // Valid as the schema reads it: one to three digits worth 1 to 100 ("01" is 1).
    junk.filter((v) => !(/^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= 100)).map((limit) => ({ why: `limit=${limit}`, path: `/findings?${q({ limit })}`, init: get })),
    junk.filter((v) => !["open", "dismissed", "resolved"].includes(v)).map((status) => ({ why: `status=${status}`, path: `/findings?${q({ status })}`, init: get })),
    junk.filter((v) => !["contradiction", "discrepancy", "note"].includes(v)).map((severity) => ({ why: `severity=${severity}`, path: `/findings?${q({ severity })}`, init: get })),
    junk.filter((v) => !["1", "0", "true", "false", ""].includes(v)).map((dryRun) => ({ why: `dryRun=${dryRun}`, path: `/articles?${q({ dryRun })}`, init: post })),
    junk.filter((v) => v.trim() !== "" && !/^\d{4}-\d{2}-\d{2}/.test(v)).map((published) => ({ why: `published=${published}`, path: `/articles?${q({ published })}`, init: post })),
    fc.stringMatching(/^[a-z]{1,12}$/).filter((k) => !["subject", "limit", "cursor"].includes(k)).map((k) => ({ why: `unknown ${k}`, path: `/claims?${q({ subject: "refugee", [k]: "1" })}`, init: get })),
    fc.constantFrom("", " ", "x".repeat(501)).map((subject) => ({ why: `subject=${subject.slice(0, 10)}`, path: `/claims?${q({ subject })}`, init: get })),
  );
}
