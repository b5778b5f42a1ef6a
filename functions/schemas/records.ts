import * as v from "valibot";
import type { Claim, Finding, StoredArticle } from "../../core/index.js";
import { claimKindSchema, dimensionSchema, findingKindSchema, findingStatusSchema, modalitySchema, qualifierSchema, severitySchema } from "./vocabulary.js";

/**
 * The stored Claim, Finding and article as valibot schemas: what the API answers (the OpenAPI
 * document's response schemas are generated from these) and what the store checks items
 * against when it reads them back (functions/store/codec.ts): one definition for both. The assignments at the end make the compiler hold them to
 * core/model.ts both ways.
 */

const span = v.object({ start: v.number(), end: v.number() });
const framePart = { id: v.string(), text: v.string() };

const scopeEntity = v.object({
  ...framePart,
  kind: v.picklist(["place", "organisation", "group", "named"]),
  within: v.optional(v.array(v.string())),
});

const frameSchema = v.object({
  measure: v.object(framePart),
  scope: v.array(scopeEntity),
  event: v.optional(v.object({ ...framePart, place: v.optional(v.string()), date: v.optional(v.string()) })),
  rules: v.optional(v.array(v.string())),
});

const subjectSchema = v.object({
  key: v.string(), text: v.string(), head: v.string(),
  measure: v.optional(v.string()), group: v.optional(v.string()),
  place: v.optional(v.string()), event: v.optional(v.string()),
  frame: v.optional(frameSchema),
});

/** @example v.parse(claimSchema, claim) */
export const claimSchema = v.pipe(v.object({
  id: v.string(), articleId: v.string(),
  kind: claimKindSchema,
  text: v.string(), start: v.number(), end: v.number(),
  value: v.union([v.number(), v.string()]),
  unit: v.optional(v.string()),
  dimension: v.optional(dimensionSchema),
  qualifier: qualifierSchema,
  qualifierText: v.optional(v.string()),
  low: v.optional(v.number()), high: v.optional(v.number()), step: v.optional(v.number()),
  subject: v.optional(subjectSchema),
  asOf: v.optional(v.string()),
  modality: modalitySchema,
  change: v.optional(v.object({
    direction: v.picklist(["up", "down"]), role: v.picklist(["to", "from", "by"]), text: v.string(), pairedWith: v.optional(v.string()),
  })),
  vague: v.optional(v.boolean()),
  conversionOf: v.optional(v.string()),
  sentence: v.optional(span),
  rules: v.array(v.string()),
  // A figure's head word and story (core/extract/subject/head-figures.ts): kept on read, or the check never sees it.
  headWord: v.optional(v.object({ word: v.string(), story: v.array(scopeEntity), said: v.optional(v.string()), only: v.optional(v.boolean()) })),
  // What the figure counts (core/extract/subject/counted-slot.ts): kept on read, or the aligned-reports check never sees it.
  slot: v.optional(v.object({ id: v.string(), said: v.string(), lead: v.optional(v.boolean()), counting: v.optional(v.boolean()), story: v.array(scopeEntity) })),
  // The time of day a date is told with (core/extract/dates/time-of-day.ts): kept on read, or two reports' times are never compared.
  time: v.optional(v.object({ low: v.number(), high: v.number(), precision: v.picklist(["minute", "hour", "part"]), zone: v.optional(v.string()), day: v.optional(v.literal("lead")) })),
}), v.title("Claim"), v.description("One numeric or dated statement, with its exact span: text === body.slice(start, end) (UTF-16 offsets)."));

/** @example v.parse(findingSchema, finding) */
export const findingSchema = v.pipe(v.object({
  id: v.string(),
  kind: findingKindSchema,
  severity: severitySchema,
  claims: v.array(v.object({ articleId: v.string(), claimId: v.string(), start: v.number(), end: v.number(), text: v.string() })),
  explanation: v.string(),
  status: findingStatusSchema,
  rule: v.string(),
  subject: v.optional(v.string()),
  detectedAt: v.optional(v.string()),
  statusChangedAt: v.optional(v.string()),
  note: v.optional(v.string()),
}), v.title("Finding"), v.description("A contradiction or discrepancy between claims, explained for a journalist."));

const summaryEntries = {
  id: v.string(), title: v.optional(v.string()), url: v.optional(v.string()),
  source: v.optional(v.string()), published: v.optional(v.string()),
};

/** An article without its text, as POST /articles answers it. */
export const articleSummarySchema = v.pipe(v.object(summaryEntries), v.title("ArticleSummary"));

const storedEntries = { ...summaryEntries, extractorVersion: v.number(), checkedAt: v.string(), indexVersion: v.optional(v.number()) };

/** An article as stored, without its text: the summary the store keeps on the article item. */
export const storedSummarySchema = v.object(storedEntries);

/** An article as stored (GET /articles/{id}): with its text and when it was checked. */
export const storedArticleSchema = v.pipe(v.object({ ...storedEntries, body: v.string() }), v.title("StoredArticle"));

// Held to core/model.ts both ways: a required field missing on either side, or a field whose type differs, fails to compile.
const claimOut = (x: v.InferOutput<typeof claimSchema>): Claim => x;
const claimIn = (x: Claim): v.InferInput<typeof claimSchema> => x;
const findingOut = (x: v.InferOutput<typeof findingSchema>): Finding => x;
const findingIn = (x: Finding): v.InferInput<typeof findingSchema> => x;
const storedOut = (x: v.InferOutput<typeof storedArticleSchema>): StoredArticle => x;
const storedIn = (x: StoredArticle): v.InferInput<typeof storedArticleSchema> => x;
void [claimOut, claimIn, findingOut, findingIn, storedOut, storedIn];
