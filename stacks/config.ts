import { z } from "zod";

/**
 * Stages whose data must survive `sst remove` and whose table is retained on removal.
 * Everything else (personal stages, pr-123, dev) is disposable.
 */
export const PRODUCTION_STAGES: readonly string[] = ["prod", "production"];

// EventBridge accepts `rate(<n> minute|minutes|hour|hours|day|days)` and six-field
// `cron(...)` expressions. Checking the shape here turns a typo into a synth-time error naming the
// stage instead of a CloudFormation rollback minutes into a deploy.
const RATE = /^rate\(([1-9]\d{0,5}) (minute|minutes|hour|hours|day|days)\)$/;
const CRON = /^cron\((\S{1,40} ){5}\S{1,40}\)$/;

const schedule = z
  .string()
  .refine((s) => RATE.test(s) || CRON.test(s), {
    message: 'schedule must be "rate(<n> minutes|hours|days)" or a six-field "cron(...)" expression',
  })
  .refine((s) => !RATE.test(s) || rateIsGrammatical(s), {
    message: 'EventBridge wants "rate(1 hour)" but "rate(2 hours)": singular unit for 1, plural otherwise',
  })
  .transform((s) => s as `rate(${string})` | `cron(${string})`);

function rateIsGrammatical(s: string): boolean {
  const [, count, unit] = RATE.exec(s) ?? [];
  return (count === "1") === !unit?.endsWith("s");
}

/** The per-stage knobs of the deployment, validated before any resource is defined. */
export const StageConfigSchema = z
  .object({
    /** When the batch re-check runs (EventBridge schedule expression). */
    recheckSchedule: schedule,
    /** Keep the table (and its data) when the stage is removed. */
    retainData: z.boolean(),
    /** HTTP API default route throttling: steady requests per second and burst bucket size. */
    throttle: z.object({
      rate: z.number().int().positive().max(10_000),
      burst: z.number().int().positive().max(5_000),
    }),
    /** Origins allowed to call the API from a browser (the review pages on another host). */
    corsOrigins: z.array(z.string().min(1).max(200)).min(1),
  })
  .strict();

export type StageConfig = z.infer<typeof StageConfigSchema>;

const production: StageConfig = StageConfigSchema.parse({
  // Hourly: a contradiction introduced by an update is on the standards desk's list within the hour.
  recheckSchedule: "rate(1 hour)",
  retainData: true,
  throttle: { rate: 50, burst: 100 },
  corsOrigins: ["*"],
});

const development: StageConfig = StageConfigSchema.parse({
  // Daily keeps a forgotten personal stage from costing anything noticeable.
  recheckSchedule: "rate(1 day)",
  retainData: false,
  throttle: { rate: 10, burst: 20 },
  corsOrigins: ["*"],
});

/**
 * The configuration of one stage: production stages get hourly re-checks and a retained table,
 * every other stage a daily re-check and a table removed with the stage. `overrides` (for example
 * from `CLAIMCHECK_RECHECK_SCHEDULE` read in sst.config.ts) are validated like the defaults.
 *
 * @example
 * stageConfig("prod").recheckSchedule; // "rate(1 hour)"
 * stageConfig("alice").retainData;     // false
 * stageConfig("dev", { recheckSchedule: "cron(0 3 * * ? *)" }).recheckSchedule;
 */
export function stageConfig(stage: string, overrides: Partial<StageConfig> = {}): StageConfig {
  const base = isProductionStage(stage) ? production : development;
  const result = StageConfigSchema.safeParse({ ...base, ...overrides });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Invalid configuration for stage "${stage}": ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return result.data;
}

/**
 * Whether a stage holds data worth keeping.
 *
 * @example
 * isProductionStage("prod"); // true
 * isProductionStage("pr-42"); // false
 */
export function isProductionStage(stage: string): boolean {
  return PRODUCTION_STAGES.includes(stage);
}

/**
 * Deploy-time overrides read from the deployer's shell, so a newsroom can change the schedule or
 * the allowed origins of one stage without editing code:
 * `CLAIMCHECK_RECHECK_SCHEDULE="cron(0 3 * * ? *)" npx sst deploy --stage prod`.
 *
 * @example
 * overridesFromEnv({ CLAIMCHECK_CORS_ORIGINS: "https://cms.example.org" });
 * // { corsOrigins: ["https://cms.example.org"] }
 */
export function overridesFromEnv(env: Record<string, string | undefined>): Partial<StageConfig> {
  const overrides: Partial<StageConfig> = {};
  const schedule = env.CLAIMCHECK_RECHECK_SCHEDULE?.trim();
  if (schedule) overrides.recheckSchedule = schedule as StageConfig["recheckSchedule"];
  const origins = env.CLAIMCHECK_CORS_ORIGINS?.split(",").map((o) => o.trim()).filter(Boolean);
  if (origins?.length) overrides.corsOrigins = origins;
  return overrides;
}

/**
 * The validated configuration of the stage being synthesized, with the deployer's overrides.
 *
 * @example
 * export function Recheck({ app }: StackContext) { const { recheckSchedule } = configFor(app); }
 */
export function configFor(app: { stage: string }): StageConfig {
  return stageConfig(app.stage, overridesFromEnv(process.env));
}
