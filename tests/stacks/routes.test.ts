import { describe, expect, it } from "vitest";
import { createApp } from "../../functions/http/app.js";
import type { AppStore } from "../../functions/http/deps.js";
import { API_ROUTES } from "../../stacks/routes.js";

// Only the route table is read; no request is made, so no store or logger is ever called.
const unused = new Proxy({}, { get: () => () => { throw new Error("not used"); } });

/** Hono's `/articles/:id` and `/assets/*` in API Gateway's `{id}` and `{proxy+}` syntax. */
function gatewayPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]{1,40})/g, "{$1}").replace(/\/\*$/, "/{proxy+}");
}

function appRoutes(): string[] {
  const app = createApp({
    store: unused as AppStore,
    now: () => "2026-01-01T00:00:00.000Z",
    apiKeys: ["k"],
    logger: unused as never,
    webhookSecrets: {},
    alertEndpoints: [],
  });
  const keys = app.routes
    .filter((r) => r.method !== "ALL") // middleware registered with app.use
    .map((r) => `${r.method} ${gatewayPath(r.path)}`);
  return [...new Set(keys)].sort();
}

describe("API_ROUTES", () => {
  it("deploys every route the Hono app serves, so API Gateway never answers 404 for one of them", () => {
    const deployed = new Set<string>(API_ROUTES);
    const missing = appRoutes().filter((route) => !deployed.has(route));
    expect(missing).toEqual([]);
  });

  it("deploys no route the app does not serve (each would only reach the app's 404)", () => {
    const served = new Set(appRoutes());
    expect(API_ROUTES.filter((route) => !served.has(route))).toEqual([]);
  });
});

describe("gatewayPath", () => {
  it("translates parameters and a trailing wildcard, and leaves plain paths alone", () => {
    expect(gatewayPath("/articles/:id/findings")).toBe("/articles/{id}/findings");
    expect(gatewayPath("/assets/*")).toBe("/assets/{proxy+}");
    expect(gatewayPath("/openapi.json")).toBe("/openapi.json");
  });
});
