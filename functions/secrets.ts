/**
 * Secrets in Lambda are SST Config secrets, i.e. SSM parameters: the stacks put the parameter
 * NAME in `<VARIABLE>_PARAM` (stacks/Secrets.ts). This fills `<VARIABLE>` from it, so the
 * rest of the configuration reads one kind of record whether it runs in Lambda or locally.
 */

/** Fetches SSM parameters by name (decrypted); returns name -> value for those found. */
export type ParameterFetcher = (names: string[]) => Promise<Record<string, string | undefined>>;

const PARAM_SUFFIX = "_PARAM";

/**
 * A copy of `env` with every `CLAIMCHECK_X_PARAM` resolved into `CLAIMCHECK_X`. A plain
 * `CLAIMCHECK_X` already set wins (an operator override). A parameter that does not exist
 * leaves its variable unset: a newsroom sets only the secrets of the CMS it connects, and
 * loadConfig (which requires the API keys in Lambda) and the webhook routes (which refuse a
 * source without a secret) already say, by name, what is missing where it matters.
 * @example await resolveSecretParameters({ CLAIMCHECK_API_KEYS_PARAM: "/sst/app/prod/Secret/CLAIMCHECK_API_KEYS/value" }, fetcher)
 */
export async function resolveSecretParameters(
  env: Record<string, string | undefined>,
  fetchParameters: ParameterFetcher,
): Promise<Record<string, string | undefined>> {
  const wanted = Object.entries(env)
    .filter(([name, value]) => name.startsWith("CLAIMCHECK_") && name.endsWith(PARAM_SUFFIX) && value)
    .map(([name, parameter]) => ({ variable: name.slice(0, -PARAM_SUFFIX.length), parameter: parameter! }))
    .filter(({ variable }) => !env[variable]);
  if (wanted.length === 0) return { ...env };
  const values = await fetchParameters(wanted.map((w) => w.parameter));
  const resolved: Record<string, string | undefined> = { ...env };
  for (const { variable, parameter } of wanted) {
    const value = values[parameter];
    if (value !== undefined) resolved[variable] = value;
  }
  return resolved;
}

/**
 * The fetcher on AWS: Powertools' SSM utility, one GetParameters call for all names, decrypted
 * (SST stores secrets as SecureString). Imported lazily: local runs never load the SSM client.
 * @example const env = await resolveSecretParameters(process.env, ssmFetcher);
 */
export const ssmFetcher: ParameterFetcher = async (names) => {
  const { getParametersByName } = await import("@aws-lambda-powertools/parameters/ssm");
  const request = Object.fromEntries(names.map((name) => [name, {}]));
  const values = await getParametersByName<string>(request, { decrypt: true, maxAge: 300, throwOnError: false });
  const { _errors: _failed, ...found } = values as Record<string, unknown>;
  return Object.fromEntries(Object.entries(found).filter(([, v]) => typeof v === "string")) as Record<string, string>;
};
