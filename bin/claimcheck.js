#!/usr/bin/env node
// Compiled JavaScript, not a TypeScript loader: the command starts fast. Built by `npm install` (prepare).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// The AWS SDK warns on every run under Node 20 that future releases will need Node 22; the
// command works on 20 and Lambda runs 22, so keep stderr for the user's own problems.
// Every other warning is still printed.
process.removeAllListeners("warning");
process.on("warning", (warning) => {
  if (warning.name !== "NodeVersionSupportWarning") process.stderr.write(`${warning.name}: ${warning.message}\n`);
});

const cli = new URL("../dist/functions/cli.js", import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error("claimcheck: not built yet; run `npm run build` (npm install does it for you)");
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
