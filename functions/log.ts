/**
 * A small structured logger: one JSON line per event, the fields CloudWatch Logs Insights
 * can query (level, msg, requestId, route, status, ms). The equal of the Powertools Logger
 * without its weight on a cold start. Secrets and article bodies never reach info level:
 * header records pass through `redactHeaders`, and callers log ids and counts, not text.
 */

export type LogLevel = "debug" | "info" | "warn" | "error";

/** Fields attached to a log line. Values must be JSON-serialisable. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds these fields to every line (the request id, the route). */
  child(fields: LogFields): Logger;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Headers whose values are credentials: an API key, a webhook signature or token. */
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|webhook-signature|x-hub-signature(-256)?|x-ghost-signature|x-wp-webhook-signature|x-arc-signature|x-signature|x-webhook-token)$/i;

/**
 * A copy of the headers with credential values replaced by "[redacted]".
 * @example redactHeaders({ authorization: "Bearer k" }) // { authorization: "[redacted]" }
 */
export function redactHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = SECRET_HEADER.test(name) || /signature|secret|token/i.test(name) ? "[redacted]" : value;
  }
  return out;
}

export interface JsonLoggerOptions {
  level?: LogLevel;
  /** Where lines go; defaults to process.stdout (Lambda ships stdout to CloudWatch). */
  write?: (line: string) => void;
  /** The clock for the `time` field; defaults to the wall clock. */
  now?: () => string;
  /** Fields on every line, such as the service name. */
  base?: LogFields;
}

/**
 * @example
 * const log = createLogger({ level: "info", base: { service: "api" } });
 * log.child({ requestId: "r1" }).info("request", { route: "/articles", status: 201, ms: 12 });
 */
export function createLogger(options: JsonLoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? "info"];
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const now = options.now ?? (() => new Date().toISOString());
  const make = (bound: LogFields): Logger => {
    const emit = (level: LogLevel) => (msg: string, fields?: LogFields) => {
      if (RANK[level] < threshold) return;
      write(safeStringify({ level, time: now(), msg, ...bound, ...fields }));
    };
    return {
      debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error"),
      child: (fields) => make({ ...bound, ...fields }),
    };
  };
  return make(options.base ?? {});
}

/** A logger that drops everything: for tests that do not look at logs. @example createApp({ ...deps, logger: silentLogger }) */
export const silentLogger: Logger = {
  debug() {}, info() {}, warn() {}, error() {},
  child() { return silentLogger; },
};

/**
 * Errors become {name, message, code, stack, cause}; a stack only travels in the log, never in a
 * response. The cause (the SDK's error behind a store-unavailable, with its attempts) is what an
 * operator needs, so it is kept, serialised the same way.
 */
function safeStringify(record: LogFields): string {
  return JSON.stringify(record, (_key, value: unknown) => {
    if (value instanceof Error) {
      const code = (value as { code?: unknown }).code;
      return { name: value.name, message: value.message, ...(code ? { code } : {}), stack: value.stack,
        ...(value.cause !== undefined ? { cause: value.cause } : {}) };
    }
    return typeof value === "bigint" ? value.toString() : value;
  });
}
