import { Config, type StackContext } from "sst/constructs";
import { useProject } from "sst/project.js";

/**
 * Every secret the functions read. Each is an SST Config secret named exactly like the
 * environment variable it fills (DESIGN.md "Configuration"), so
 * `npx sst secrets set CLAIMCHECK_API_KEYS k1,k2 --stage prod` sets what the docs call
 * CLAIMCHECK_API_KEYS.
 */
export const SECRET_NAMES = [
  "CLAIMCHECK_API_KEYS",
  "CLAIMCHECK_WEBHOOK_SECRET_STANDARD",
  "CLAIMCHECK_WEBHOOK_SECRET_GHOST",
  "CLAIMCHECK_WEBHOOK_SECRET_ARC",
  "CLAIMCHECK_WEBHOOK_SECRET_WORDPRESS",
  "CLAIMCHECK_ALERT_URLS",
  "CLAIMCHECK_ALERT_SECRET",
] as const;

export type SecretName = (typeof SECRET_NAMES)[number];

/**
 * The secrets, declared once for the whole app (SST wants construct ids unique across stacks).
 * Functions are not `bind`-ed to them: binding would make runtime code import sst to read them.
 * Instead each function gets, per secret it needs, `<NAME>_PARAM` = the SSM parameter name
 * (see {@link secretParameterName}) and read access to exactly that parameter.
 *
 * @example
 * const { secrets } = use(Secrets); // secrets.CLAIMCHECK_API_KEYS is a Config.Secret
 */
export function Secrets({ stack }: StackContext) {
  const secrets = Config.Secret.create(stack, ...SECRET_NAMES) as Record<SecretName, Config.Secret>;
  return { secrets };
}

/**
 * The SSM parameter in which `sst secrets set NAME value --stage S` stores a secret:
 * `/sst/<app>/<stage>/Secret/<NAME>/value` (SST's ssmPrefix plus Config's path scheme).
 * SecureString parameters under the account's default aws/ssm key: reading them needs only
 * ssm:GetParameter with decryption, which that key allows to principals of the account.
 *
 * @example
 * secretParameterName("CLAIMCHECK_API_KEYS"); // "/sst/claimcheck/prod/Secret/CLAIMCHECK_API_KEYS/value"
 */
export function secretParameterName(name: SecretName): string {
  return `${useProject().config.ssmPrefix}Secret/${name}/value`;
}

/**
 * The environment variable that tells a function where a secret lives.
 *
 * @example
 * secretParameterVariable("CLAIMCHECK_ALERT_URLS"); // "CLAIMCHECK_ALERT_URLS_PARAM"
 */
export function secretParameterVariable(name: SecretName): string {
  return `${name}_PARAM`;
}
