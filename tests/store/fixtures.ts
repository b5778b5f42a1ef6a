import { ScanCommand, DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { claimId, EXTRACTOR_VERSION, findingId, INDEX_VERSION, lookupsForClaims, type ArticleRecord, type Claim, type Finding, type IndexLookup, type Severity } from "../../core/index.js";
import { createTable, DynamoClaimStore, type RetryPolicy } from "../../functions/store/index.js";
import { dynamoClient } from "../../functions/store/connect.js";

/**
 * Claims and findings shaped like the extractor's and checker's, built by hand for the store.
 * A claim's frame comes from its subject key: the head is the measure, each further word a
 * place ("refugee|syrian|turkey" is filed under refugee/place:syrian and refugee/place:turkey).
 */
export function claim(articleId: string, start: number, value: number, subjectKey = "refugee|syrian|turkey", asOf = "2024-08-06"): Claim {
  const text = String(value);
  const [head, ...scope] = subjectKey.split("|");
  return {
    id: claimId(articleId, start, start + text.length), articleId, kind: "quantity", text,
    start, end: start + text.length, value, unit: "person", dimension: "count", qualifier: "exact",
    subject: {
      key: subjectKey, text: subjectKey.replaceAll("|", " "), head: head!,
      frame: { measure: { id: head!, text: head! }, scope: scope.map((id) => ({ kind: "place" as const, id, text: id })) },
    },
    asOf, modality: "asserted", rules: ["number"],
  };
}

/** What a check of a claim on this subject at this date reads. @example await store.claimsAbout(about("refugee|turkey")) */
export function about(subjectKey = "refugee|syrian|turkey", asOf = "2024-08-06"): IndexLookup[] {
  return lookupsForClaims([claim("probe", 0, 0, subjectKey, asOf)]);
}

/** The same keys and windows without the nearest-claims cap: every claim filed there, for tests that count writes. */
export function aboutAll(subjectKey?: string, asOf?: string): IndexLookup[] {
  return about(subjectKey, asOf).map(({ around: _around, limit: _limit, ...lookup }) => lookup);
}

export function finding(rule: string, claims: Claim[], severity: Severity = "contradiction"): Finding {
  const crossArticle = new Set(claims.map((c) => c.articleId)).size > 1;
  return {
    id: findingId(rule, claims.map((c) => c.id)),
    kind: crossArticle ? "cross-article-conflict" : "internal-conflict", severity, rule,
    claims: claims.map(({ articleId, id, start, end, text }) => ({ articleId, claimId: id, start, end, text })),
    explanation: `${claims.map((c) => c.text).join(" vs ")}`, status: "open",
    ...(claims[0]?.subject ? { subject: claims[0].subject.key } : {}),
  };
}

export function record(articleId: string, claims: Claim[], findings: Finding[] = [], checkedAt = "2024-08-06T10:00:00.000Z", body?: string): ArticleRecord {
  return {
    article: { id: articleId, title: `Story ${articleId}`, published: "2024-08-06", body: body ?? `Body of ${articleId}. ${claims.map((c) => c.text).join(" ")}`, extractorVersion: EXTRACTOR_VERSION, indexVersion: INDEX_VERSION, checkedAt },
    claims, findings,
  };
}

/** Retries without waiting; the pauses it would have taken are kept for inspection. */
export function instantRetry(attempts = 8): RetryPolicy & { pauses: number[] } {
  const pauses: number[] = [];
  return { attempts, baseMs: 25, capMs: 2000, random: Math.random, pauses, sleep: async (ms) => void pauses.push(ms) };
}

let tables = 0;

/**
 * A fresh table on the server at `endpoint`, and a store on it with its own SDK client (built by
 * the project's one client configuration; `maxAttempts` bounds the SDK's attempts per request).
 */
export async function freshStore(endpoint: string, retry: RetryPolicy = instantRetry(), maxAttempts?: number): Promise<{ store: DynamoClaimStore; client: DynamoDBClient; table: string }> {
  const client = dynamoClient({ endpoint, ...(maxAttempts ? { maxAttempts } : {}) });
  const table = `contract-${process.pid}-${++tables}`;
  await createTable(client, table);
  return { store: new DynamoClaimStore(client, table, retry), client, table };
}

/** Every item in the table, sorted by key: the whole end state, for comparing two runs. */
export async function dump(client: DynamoDBClient, table: string): Promise<Record<string, unknown>[]> {
  const doc = DynamoDBDocumentClient.from(client);
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  const key = (item: Record<string, unknown>) => `${String(item["pk"])}\u0000${String(item["sk"])}`;
  return items.sort((a, b) => (key(a) < key(b) ? -1 : 1));
}
