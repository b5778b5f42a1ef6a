export { articleInputSchema, parseArticleInput, type ArticleInput } from "./article.js";
export { findingPatchSchema, parseFindingPatch, type FindingPatch } from "./finding.js";
export { assertValidId, idProblem, idSchema, isValidId, MAX_ID_LENGTH } from "./id.js";
export { claimsQuerySchema, findingsQuerySchema, postArticleQuerySchema } from "./query.js";
export { articleSummarySchema, claimSchema, findingSchema, storedArticleSchema } from "./records.js";
export {
  CLAIM_KINDS, DIMENSIONS, FINDING_KINDS, FINDING_STATUSES, MODALITIES, QUALIFIERS, SEVERITIES,
  claimKindSchema, dimensionSchema, findingKindSchema, findingStatusSchema, modalitySchema, qualifierSchema, severitySchema,
} from "./vocabulary.js";
export { publishedSchema } from "./dates.js";
export { parseWith } from "./issues.js";
