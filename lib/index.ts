/**
 * claimcheck as a library: `import { extractClaims, checkClaims } from "claimcheck"`.
 *
 * The pure core only: no AWS SDK, no HTTP server, no file system, no clock. Extract the claims
 * of an article, check them against each other and against claims you kept from earlier
 * articles, or run the whole use case through `checkArticle` with your own ClaimStore.
 * The command line (`claimcheck`) and the HTTP service are the same core behind adapters.
 * @example
 * import { extractClaims, checkClaims } from "claimcheck";
 * const article = { id: "a1", published: "2019-10-22", body: "A 30-mile (18.6-mile) strip." };
 * const claims = extractClaims(article);
 * const findings = checkClaims({ article, claims, related: { claims: [], articles: [] } });
 */
export type * from "../core/model.js";
export type * from "../core/ports.js";
export { extractClaims, EXTRACTOR_VERSION, checkClaims, type CheckInput } from "../core/index.js";
export { checkArticle, type CheckerDeps, type CheckOptions, type CheckOutcome } from "../core/index.js";
export { articleIdFor, htmlToText, readFrontMatter, type FrontMatter } from "../core/index.js";
export { ClaimcheckError, isClaimcheckError, type ErrorCode, type FieldError } from "../core/index.js";
