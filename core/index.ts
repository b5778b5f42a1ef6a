/**
 * The only import point for everything outside core/. Pure: no AWS, Hono, environment,
 * clock or I/O behind these names.
 */
export type * from "./model.js";
export type * from "./ports.js";
export { ClaimcheckError, isClaimcheckError, type ErrorCode, type FieldError } from "./errors.js";
export { claimId, findingId, hash64 } from "./ids.js";
export { articleIdFor, decodeEntities, htmlToText, looksLikeHtml, readFrontMatter, type FrontMatter } from "./article/index.js";
export { extractClaims, EXTRACTOR_VERSION } from "./extract/index.js";
export { checkClaims, type CheckInput } from "./check/index.js";
export { filingKeys, lookupsFor, lookupsForClaims, relatedByIndex, partitionOf, INDEX_VERSION, type Filing, type IndexLookup } from "./check/claim-index.js";
export { checkArticle, type CheckerDeps, type CheckOptions, type CheckOutcome } from "./checker.js";
export { sameSubject, subjectHead } from "./subject-match.js";
export { recheck, groupFindings, type RecheckDeps, type RecheckProgress, type RecheckResult, type RecheckSummary } from "./recheck.js";
