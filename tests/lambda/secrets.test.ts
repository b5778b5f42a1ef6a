import { describe, expect, it } from "vitest";
import { resolveSecretParameters, type ParameterFetcher } from "../../functions/secrets.js";

/** SSM cannot exist here: a fetcher over a map stands in for Powertools' getParametersByName. */
function fakeSsm(parameters: Record<string, string>): { fetch: ParameterFetcher; calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    fetch: async (names) => {
      calls.push(names);
      return Object.fromEntries(names.filter((n) => n in parameters).map((n) => [n, parameters[n]]));
    },
  };
}

describe("resolveSecretParameters", () => {
  it("fills CLAIMCHECK_X from the SSM parameter named by CLAIMCHECK_X_PARAM, in one call", async () => {
    const ssm = fakeSsm({ "/sst/app/prod/Secret/CLAIMCHECK_API_KEYS/value": "k1,k2", "/sst/app/prod/Secret/CLAIMCHECK_ALERT_URLS/value": "https://x.example" });
    const env = await resolveSecretParameters({
      CLAIMCHECK_API_KEYS_PARAM: "/sst/app/prod/Secret/CLAIMCHECK_API_KEYS/value",
      CLAIMCHECK_ALERT_URLS_PARAM: "/sst/app/prod/Secret/CLAIMCHECK_ALERT_URLS/value",
      CLAIMCHECK_TABLE: "t",
    }, ssm.fetch);
    expect(env).toMatchObject({ CLAIMCHECK_API_KEYS: "k1,k2", CLAIMCHECK_ALERT_URLS: "https://x.example", CLAIMCHECK_TABLE: "t" });
    expect(ssm.calls).toHaveLength(1);
  });

  it("a plain variable wins; no parameter means no SSM call", async () => {
    const ssm = fakeSsm({});
    const env = await resolveSecretParameters({ CLAIMCHECK_API_KEYS: "direct", CLAIMCHECK_API_KEYS_PARAM: "/p" }, ssm.fetch);
    expect(env.CLAIMCHECK_API_KEYS).toBe("direct");
    expect(ssm.calls).toEqual([]);
  });

  it("a secret parameter that was never set leaves its variable unset", async () => {
    // A secret never set (say, the Ghost one in a WordPress newsroom) is unset, not a cold-start failure.
    const env = await resolveSecretParameters({ CLAIMCHECK_WEBHOOK_SECRET_GHOST_PARAM: "/missing", CLAIMCHECK_API_KEYS_PARAM: "/k" }, fakeSsm({ "/k": "key-0123456789abcdef" }).fetch);
    expect(env.CLAIMCHECK_WEBHOOK_SECRET_GHOST).toBeUndefined();
    expect(env.CLAIMCHECK_API_KEYS).toBe("key-0123456789abcdef");
  });
});
