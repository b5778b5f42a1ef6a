import type { FunctionProps } from "sst/constructs";

/**
 * What every claimcheck Lambda shares. nodejs22.x: nodejs20.x is deprecated on Lambda.
 * arm64 (Graviton): about 20% cheaper per GB-second than x86_64 for the same work, and nothing
 * here is native code. One month of logs: enough to investigate a complaint about last week's
 * story, short enough that logs don't become the biggest line on the bill.
 * Tracing off: the functions log structured JSON with request ids; X-Ray would add cost and a
 * "*"-resource permission for little extra insight into two short, linear handlers.
 *
 * @example
 * new Function(stack, "Api", { ...LAMBDA_BASE, handler: "functions/api.handler" });
 */
export const LAMBDA_BASE = {
  runtime: "nodejs22.x",
  architecture: "arm_64",
  logRetention: "one_month",
  tracing: "disabled",
  nodejs: {
    // ESM like the rest of the project. Not minified and no source map: SST would ship the map
    // to S3 for its console rather than to the function, so unminified code (esbuild keeps
    // names) is what makes a CloudWatch stack trace readable.
    format: "esm",
    sourcemap: false,
    minify: false,
  },
} as const satisfies FunctionProps;
