/**
 * The Lambda handler's bundle: functions/api.ts bundled by esbuild as the stacks would
 * (minified, platform node, ESM, target node22), once with the AWS SDK v3 inside and once with
 * it external (the nodejs22.x runtime provides it), beside a bare Hono Lambda handler bundled
 * the same way. Size minified and gzipped; module load time in a fresh node process per sample.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { ROOT } from "./lib/corpus.mjs";
import { figure, ratio } from "./lib/stats.mjs";

export const id = "lambda";
export const title = "Lambda handler bundle and module load";

const run$ = promisify(execFile);

const BARE = `import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
export const handler = handle(new Hono().get("/", (c) => c.text("ok")));
`;

/** ESM bundles of CommonJS packages need a require; SST's Node function adds the same banner. */
const BANNER = `import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);`;

/** What the init phase needs to pass: keys and a table (never contacted during import). */
const LAMBDA_ENV = {
  CLAIMCHECK_API_KEYS: "bench-key-0123456789abcdef",
  CLAIMCHECK_TABLE: "claimcheck-bench",
  AWS_REGION: "us-east-1",
  AWS_ACCESS_KEY_ID: "bench",
  AWS_SECRET_ACCESS_KEY: "bench",
};

/** "node_modules/@aws-sdk/client-dynamodb/dist-es/x.js" -> "@aws-sdk/client-dynamodb"; core/ and functions/ -> "claimcheck". */
function packageOf(input) {
  const match = /node_modules\/((?:@[^/]{1,100}\/)?[^/]{1,100})/u.exec(input);
  if (match) return match[1];
  return input.includes("bench/.out/") ? "the entry file" : "claimcheck (core/, functions/)";
}

/** The packages that put the most bytes into the output. */
function heaviest(metafile, count) {
  const bytes = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      bytes.set(packageOf(input), (bytes.get(packageOf(input)) ?? 0) + bytesInOutput);
    }
  }
  return [...bytes].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, size]) => ({ name, bytes: size }));
}

async function bundle(entry, outfile, external) {
  const { metafile } = await build({
    entryPoints: [entry], outfile, bundle: true, minify: true, platform: "node", format: "esm", target: "node22",
    external, banner: { js: BANNER }, logLevel: "silent", legalComments: "none", metafile: true,
  });
  const code = readFileSync(outfile);
  return { bytes: code.length, gzipBytes: gzipSync(code).length, heaviest: heaviest(metafile, 8) };
}

const LOADER = `const started = performance.now();
await import(process.argv[1]);
process.stdout.write(String(performance.now() - started));`;

/** One fresh process: what a cold start pays for importing the module (not node's own boot). */
async function loadOnce(file) {
  const { stdout } = await run$(process.execPath, ["--input-type=module", "-e", LOADER, pathToFileURL(file).href], {
    env: { PATH: process.env.PATH, ...LAMBDA_ENV }, cwd: ROOT,
  });
  return Number(stdout);
}

export async function run(ctx) {
  const dir = join(ctx.outDir, "lambda");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "bare-entry.mjs"), BARE);
  const variants = [
    { name: "claimcheck API, AWS SDK bundled", entry: join(ROOT, "functions/api.ts"), file: join(dir, "api-sdk-bundled.mjs"), external: [] },
    { name: "claimcheck API, AWS SDK external", entry: join(ROOT, "functions/api.ts"), file: join(dir, "api-sdk-external.mjs"), external: ["@aws-sdk/*"] },
    { name: "bare Hono handler", entry: join(dir, "bare-entry.mjs"), file: join(dir, "bare.mjs"), external: [] },
  ];
  for (const v of variants) {
    ctx.log(`lambda: bundling ${v.name}`);
    v.size = await bundle(v.entry, v.file, v.external);
    v.samples = [];
  }
  const samples = ctx.quick ? 1 : 15;
  ctx.log(`lambda: ${samples} fresh-process imports of each bundle`);
  // Interleaved, so a busy moment on the machine lands on every variant alike.
  for (let i = 0; i < samples; i++) for (const v of variants) v.samples.push(await loadOnce(v.file));

  const figures = variants.flatMap((v) => [
    figure(`${v.name}: module load`, "ms", v.samples, { variant: v.name }),
    { label: `${v.name}: bundle size`, unit: "bytes", median: v.size.bytes, min: v.size.bytes, max: v.size.bytes, runs: [v.size.bytes], gzipBytes: v.size.gzipBytes, heaviest: v.size.heaviest, variant: v.name },
  ]);
  const load = (name) => figures.find((f) => f.variant === name && f.unit === "ms").median;
  const [bundled, external, bare] = variants.map((v) => load(v.name));
  const recommend = external <= bundled ? "external" : "bundled";
  const [chosen, other] = recommend === "external" ? [external, bundled] : [bundled, external];
  return {
    params: { samples, esbuild: "minify, platform node, format esm, target node22", external: "@aws-sdk/*" },
    figures,
    ratios: [
      ratio("SDK bundled: load / bare Hono", bundled / bare, { op: "<=", value: 1.5 }),
      ratio("SDK external: load / bare Hono", external / bare, { op: "<=", value: 1.5 }),
    ],
    recommendation: `SDK ${recommend}: ${chosen.toFixed(0)} ms median load, against ${other.toFixed(0)} ms with the SDK ${recommend === "external" ? "bundled" : "external"}`,
  };
}
