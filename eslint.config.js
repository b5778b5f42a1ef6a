import js from "@eslint/js";
import tseslint from "typescript-eslint";

// core/ stays pure: no AWS, Hono, SST, environment, clock or I/O, so it can be read and tested alone.
const impureModules = [
  "hono", "hono/*", "@hono/*", "@aws-sdk/*", "@aws-lambda-powertools/*", "sst", "sst/*",
  "aws-cdk-lib", "aws-cdk-lib/*", "constructs", "dynalite",
  "fs", "node:fs", "fs/*", "node:fs/*", "http", "node:http", "https", "node:https", "net", "node:net",
  "child_process", "node:child_process", "os", "node:os", "process", "node:process",
  "worker_threads", "node:worker_threads", "dgram", "node:dgram",
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", ".sst/**", "cdk.out/**", "synth/**", "bench/.out/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly", setInterval: "readonly", clearInterval: "readonly", Buffer: "readonly", TextEncoder: "readonly", TextDecoder: "readonly", fetch: "readonly", Response: "readonly", Request: "readonly", Headers: "readonly", AbortController: "readonly", AbortSignal: "readonly", performance: "readonly", structuredClone: "readonly", queueMicrotask: "readonly", crypto: "readonly", ReadableStream: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: impureModules, message: "core/ is pure: no AWS, Hono, SST, environment, clock or I/O. Take it as a parameter or a port." }] }],
      "no-restricted-globals": ["error",
        { name: "process", message: "core/ does not read the environment: take it as a parameter." },
        { name: "fetch", message: "core/ does no I/O: use a port." },
        { name: "setTimeout", message: "core/ has no clock: take it as a parameter." },
        { name: "setInterval", message: "core/ has no clock: take it as a parameter." },
        { name: "console", message: "core/ does not log: return what happened." }],
      "no-restricted-properties": ["error",
        { object: "Date", property: "now", message: "core/ has no clock: take `now` as a parameter." },
        { object: "performance", property: "now", message: "core/ has no clock." },
        { object: "Math", property: "random", message: "core/ is deterministic." }],
      "no-restricted-syntax": ["error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "core/ has no clock: `new Date()` reads it; take `now` as a parameter." },
        { selector: "CallExpression[callee.name='Date']", message: "core/ has no clock: `Date()` reads it." }],
    },
  },
);
