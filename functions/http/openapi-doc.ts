import * as v from "valibot";
import { toJsonSchema } from "@valibot/to-json-schema";
import { articleInputSchema, claimsQuerySchema, findingPatchSchema, findingsQuerySchema, postArticleQuerySchema } from "../schemas/index.js";
import { ARTICLE_MEDIA_TYPES } from "./article-input.js";

type JsonObject = Record<string, unknown>;
type AnySchema = v.GenericSchema<unknown, unknown>;

/** One documented operation; request parts point at the very schemas the routes validate with. */
interface Operation {
  method: "get" | "post" | "patch" | "delete";
  /** OpenAPI path template: "/articles/{id}". */
  path: string;
  summary: string;
  write?: boolean;
  query?: AnySchema;
  body?: { schema: AnySchema; mediaTypes: readonly string[] };
  responses: Record<string, string>;
}

const ID_PARAM = { name: "id", in: "path", required: true, schema: { type: "string" } };

/** Every route of the API. A test checks it against the routes the app really has. */
export const OPERATIONS: Operation[] = [
  { method: "post", path: "/articles", summary: "Check an article against itself and the store, and store it", write: true,
    query: postArticleQuerySchema, body: { schema: articleInputSchema, mediaTypes: ARTICLE_MEDIA_TYPES },
    responses: { 201: "Stored: {article, claims, findings}", 200: "Dry run (?dryRun=1): {article, claims, findings, dryRun}, nothing stored", 400: "", 401: "", 413: "", 415: "" } },
  { method: "get", path: "/articles/{id}", summary: "An article as stored, with its claims", responses: { 200: "{article, claims}", 404: "" } },
  { method: "delete", path: "/articles/{id}", summary: "Remove an article and its claims; its findings are resolved", write: true, responses: { 204: "Deleted", 401: "", 404: "" } },
  { method: "get", path: "/articles/{id}/findings", summary: "Findings involving an article", responses: { 200: "{findings}", 404: "" } },
  { method: "get", path: "/findings", summary: "Findings, newest first, filtered and paginated", query: findingsQuerySchema, responses: { 200: "{findings, cursor?}", 400: "" } },
  { method: "get", path: "/findings/{id}", summary: "One finding", responses: { 200: "The finding", 404: "" } },
  { method: "patch", path: "/findings/{id}", summary: "Dismiss, resolve or reopen a finding", write: true,
    body: { schema: findingPatchSchema, mediaTypes: ["application/json"] }, responses: { 200: "The updated finding", 400: "", 401: "", 404: "" } },
  { method: "get", path: "/claims", summary: "Claims the store holds about a subject key or head", query: claimsQuerySchema, responses: { 200: "{claims, cursor?}", 400: "" } },
  { method: "post", path: "/webhooks/{source}", summary: "A signed CMS webhook (standard: Standard Webhooks envelope {type, timestamp, data: Article})",
    responses: { 200: "Taken (or a redelivery, which changes nothing)", 400: "", 401: "", 404: "", 413: "", 415: "" } },
  { method: "get", path: "/health", summary: "The process answers", responses: { 200: "{status: \"ok\", time}" } },
  { method: "get", path: "/openapi.json", summary: "This document", responses: { 200: "OpenAPI 3.1" } },
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

function jsonSchema(schema: AnySchema): JsonObject {
  const { $schema: _drop, ...rest } = toJsonSchema(schema, { target: "draft-2020-12", typeMode: "input", errorMode: "ignore" }) as JsonObject;
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

function response(status: string, description: string): JsonObject {
  if (Number(status) >= 400) return { description: description || "Problem", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } };
  return { description, ...(status === "204" ? {} : { content: { "application/json": { schema: { type: "object" } } } }) };
}

function operationObject(op: Operation): JsonObject {
  const pathParams = [...op.path.matchAll(/\{(\w{1,40})\}/g)].map((m) => ({ ...ID_PARAM, name: m[1] }));
  const parameters = [...pathParams, ...(op.query ? queryParameters(op.query) : [])];
  return {
    summary: op.summary,
    ...(parameters.length ? { parameters } : {}),
    ...(op.body ? { requestBody: requestBody(op.body) } : {}),
    ...(op.write ? { security: [{ apiKey: [] }] } : {}),
    responses: Object.fromEntries(Object.entries(op.responses).map(([s, d]) => [s, response(s, d)])),
  };
}

/**
 * The OpenAPI 3.1 document of the API, built from OPERATIONS.
 * @example const doc = openApiDocument(); doc.paths["/articles"].post.requestBody
 */
export function openApiDocument(): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const op of OPERATIONS) paths[op.path] = { ...paths[op.path], [op.method]: operationObject(op) };
  return {
    openapi: "3.1.0",
    info: { title: "claimcheck", version: "0.1.0", description: "Numeric and dated claims in news articles, checked against each other and against earlier articles." },
    paths,
    components: {
      schemas: { Problem: PROBLEM_SCHEMA },
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key from CLAIMCHECK_API_KEYS" } },
    },
  };
}
