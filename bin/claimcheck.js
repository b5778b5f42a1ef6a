#!/usr/bin/env node
// Compiled JavaScript, not a TypeScript loader: the command starts fast. Built by `npm install` (prepare).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// The AWS SDK warns on every run under Node 20 that its 2027 releases will need Node 22; the
// command works on 20 (Lambda runs 22), so keep stderr for the user's own problems.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const cli = new URL("../dist/functions/cli.js", import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error("claimcheck: not built yet; run `npm run build` (npm install does it for you)");
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
