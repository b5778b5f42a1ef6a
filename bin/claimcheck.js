#!/usr/bin/env node
// Compiled JavaScript, not a TypeScript loader: the command starts fast. Built by `npm install` (prepare).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = new URL("../dist/functions/cli.js", import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error("claimcheck: not built yet; run `npm run build` (npm install does it for you)");
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
