import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Template } from "aws-cdk-lib/assertions";
import { App, getStack } from "sst/constructs";
import { initProject, useProject } from "sst/project.js";
import sstConfig from "../../sst.config.js";
import { Api } from "../../stacks/Api.js";
import { Recheck } from "../../stacks/Recheck.js";
import { Secrets } from "../../stacks/Secrets.js";
import { Storage } from "../../stacks/Storage.js";

/** The synthesized stacks of one stage, as `sst deploy` would hand them to CloudFormation. */
export interface SynthesizedStage {
  stage: string;
  storage: Template;
  secrets: Template;
  api: Template;
  recheck: Template;
  /** Where the cloud assembly (templates and bundled function code) was written. */
  outdir: string;
}

/**
 * Runs sst.config.ts for `stage` exactly as a deploy does (deploy mode, esbuild bundling of each
 * function in app.finish()), offline: NODE_ENV=test makes SST skip its bootstrap lookup, and
 * initProject gets the stage so it never prompts. `env` sets deploy-time overrides for the run.
 * SST's working folder (.sst: bundles, generated types) moves to a fresh temporary folder, so
 * this can run beside `npm run synth` or another test file without two builds sharing files.
 *
 * @example
 * const prod = await synthesizeStage("prod");
 * prod.storage.hasResourceProperties("AWS::DynamoDB::Table", { BillingMode: "PAY_PER_REQUEST" });
 */
export async function synthesizeStage(
  stage: string,
  env: Record<string, string> = {},
  mode: "deploy" | "remove" = "deploy",
): Promise<SynthesizedStage> {
  process.env.NODE_ENV = "test";
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    await initProject({ stage });
    const work = await fs.mkdtemp(path.join(os.tmpdir(), `claimcheck-synth-${stage}-`));
    const { paths } = useProject();
    paths.out = path.join(work, ".sst");
    paths.artifacts = path.join(work, ".sst", "artifacts");
    const outdir = path.join(work, "cdk.out");
    const app = new App({ mode, stage, name: "claimcheck", region: "us-east-1" }, { outdir });
    await sstConfig.stacks(app);
    await app.finish();
    app.synth();
    const of = (fn: Parameters<typeof getStack>[0]) => Template.fromStack(getStack(fn));
    return { stage, storage: of(Storage), secrets: of(Secrets), api: of(Api), recheck: of(Recheck), outdir };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };

/**
 * The one resource of `type` whose properties include `props` (fails unless exactly one).
 *
 * @example
 * const [id, fn] = onlyResource(t, "AWS::Lambda::Function", { Handler: "functions/api.handler" });
 */
export function onlyResource(template: Template, type: string, props: Record<string, unknown> = {}): [string, Resource] {
  const found = Object.entries(template.findResources(type, { Properties: props }) as Record<string, Resource>);
  if (found.length !== 1) throw new Error(`expected one ${type} matching ${JSON.stringify(props)}, found ${found.length}`);
  return found[0]!;
}

/**
 * Every IAM statement attached to the role of the function whose handler is `handler`:
 * inline policies on that role plus its managed policy ARNs.
 *
 * @example
 * const { statements } = roleOf(api, "functions/api.handler");
 */
export function roleOf(template: Template, handler: string): { statements: Statement[]; managed: unknown[] } {
  const [, fn] = onlyResource(template, "AWS::Lambda::Function", { Handler: handler });
  const roleRef = (fn.Properties.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
  const role = template.findResources("AWS::IAM::Role")[roleRef] as Resource;
  const policies = Object.values(template.findResources("AWS::IAM::Policy") as Record<string, Resource>).filter((p) =>
    (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleRef),
  );
  const statements = policies.flatMap((p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  return { statements, managed: (role.Properties.ManagedPolicyArns as unknown[]) ?? [] };
}

export interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

/** A statement's actions as a list, whether CloudFormation got one string or several. */
export function actionsOf(statement: Statement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}

/** The handlers of the two functions, as the templates name them. */
export const API = "functions/api.handler";
export const RECHECK = "functions/recheck.handler";

/** The stages every spec reads, filled once by stacks.test.ts before any spec runs. */
export interface Stages {
  dev: SynthesizedStage;
  prod: SynthesizedStage;
  /** A preview stage deployed with CLAIMCHECK_RECHECK_SCHEDULE and CLAIMCHECK_CORS_ORIGINS set. */
  preview: SynthesizedStage;
}
