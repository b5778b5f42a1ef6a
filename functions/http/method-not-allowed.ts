import type { Context } from "hono";
import { problemType } from "./errors.js";
import type { AppEnv } from "./deps.js";

/** A registered route as Hono lists it in `app.routes`. */
interface RouteEntry {
  method: string;
  path: string;
}

/** "/articles/:id/findings" as a regex over a request path; "*" matches the rest. */
function patternOf(path: string): RegExp {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  const source = trimmed.split("/").map((part) => {
    if (part === "*") return ".*";
    if (part.startsWith(":")) return "[^/]+";
    return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }).join("/");
  return new RegExp(`^${source}/?$`);
}

/**
 * For a request no route answered: the methods the app does answer on that path, so a wrong
 * method is a 405 with `Allow` (RFC 9110 §15.5.6), not a 404 that says the resource is not
 * there. HEAD comes with GET (Hono answers it from the GET route). Built once from the
 * app's own route list, so it can never disagree with the routes.
 * @example const allowed = allowedMethods(app.routes); allowed("/articles/a1") // ["DELETE", "GET", "HEAD"]
 */
export function allowedMethods(routes: readonly RouteEntry[]): (path: string) => string[] {
  let table: { pattern: RegExp; method: string }[] | undefined;
  return (path) => {
    table ??= routes.filter((r) => r.method !== "ALL").map((r) => ({ pattern: patternOf(r.path), method: r.method.toUpperCase() }));
    const methods = new Set(table.filter((r) => r.pattern.test(path)).map((r) => r.method));
    if (methods.has("GET")) methods.add("HEAD");
    return [...methods].sort();
  };
}

/**
 * The 405 problem: the same problem+json shape as every other error, with the Allow header.
 * @example return methodNotAllowed(c, ["GET", "HEAD"])
 */
export function methodNotAllowed(c: Context<AppEnv>, allowed: readonly string[]): Response {
  const detail = `${c.req.method} is not supported on ${c.req.path}; use ${allowed.join(", ")}.`;
  c.var.log?.info("request failed", { code: "method-not-allowed", detail });
  const problem = { type: problemType("method-not-allowed" as never), title: "Method not allowed", status: 405, detail, code: "method-not-allowed", instance: c.req.path };
  return new Response(JSON.stringify(problem), { status: 405, headers: { "Content-Type": "application/problem+json", Allow: allowed.join(", ") } });
}
