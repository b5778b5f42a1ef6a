/**
 * Every route of the HTTP API (DESIGN.md "HTTP API") in API Gateway's syntax. All of them reach
 * the same Hono app; listing them instead of a `$default` catch-all means API Gateway answers
 * unknown paths with 404 without waking a function, and the deployed surface can be read here.
 * The review pages (functions/http/pages) are served by the same function under /review and
 * /assets; tests/stacks/routes.test.ts fails when this list and the Hono app's routes differ.
 */
export const API_ROUTES = [
  "GET /",
  "GET /health",
  "GET /openapi.json",
  "POST /articles",
  "GET /articles/{id}",
  "DELETE /articles/{id}",
  "GET /articles/{id}/findings",
  "GET /findings",
  "GET /findings/{id}",
  "PATCH /findings/{id}",
  "GET /claims",
  "POST /webhooks/{source}",
  // The review pages.
  "GET /assets/claimcheck.css",
  "GET /review/findings",
  "GET /review/findings/{id}",
  "GET /review/findings/{id}/claimreview.json",
  "POST /review/findings/{id}/status",
  "GET /review/articles/{id}",
  "POST /review/check",
  "GET /review/sign-in",
  "POST /review/sign-in",
  "POST /review/sign-out",
] as const;
