import { describe, expect, it } from "vitest";
import { ClaimcheckError } from "../../core/index.js";
import { loadConfig } from "../../functions/config.js";

const KEY = "k".repeat(32);

function failure(env: Record<string, string | undefined>, mode: "lambda" | "local" = "local"): ClaimcheckError {
  try {
    loadConfig(env, { mode });
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimcheckError);
    return error as ClaimcheckError;
  }
  throw new Error("expected loadConfig to fail");
}

describe("loadConfig", () => {
  it("reads lists, webhook secrets per source and defaults", () => {
    const config = loadConfig({
      CLAIMCHECK_API_KEYS: `${KEY}, ${"z".repeat(20)},`,
      CLAIMCHECK_WEBHOOK_SECRET_GHOST: "old,new",
      CLAIMCHECK_WEBHOOK_SECRET_ARC: "",
      CLAIMCHECK_ALERT_URLS: "https://desk.example/hook,slack:https://hooks.slack.com/services/T/B/x",
      CLAIMCHECK_ALERT_SECRET: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      CLAIMCHECK_TABLE: "claimcheck-prod",
      HOME: "/root",
    }, { mode: "lambda" });
    expect(config).toEqual({
      apiKeys: [KEY, "z".repeat(20)],
      webhookSecrets: { ghost: ["old", "new"] },
      alertUrls: ["https://desk.example/hook", "slack:https://hooks.slack.com/services/T/B/x"],
      alertSecrets: ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
      table: "claimcheck-prod",
      dynamodbEndpoint: undefined,
      logLevel: "info",
    });
  });

  it("locally everything is optional", () => {
    expect(loadConfig({}, { mode: "local" })).toMatchObject({ apiKeys: [], webhookSecrets: {}, alertUrls: [] });
  });

  it("in Lambda, API keys and the table are required", () => {
    expect(failure({ CLAIMCHECK_TABLE: "t-1" }, "lambda").fields[0]!.field).toBe("CLAIMCHECK_API_KEYS");
    expect(failure({ CLAIMCHECK_API_KEYS: " , " , CLAIMCHECK_TABLE: "t-1" }, "lambda").fields[0]!.field).toBe("CLAIMCHECK_API_KEYS");
    expect(failure({ CLAIMCHECK_API_KEYS: KEY }, "lambda").fields[0]!.field).toBe("CLAIMCHECK_TABLE");
  });

  it("one error naming the bad variable, without echoing its value", () => {
    const cases: [Record<string, string>, string][] = [
      [{ CLAIMCHECK_API_KEYS: "short-key" }, "CLAIMCHECK_API_KEYS"],
      [{ CLAIMCHECK_ALERT_URLS: "ftp://x.example/secret-path" , CLAIMCHECK_ALERT_SECRET: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }, "CLAIMCHECK_ALERT_URLS"],
      [{ CLAIMCHECK_ALERT_URLS: "https://desk.example/hook" }, "CLAIMCHECK_ALERT_SECRET"],
      [{ CLAIMCHECK_ALERT_SECRET: "plain-secret-value" }, "CLAIMCHECK_ALERT_SECRET"],
      [{ CLAIMCHECK_DYNAMODB_ENDPOINT: "localhost:8000" }, "CLAIMCHECK_DYNAMODB_ENDPOINT"],
      [{ CLAIMCHECK_TABLE: "a b" }, "CLAIMCHECK_TABLE"],
      [{ CLAIMCHECK_LOG_LEVEL: "loud" }, "CLAIMCHECK_LOG_LEVEL"],
    ];
    for (const [env, variable] of cases) {
      const error = failure(env);
      expect(error.message).toContain(variable);
      expect(error.fields).toEqual([expect.objectContaining({ field: variable })]);
      for (const value of Object.values(env)) expect(error.message).not.toContain(value);
    }
  });

  it("Slack-only alerts need no signing secret", () => {
    expect(loadConfig({ CLAIMCHECK_ALERT_URLS: "slack:https://example.org/x" }, { mode: "local" }).alertSecrets).toEqual([]);
  });
});
