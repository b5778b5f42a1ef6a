import { describe, expect, it } from "vitest";
import { isProductionStage, overridesFromEnv, stageConfig } from "../../stacks/config.js";

describe("stageConfig", () => {
  it("gives production stages an hourly re-check and a retained table", () => {
    for (const stage of ["prod", "production"]) {
      expect(stageConfig(stage)).toMatchObject({ recheckSchedule: "rate(1 hour)", retainData: true });
    }
  });

  it("treats every other stage as disposable with a daily re-check", () => {
    for (const stage of ["dev", "alice", "pr-42", "prod-copy", "Prod"]) {
      expect(isProductionStage(stage)).toBe(false);
      expect(stageConfig(stage)).toMatchObject({ recheckSchedule: "rate(1 day)", retainData: false });
    }
  });

  it.each(["rate(5 minutes)", "rate(1 minute)", "rate(12 hours)", "cron(0 3 * * ? *)", "cron(15 10 ? * MON-FRI *)"])(
    "accepts the EventBridge schedule %s",
    (schedule) => {
      expect(stageConfig("prod", overridesFromEnv({ CLAIMCHECK_RECHECK_SCHEDULE: schedule })).recheckSchedule).toBe(schedule);
    },
  );

  it.each([
    ["rate(1 hours)", /singular unit for 1/],
    ["rate(2 hour)", /singular unit for 1/],
    ["rate(0 days)", /schedule must be/],
    ["rate(1 week)", /schedule must be/],
    ["every day", /schedule must be/],
    ["cron(0 3 * * ?)", /schedule must be/],
    ["0 3 * * *", /schedule must be/],
  ])("rejects %s with an error naming the stage and the setting", (schedule, reason) => {
    const build = () => stageConfig("prod", { recheckSchedule: schedule as `rate(${string})` });
    expect(build).toThrow(/stage "prod": recheckSchedule: /);
    expect(build).toThrow(reason);
  });

  it("rejects throttling that API Gateway would refuse and unknown settings", () => {
    expect(() => stageConfig("dev", { throttle: { rate: 0, burst: 10 } })).toThrow(/throttle\.rate/);
    expect(() => stageConfig("dev", { retain: true } as never)).toThrow(/stage "dev"/);
  });

  it("rejects a 400 kB schedule (the patterns are bounded, no backtracking blow-up)", () => {
    const hostile = `cron(${"1 ".repeat(200_000)})`;
    expect(() => stageConfig("dev", { recheckSchedule: hostile as `cron(${string})` })).toThrow(/schedule must be/);
  });
});

describe("overridesFromEnv", () => {
  it("reads the schedule and a comma-separated origin list, ignoring blanks", () => {
    expect(
      overridesFromEnv({ CLAIMCHECK_RECHECK_SCHEDULE: " rate(6 hours) ", CLAIMCHECK_CORS_ORIGINS: "https://a.example, ,https://b.example" }),
    ).toEqual({ recheckSchedule: "rate(6 hours)", corsOrigins: ["https://a.example", "https://b.example"] });
  });

  it("overrides nothing when the variables are unset or empty", () => {
    expect(overridesFromEnv({})).toEqual({});
    expect(overridesFromEnv({ CLAIMCHECK_RECHECK_SCHEDULE: "  ", CLAIMCHECK_CORS_ORIGINS: " , " })).toEqual({});
  });
});
