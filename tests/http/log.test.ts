import { describe, expect, it } from "vitest";
import { createLogger, redactHeaders } from "../../functions/log.js";

function capture(level?: "debug" | "info" | "warn" | "error") {
  const lines: string[] = [];
  const log = createLogger({ level, write: (l) => lines.push(l), now: () => "2026-11-21T00:00:00.000Z", base: { service: "api" } });
  return { log, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("the JSON logger", () => {
  it("writes one JSON line per event with bound fields", () => {
    const { log, lines, records } = capture();
    log.child({ requestId: "r1" }).info("request", { route: "/articles", status: 201, ms: 12 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain("\n");
    expect(records()[0]).toEqual({ level: "info", time: "2026-11-21T00:00:00.000Z", msg: "request", service: "api", requestId: "r1", route: "/articles", status: 201, ms: 12 });
  });

  it("drops lines below its level", () => {
    const { log, records } = capture("warn");
    log.debug("d"); log.info("i"); log.warn("w"); log.error("e");
    expect(records().map((r) => r.level)).toEqual(["warn", "error"]);
  });

  it("serialises errors with their code (a stack only in the log)", () => {
    const { log, records } = capture();
    const error = Object.assign(new Error("boom"), { code: "store-unavailable" });
    log.error("failed", { error });
    expect(records()[0]!.error).toMatchObject({ name: "Error", message: "boom", code: "store-unavailable" });
  });

  it("keeps an error's cause, itself serialised as an error", () => {
    const { log, records } = capture();
    const sdk = Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException", $metadata: { attempts: 3 } });
    log.error("failed", { error: new Error("store unavailable", { cause: sdk }) });
    expect(records()[0]!.error).toMatchObject({ message: "store unavailable", cause: { name: "ThrottlingException", message: "Rate exceeded" } });
  });

  it("redacts credentials in headers, keeps the rest", () => {
    expect(redactHeaders({
      authorization: "Bearer k", "webhook-signature": "v1,abc", "x-ghost-signature": "sha256=x", "X-Hub-Signature-256": "s",
      "x-webhook-token": "t", "content-type": "text/plain", "user-agent": "cms",
    })).toEqual({
      authorization: "[redacted]", "webhook-signature": "[redacted]", "x-ghost-signature": "[redacted]", "X-Hub-Signature-256": "[redacted]",
      "x-webhook-token": "[redacted]", "content-type": "text/plain", "user-agent": "cms",
    });
  });
});
