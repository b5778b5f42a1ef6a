#!/usr/bin/env node
// Writes the CloudFormation templates a deploy would create, per stage, without AWS credentials
// or network: `npm run synth` (stages dev and prod) or `npm run synth -- --stage pr-42`.
// Output: synth/<stage>/<stack>.template.json plus the bundled function code as CDK assets
// (synth/<stage>/asset.*), the same cloud assembly `sst deploy` would upload.
//
// `sst build` cannot do this offline: it asks STS for the account id first. This script runs the
// same steps without that call: load sst.config.ts, build an SST App in deploy mode, run the
// stacks, finish (esbuild bundles each function) and synthesize. The account stays the
// CloudFormation pseudo parameter AWS::AccountId, so the templates are account-agnostic.
// NODE_ENV=test tells SST not to look up its bootstrap bucket (another AWS call).
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

process.env.NODE_ENV = "test";

const { values } = parseArgs({
  options: {
    stage: { type: "string", multiple: true },
    out: { type: "string", default: "synth" },
  },
});
const stages = values.stage?.length ? values.stage : ["dev", "prod"];

const { initProject, useProject } = await import("sst/project.js");
const { load } = await import("sst/stacks/build.js");
const { App } = await import("sst/constructs");
const { Aws } = await import("aws-cdk-lib");

for (const stage of stages) {
  const files = await synthesize(stage, path.resolve(values.out, stage));
  console.log(`${stage}: ${files.length} templates in ${path.relative(process.cwd(), path.resolve(values.out, stage))}/`);
  for (const file of files) console.log(`  ${file}`);
}

async function synthesize(stage, outdir) {
  await initProject({ stage });
  const project = useProject();
  // Not shallow: initProject strips the stacks() function from the config it loads.
  const [, sstConfig] = await load(project.paths.config, false);
  await fs.rm(outdir, { recursive: true, force: true });
  const app = new App(
    { mode: "deploy", stage, name: project.config.name, region: project.config.region, account: Aws.ACCOUNT_ID },
    { outdir },
  );
  await sstConfig.stacks(app);
  await app.finish();
  const assembly = app.synth();
  return assembly.stacks.map((s) => path.basename(s.templateFullPath));
}
