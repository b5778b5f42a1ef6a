import { z } from "zod";
import { ClaimcheckError } from "../core/index.js";
import { parseEndpoint } from "./alerts/index.js";

/** The webhook sources DESIGN.md names; each reads CLAIMCHECK_WEBHOOK_SECRET_<SOURCE>. */
export const WEBHOOK_SOURCES = ["standard", "ghost", "arc", "wordpress"] as const;

export type ConfigMode = "lambda" | "local";

export interface Config {
  apiKeys: string[];
  /** Lowercase source -> its secrets (several during rotation); sources without one are absent. */
  webhookSecrets: Record<string, string[]>;
  alertUrls: string[];
  /** Standard Webhooks secrets (whsec_...) signing alerts; several during rotation. */
  alertSecrets: string[];
  table?: string;
  dynamodbEndpoint?: string;
  /** The service's public base URL (CLAIMCHECK_PUBLIC_URL), without a trailing slash. */
  publicUrl?: string;
  logLevel: "debug" | "info" | "warn" | "error";
}

/** "a, b,,c" -> ["a","b","c"]: rotation lists are comma-separated and people add spaces. */
const commaList = z.string().transform((text) => text.split(",").map((s) => s.trim()).filter(Boolean));

const apiKeyList = commaList.pipe(z.array(
  z.string().min(16, "each key must be at least 16 characters (use a random key, e.g. openssl rand -hex 32)"),
));

/** An alert endpoint: an http(s) URL, optionally "slack:"-prefixed (functions/alerts reads the prefix). */
const ALERT_URL = /^(?:slack:)?https?:\/\/[^\s,]{1,2000}$/i;
const urlList = commaList.pipe(z.array(z.string().regex(ALERT_URL, "each entry must be an http(s) URL, optionally prefixed slack:")));

const alertSecretList = commaList.pipe(z.array(
  z.string().regex(/^whsec_[A-Za-z0-9+/=]{16,200}$/, "each secret must be whsec_ followed by base64 (Standard Webhooks)"),
));

/**
 * Inbound webhook secrets, per source, in the format each sender uses; a secret that cannot
 * verify anything is refused at start (naming the format), not discovered at the first 401.
 * Commas separate secrets during a rotation, so no secret contains one.
 */
const OPAQUE_SECRET = /^[\x21-\x2b\x2d-\x7e]{16,512}$/;
const WEBHOOK_SECRET_FORMATS: Record<(typeof WEBHOOK_SOURCES)[number], { test: (secret: string) => boolean; format: string }> = {
  standard: {
    test: (s) => /^whsec_[A-Za-z0-9+/]{22,}={0,2}$/.test(s) && Buffer.from(s.slice(6), "base64").length >= 16,
    format: "whsec_ followed by base64 of at least 16 random bytes (Standard Webhooks), e.g. whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  },
  ghost: { test: (s) => OPAQUE_SECRET.test(s), format: "the secret set on the Ghost webhook: 16-512 printable ASCII characters, no spaces or commas" },
  arc: { test: (s) => OPAQUE_SECRET.test(s), format: "the WebSked subscription secret: 16-512 printable ASCII characters, no spaces or commas" },
  wordpress: { test: (s) => OPAQUE_SECRET.test(s), format: "a token of 16-512 printable ASCII characters, no spaces or commas (e.g. openssl rand -hex 32)" },
};

function webhookSecretList(source: (typeof WEBHOOK_SOURCES)[number]) {
  const { test, format } = WEBHOOK_SECRET_FORMATS[source];
  return commaList.pipe(z.array(z.string().refine(test, `each secret must be ${format}`)));
}

/** The public base URL: http(s), no query or fragment; a trailing slash is dropped. */
const publicUrl = z.string()
  .regex(/^https?:\/\/[^\s/?#]{1,255}(?:\/[^\s?#]{0,1000})?$/, "must be the service's public http(s) base URL, such as https://claims.example.org (no query or fragment)")
  .transform((url) => url.replace(/\/+$/, ""));

const schema = z.object({
  CLAIMCHECK_API_KEYS: apiKeyList.optional(),
  CLAIMCHECK_ALERT_URLS: urlList.optional(),
  CLAIMCHECK_ALERT_SECRET: alertSecretList.optional(),
  CLAIMCHECK_TABLE: z.string().regex(/^[A-Za-z0-9_.-]{3,255}$/, "must be a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -)").optional(),
  CLAIMCHECK_DYNAMODB_ENDPOINT: z.string().regex(/^https?:\/\/[^\s/]{1,255}(?:\/\S{0,2000})?$/, "must be an http(s) URL such as http://127.0.0.1:8000").optional(),
  CLAIMCHECK_LOG_LEVEL: z.enum(["debug", "info", "warn", "error"], { errorMap: () => ({ message: "must be one of debug, info, warn, error" }) }).default("info"),
  CLAIMCHECK_PUBLIC_URL: publicUrl.optional(),
  ...Object.fromEntries(WEBHOOK_SOURCES.map((s) => [webhookVariable(s), webhookSecretList(s).optional()])),
});

/** @example webhookVariable("ghost") // "CLAIMCHECK_WEBHOOK_SECRET_GHOST" */
export function webhookVariable(source: string): string {
  return `CLAIMCHECK_WEBHOOK_SECRET_${source.toUpperCase()}`;
}

/**
 * Reads the configuration from an environment record; pure (the caller passes process.env
 * or a test's record). Empty strings count as unset: stacks and shells often define a
 * variable as "". One error, naming the first bad variable and why.
 * In lambda mode API keys and the table are required: a deployed API never has open writes.
 * @example loadConfig({ CLAIMCHECK_API_KEYS: "k".repeat(32), CLAIMCHECK_TABLE: "claims" }, { mode: "lambda" }).apiKeys
 */
export function loadConfig(env: Record<string, string | undefined>, options: { mode: ConfigMode }): Config {
  const set = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith("CLAIMCHECK_") && v !== undefined && v.trim() !== ""));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0]);
    throw configError(variable, issue.message);
  }
  const values = parsed.data as z.infer<typeof schema> & Record<string, string[] | undefined>;
  const config: Config = {
    apiKeys: values.CLAIMCHECK_API_KEYS ?? [],
    webhookSecrets: Object.fromEntries(WEBHOOK_SOURCES.flatMap((s) => {
      const secrets = values[webhookVariable(s)];
      return secrets && secrets.length > 0 ? [[s, secrets]] : [];
    })),
    alertUrls: values.CLAIMCHECK_ALERT_URLS ?? [],
    alertSecrets: values.CLAIMCHECK_ALERT_SECRET ?? [],
    table: values.CLAIMCHECK_TABLE,
    dynamodbEndpoint: values.CLAIMCHECK_DYNAMODB_ENDPOINT,
    publicUrl: values.CLAIMCHECK_PUBLIC_URL,
    logLevel: values.CLAIMCHECK_LOG_LEVEL,
  };
  if (options.mode === "lambda") requireForLambda(config);
  const signed = config.alertUrls.some((url) => parseEndpoint(url).kind === "webhook");
  if (signed && config.alertSecrets.length === 0) {
    throw configError("CLAIMCHECK_ALERT_SECRET", "is required when CLAIMCHECK_ALERT_URLS names a webhook endpoint: those alerts are signed");
  }
  return config;
}

function requireForLambda(config: Config): void {
  if (config.apiKeys.length === 0) throw configError("CLAIMCHECK_API_KEYS", "is required in Lambda: write routes must not be open");
  if (!config.table) throw configError("CLAIMCHECK_TABLE", "is required in Lambda");
}

function configError(variable: string, message: string): ClaimcheckError {
  return new ClaimcheckError("invalid-input", `Configuration: ${variable} ${message}`, [{ field: variable, message }]);
}
