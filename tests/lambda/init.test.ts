import { afterAll, describe, expect, it, vi } from "vitest";

describe("functions/api.ts at init", () => {
  afterAll(() => { vi.unstubAllEnvs(); });

  it("refuses to start without API keys, naming the variable", async () => {
    vi.stubEnv("CLAIMCHECK_API_KEYS", "");
    vi.stubEnv("CLAIMCHECK_TABLE", "claimcheck-test");
    await expect(import("../../functions/api.js")).rejects.toThrow(/CLAIMCHECK_API_KEYS is required in Lambda/);
  });
});
