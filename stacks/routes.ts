/**
 * Every route of the HTTP API (DESIGN.md "HTTP API") in API Gateway's syntax. All of them reach
 * the same Hono app; listing them instead of a `$default` catch-all means API Gateway answers
 * unknown paths with 404 without waking a function, and the deployed surface can be read here.
 * `GET /` and `GET /articles/{id}` also serve the review pages (the app negotiates HTML or JSON).
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
] as const;
