import * as v from "valibot";
import { toJsonSchema, toJsonSchemaDefs } from "@valibot/to-json-schema";
import {
  articleInputSchema, articleSummarySchema, claimSchema, claimsQuerySchema, findingPatchSchema, findingSchema,
  findingsQuerySchema, postArticleQuerySchema, storedArticleSchema,
} from "../schemas/index.js";
import { ARTICLE_MEDIA_TYPES } from "./article-input.js";

type JsonObject = Record<string, unknown>;
type AnySchema = v.GenericSchema<unknown, unknown>;

/** A response: its description, and for a 2xx with a body the valibot schema of that body. */
type Reply = string | { description: string; schema: AnySchema };

/** One documented operation; request and response parts point at the very schemas the code uses. */
interface Operation {
  method: "get" | "post" | "patch" | "delete";
  /** OpenAPI path template: "/articles/{id}". */
  path: string;
  operationId: string;
  tag: "articles" | "findings" | "claims" | "webhooks" | "service";
  summary: string;
  write?: boolean;
  query?: AnySchema;
  body?: { schema: AnySchema; mediaTypes: readonly string[] };
  responses: Record<string, Reply>;
}

/** The records the API answers with, by the names the document's components give them. */
const RECORDS = { Claim: claimSchema, Finding: findingSchema, ArticleSummary: articleSummarySchema, StoredArticle: storedArticleSchema };

const checked = v.object({ article: articleSummarySchema, claims: v.array(claimSchema), findings: v.array(findingSchema) });
const findingPage = v.object({ findings: v.array(findingSchema), cursor: v.optional(v.string()) });

const ID_PARAM = { name: "id", in: "path", required: true, schema: { type: "string", maxLength: 200 } };

/** Every route of the API. A test checks it against the routes the app really has. */
export const OPERATIONS: Operation[] = [
  { method: "post", path: "/articles", operationId: "checkArticle", tag: "articles", summary: "Check an article against itself and the store, and store it", write: true,
    query: postArticleQuerySchema, body: { schema: articleInputSchema, mediaTypes: ARTICLE_MEDIA_TYPES },
    responses: {
      201: { description: "Stored: the article, its claims and every finding involving it", schema: checked },
      200: { description: "Dry run (?dryRun=1): checked, nothing stored", schema: v.object({ ...checked.entries, dryRun: v.literal(true) }) },
      400: "", 401: "", 403: "", 413: "", 415: "" } },
  { method: "get", path: "/articles/{id}", operationId: "getArticle", tag: "articles", summary: "An article as stored, with its claims",
    responses: { 200: { description: "The article and its claims", schema: v.object({ article: storedArticleSchema, claims: v.array(claimSchema) }) }, 404: "" } },
  { method: "delete", path: "/articles/{id}", operationId: "deleteArticle", tag: "articles", summary: "Remove an article and its claims; its findings are resolved", write: true,
    responses: { 204: "Deleted", 401: "", 403: "", 404: "" } },
  { method: "get", path: "/articles/{id}/findings", operationId: "listArticleFindings", tag: "findings", summary: "Findings involving an article",
    responses: { 200: { description: "The findings", schema: v.object({ findings: v.array(findingSchema) }) }, 404: "" } },
  { method: "get", path: "/findings", operationId: "listFindings", tag: "findings", summary: "Findings, newest first, filtered and paginated", query: findingsQuerySchema,
    responses: { 200: { description: "A page of findings; `cursor` fetches the next", schema: findingPage }, 400: "" } },
  { method: "get", path: "/findings/{id}", operationId: "getFinding", tag: "findings", summary: "One finding",
    responses: { 200: { description: "The finding", schema: findingSchema }, 404: "" } },
  { method: "patch", path: "/findings/{id}", operationId: "updateFinding", tag: "findings", summary: "Dismiss, resolve or reopen a finding", write: true,
    body: { schema: findingPatchSchema, mediaTypes: ["application/json"] },
    responses: { 200: { description: "The updated finding", schema: findingSchema }, 400: "", 401: "", 403: "", 404: "" } },
  { method: "get", path: "/claims", operationId: "listClaims", tag: "claims", summary: "Claims the store holds about a subject key or head", query: claimsQuerySchema,
    responses: { 200: { description: "A page of claims; `cursor` fetches the next", schema: v.object({ claims: v.array(claimSchema), cursor: v.optional(v.string()) }) }, 400: "" } },
  { method: "post", path: "/webhooks/{source}", operationId: "takeWebhook", tag: "webhooks", summary: "A signed CMS webhook (standard: Standard Webhooks envelope {type, timestamp, data: Article})",
    responses: {
      200: { description: "Taken (or a redelivery, which changes nothing)", schema: v.object({
        source: v.string(), deliveryId: v.string(), event: v.picklist(["published", "updated", "deleted", "ignored"]), duplicate: v.boolean(),
        articleId: v.optional(v.string()), checked: v.optional(v.boolean()), claims: v.optional(v.number()), findings: v.optional(v.number()), reason: v.optional(v.string()),
      }) },
      400: "", 401: "", 403: "", 404: "", 413: "", 415: "" } },
  { method: "get", path: "/health", operationId: "health", tag: "service", summary: "The process answers",
    responses: { 200: { description: "Up", schema: v.object({ status: v.literal("ok"), time: v.string() }) } } },
  { method: "get", path: "/openapi.json", operationId: "openApi", tag: "service", summary: "This document", responses: { 200: "OpenAPI 3.1" } },
];

const PROBLEM_SCHEMA = {
  type: "object",
  description: "RFC 9457 problem details",
  required: ["type", "title", "status", "detail", "code"],
  properties: {
    type: { type: "string" }, title: { type: "string" }, status: { type: "integer" }, detail: { type: "string" },
    code: { type: "string" }, instance: { type: "string" },
    errors: { type: "array", items: { type: "object", required: ["field", "message"], properties: { field: { type: "string" }, message: { type: "string" } } } },
  },
};

/** JSON Schema of a valibot schema; the records become $refs into components.schemas. */
function jsonSchema(schema: AnySchema, typeMode: "input" | "output" = "input"): JsonObject {
  const { $schema: _drop, ...rest } = toJsonSchema(schema, {
    target: "draft-2020-12", typeMode, errorMode: "ignore", definitions: RECORDS,
    overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
  }) as JsonObject;
  delete rest.$defs;
  return rest;
}

/** Query schemas are objects of strings: each property becomes a query parameter. */
function queryParameters(schema: AnySchema): JsonObject[] {
  const object = jsonSchema(schema) as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name, in: "query", required: object.required?.includes(name) ?? false, schema: property,
    ...(typeof property.description === "string" ? { description: property.description } : {}),
  }));
}

/** Text bodies carry the story itself; its metadata comes from front matter or the query. */
function requestBody(body: NonNullable<Operation["body"]>): JsonObject {
  const content: JsonObject = {};
  for (const type of body.mediaTypes) {
    content[type] = { schema: type === "application/json" ? jsonSchema(body.schema) : { type: "string", description: "The article text" } };
  }
  return { required: true, content };
}

function response(status: string, reply: Reply): JsonObject {
  const description = typeof reply === "string" ? reply : reply.description;
  if (Number(status) >= 400) return { description: description || "Problem", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } };
  if (typeof reply === "string") return { description, ...(status === "204" ? {} : { content: { "application/json": { schema: { type: "object" } } } }) };
  return { description, content: { "application/json": { schema: jsonSchema(reply.schema, "output") } } };
}

function operationObject(op: Operation): JsonObject {
  const pathParams = [...op.path.matchAll(/\{(\w{1,40})\}/g)].map((m) => ({ ...ID_PARAM, name: m[1] }));
  const parameters = [...pathParams, ...(op.query ? queryParameters(op.query) : [])];
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(parameters.length ? { parameters } : {}),
    ...(op.body ? { requestBody: requestBody(op.body) } : {}),
    ...(op.write ? { security: [{ apiKey: [] }] } : {}),
    responses: Object.fromEntries(Object.entries(op.responses).map(([s, r]) => [s, response(s, r)])),
  };
}

/**
 * The OpenAPI 3.1 document of the API, built from OPERATIONS; the request and response
 * schemas are converted from the valibot schemas the routes validate with and the stored
 * records are described by.
 * @example const doc = openApiDocument(); doc.paths["/articles"].post.responses["201"]
 */
export function openApiDocument(): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const op of OPERATIONS) paths[op.path] = { ...paths[op.path], [op.method]: operationObject(op) };
  const records = toJsonSchemaDefs(RECORDS, { target: "draft-2020-12", typeMode: "output", errorMode: "ignore" }) as unknown as Record<string, JsonObject>;
  return {
    openapi: "3.1.0",
    info: { title: "claimcheck", version: "0.1.0", description: "Numeric and dated claims in news articles, checked against each other and against earlier articles." },
    tags: [
      { name: "articles", description: "Check, store, read and delete articles" },
      { name: "findings", description: "Contradictions and discrepancies, and their review status" },
      { name: "claims", description: "What the store knows about a subject" },
      { name: "webhooks", description: "Signed deliveries from newsroom CMSs" },
      { name: "service", description: "Health and this document" },
    ],
    paths,
    components: {
      schemas: { Problem: PROBLEM_SCHEMA, ...records },
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key from CLAIMCHECK_API_KEYS" } },
    },
  };
}
