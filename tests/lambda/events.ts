import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { API_ROUTES } from "../../stacks/routes.js";

/**
 * API Gateway HTTP API payload format 2.0 events, as documented
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html):
 * lowercase headers, repeated headers comma-joined, rawPath/rawQueryString, a routeKey with
 * {param} templates, pathParameters, and a body that is base64 for binary payloads.
 * The routeKey comes from the routes the stack really deploys: a request the deployed API
 * would answer with its own 404 (no route) cannot be built here.
 */
export interface RequestSpec {
  method: string;
  path: string;
  query?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body base64-encoded, as API Gateway does for non-text content. */
  base64?: boolean;
  requestId?: string;
}

function matchRoute(method: string, path: string): { routeKey: string; pathParameters?: Record<string, string> } {
  for (const route of API_ROUTES) {
    const [routeMethod, template] = route.split(" ") as [string, string];
    if (routeMethod !== method) continue;
    const names: string[] = [];
    const pattern = new RegExp(`^${template.replace(/\{(\w+)\}/g, (_m, name: string) => (names.push(name), "([^/]+)"))}$`);
    const match = pattern.exec(path);
    if (!match) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
    return { routeKey: route, ...(names.length ? { pathParameters: params } : {}) };
  }
  throw new Error(`${method} ${path}: no such route in stacks/routes.ts; API Gateway would answer 404 without invoking Lambda`);
}

export function httpApiEvent(spec: RequestSpec): APIGatewayProxyEventV2 {
  const { routeKey, pathParameters } = matchRoute(spec.method, spec.path);
  const raw = spec.body === undefined ? undefined : Buffer.isBuffer(spec.body) ? spec.body : Buffer.from(spec.body, "utf8");
  const headers: Record<string, string> = {
    accept: "*/*", host: "abc123.execute-api.eu-west-1.amazonaws.com", "user-agent": "curl/8.5.0",
    "x-amzn-trace-id": "Root=1-65f0c1d2-0123456789abcdef01234567", "x-forwarded-for": "203.0.113.7",
    "x-forwarded-port": "443", "x-forwarded-proto": "https",
    ...(raw ? { "content-length": String(raw.byteLength) } : {}),
  };
  for (const [name, value] of Object.entries(spec.headers ?? {})) headers[name.toLowerCase()] = value;
  const query = spec.query ?? "";
  const queryStringParameters = query
    ? Object.fromEntries([...new URLSearchParams(query)].reduce((m, [k, v]) => m.set(k, m.has(k) ? `${m.get(k)},${v}` : v), new Map<string, string>()))
    : undefined;
  const requestId = spec.requestId ?? "JZk3hhQVjoEEJDA=";
  return {
    version: "2.0",
    routeKey,
    rawPath: spec.path,
    rawQueryString: query,
    headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    ...(pathParameters ? { pathParameters } : {}),
    requestContext: {
      accountId: "123456789012", apiId: "abc123", domainName: "abc123.execute-api.eu-west-1.amazonaws.com", domainPrefix: "abc123",
      http: { method: spec.method, path: spec.path, protocol: "HTTP/1.1", sourceIp: "203.0.113.7", userAgent: "curl/8.5.0" },
      requestId, routeKey, stage: "$default", time: "21/Nov/2026:18:00:00 +0000", timeEpoch: 1795284000000,
    },
    ...(raw ? { body: spec.base64 ? raw.toString("base64") : raw.toString("utf8"), isBase64Encoded: Boolean(spec.base64) } : { isBase64Encoded: false }),
  };
}

export function lambdaContext(requestId = "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"): Context {
  return {
    callbackWaitsForEmptyEventLoop: true, functionName: "claimcheck-ApiHandler", functionVersion: "$LATEST",
    invokedFunctionArn: "arn:aws:lambda:eu-west-1:123456789012:function:claimcheck-ApiHandler", memoryLimitInMB: "512",
    awsRequestId: requestId, logGroupName: "/aws/lambda/claimcheck-ApiHandler", logStreamName: "2026/11/21/[$LATEST]abc",
    getRemainingTimeInMillis: () => 20_000, done: () => undefined, fail: () => undefined, succeed: () => undefined,
  };
}

export type LambdaResult = APIGatewayProxyStructuredResultV2 & { statusCode: number; headers: Record<string, string> };

/** The result's body as text (the adapter base64-encodes binary responses). */
export function bodyText(result: LambdaResult): string {
  return result.isBase64Encoded ? Buffer.from(result.body ?? "", "base64").toString("utf8") : (result.body ?? "");
}
