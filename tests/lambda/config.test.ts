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
      CLAIMCHECK_WEBHOOK_SECRET_GHOST: "ghost-old-secret-0123456789, ghost-new-secret-9876543210",
      CLAIMCHECK_WEBHOOK_SECRET_ARC: "",
      CLAIMCHECK_ALERT_URLS: "https://desk.example/hook,slack:https://hooks.slack.com/services/T/B/x",
      CLAIMCHECK_ALERT_SECRET: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      CLAIMCHECK_TABLE: "claimcheck-prod",
      HOME: "/root",
    }, { mode: "lambda" });
    expect(config).toEqual({
      apiKeys: [KEY, "z".repeat(20)],
      webhookSecrets: { ghost: ["ghost-old-secret-0123456789", "ghost-new-secret-9876543210"] },
      alertUrls: ["https://desk.example/hook", "slack:https://hooks.slack.com/services/T/B/x"],
      alertSecrets: ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
      table: "claimcheck-prod",
      dynamodbEndpoint: undefined,
      publicUrl: undefined,
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
      [{ CLAIMCHECK_PUBLIC_URL: "news.example.net" }, "CLAIMCHECK_PUBLIC_URL"],
      [{ CLAIMCHECK_PUBLIC_URL: "javascript:alert(1)//x" }, "CLAIMCHECK_PUBLIC_URL"],
      [{ CLAIMCHECK_PUBLIC_URL: "https://news.example.net/?next=x" }, "CLAIMCHECK_PUBLIC_URL"],
    ];
    for (const [env, variable] of cases) {
      const error = failure(env);
      expect(error.message).toContain(variable);
      expect(error.fields).toEqual([expect.objectContaining({ field: variable })]);
      for (const value of Object.values(env)) expect(error.message).not.toContain(value);
    }
  });

  it("inbound webhook secrets are checked at start, the error naming the source's format", () => {
    const cases: [string, string, RegExp][] = [
      ["CLAIMCHECK_WEBHOOK_SECRET_STANDARD", "not-a-whsec-secret-at-all", /whsec_ followed by base64/],
      ["CLAIMCHECK_WEBHOOK_SECRET_STANDARD", "whsec_c2hvcnQ=", /at least 16 random bytes/],
      ["CLAIMCHECK_WEBHOOK_SECRET_STANDARD", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw,whsec_!!!", /Standard Webhooks/],
      ["CLAIMCHECK_WEBHOOK_SECRET_GHOST", "short", /Ghost webhook: 16-512 printable ASCII/],
      ["CLAIMCHECK_WEBHOOK_SECRET_ARC", "a secret with spaces in it", /WebSked subscription secret/],
      ["CLAIMCHECK_WEBHOOK_SECRET_WORDPRESS", "tok\u00e9n-0123456789abcdef", /token of 16-512 printable ASCII/],
    ];
    for (const [variable, value, format] of cases) {
      const error = failure({ [variable]: value });
      expect(error.fields[0]!.field, value).toBe(variable);
      expect(error.message, value).toMatch(format);
      expect(error.message).not.toContain(value);
    }
    const ok = loadConfig({
      CLAIMCHECK_WEBHOOK_SECRET_STANDARD: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw, whsec_C2FtcGxlLXNlY3JldC0wMTIzNDU2Nzg5",
      CLAIMCHECK_WEBHOOK_SECRET_WORDPRESS: "3f1c9a0e5b7d2f4a6c8e0b1d3f5a7c9e",
    }, { mode: "local" });
    expect(ok.webhookSecrets.standard).toHaveLength(2);
    expect(ok.webhookSecrets.wordpress).toEqual(["3f1c9a0e5b7d2f4a6c8e0b1d3f5a7c9e"]);
  });

  it("the public base URL is an http(s) URL, kept without its trailing slash", () => {
    expect(loadConfig({ CLAIMCHECK_PUBLIC_URL: "https://news.example/claims/" }, { mode: "local" }).publicUrl).toBe("https://news.example/claims");
  });

  it("Slack-only alerts need no signing secret", () => {
    expect(loadConfig({ CLAIMCHECK_ALERT_URLS: "slack:https://example.org/x" }, { mode: "local" }).alertSecrets).toEqual([]);
  });
});
