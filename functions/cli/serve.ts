import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { serve as listen, type ServerType } from "@hono/node-server";
import { z } from "zod";
import { ClaimcheckError } from "../../core/index.js";
import { loadConfig, type Config } from "../config.js";
import { createApp } from "../http/app.js";
import { appDepsFrom } from "../http/from-config.js";
import { createLogger, type Logger } from "../log.js";
import { parseCommandLine } from "./args.js";
import { HELP } from "./help.js";
import { EXIT, type Command } from "./io.js";
import { DEFAULT_STORE_DIR, openCliStore } from "./store.js";

const options = {
  port: { type: "string" }, host: { type: "string" }, store: { type: "string" }, help: { type: "boolean", short: "h" },
} as const;

const schema = z.object({
  port: z.string().regex(/^\d{1,5}$/, "expected a port number").transform(Number).pipe(z.number().max(65535)).default("8787"),
  host: z.string().min(1).default("127.0.0.1"),
  store: z.string().min(1).optional(),
  help: z.boolean().optional(),
});

/**
 * Loopback only: anything else is reachable from the network and must not take open writes.
 * @example isLoopback("127.0.0.1") // true; isLoopback("0.0.0.0") // false
 */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export interface RunningServer {
  url: string;
  /** Where the store's data lives, for messages. */
  where: string;
  close(): Promise<void>;
}

/**
 * The API on a local port: the embedded store under `storePath` (or the DynamoDB-compatible
 * endpoint the configuration names), the same app as in Lambda.
 * @example const server = await startServer({ host: "127.0.0.1", port: 0, storePath: ".claimcheck", config, logger });
 */
export async function startServer(o: { host: string; port: number; storePath?: string; config: Config; logger: Logger }): Promise<RunningServer> {
  if (!isLoopback(o.host) && o.config.apiKeys.length === 0) {
    throw new ClaimcheckError("invalid-input", `refusing to listen on ${o.host} without API keys: set CLAIMCHECK_API_KEYS, or use --host 127.0.0.1`);
  }
  // No path and no endpoint: an in-memory store (tests); else the one rule of openCliStore.
  const flags = o.storePath ? { store: o.storePath } : o.config.dynamodbEndpoint ? {} : { fresh: true };
  const backing = await openCliStore(flags, o.config, process.cwd());
  const app = createApp(appDepsFrom(o.config, backing.store, o.logger));
  let server: ServerType;
  try {
    server = await new Promise<ServerType>((done, fail) => {
      const s = listen({ fetch: app.fetch, hostname: o.host, port: o.port }, () => done(s));
      s.once("error", fail);
    });
  } catch (error) {
    await backing.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = o.host.includes(":") && !o.host.startsWith("[") ? `[${o.host}]` : o.host;
  return {
    url: `http://${host}:${port}`,
    where: backing.where,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await backing.close();
    },
  };
}

/** Resolves when the process is asked to stop (Ctrl-C, or a supervisor's SIGTERM). */
function stopRequested(): Promise<NodeJS.Signals> {
  return new Promise((done) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop).off("SIGTERM", stop);
      done(signal);
    };
    process.on("SIGINT", stop).on("SIGTERM", stop);
  });
}

/**
 * `claimcheck serve [--port 8787] [--host 127.0.0.1] [--store DIR]`: the HTTP API on the
 * embedded store until SIGINT/SIGTERM, then a clean stop (server closed, store flushed).
 * @example await serve(["--port", "8787"], io)
 */
export const serve: Command = async (argv, io) => {
  const { values, files } = parseCommandLine(argv, options, schema);
  if (values.help) return io.stdout.write(HELP.serve), EXIT.ok;
  if (files.length > 0) throw new ClaimcheckError("invalid-input", `unexpected argument ${files[0]}`);
  const config = loadConfig(io.env, { mode: "local" });
  const logger = createLogger({ level: config.logLevel, write: (line) => void io.stderr.write(`${line}\n`) });
  // With an endpoint configured, the embedded store's directory is only used when named (and then refused).
  const storePath = values.store || !config.dynamodbEndpoint ? resolve(io.cwd, values.store ?? DEFAULT_STORE_DIR) : undefined;
  const server = await startServer({ host: values.host, port: values.port, storePath, config, logger });
  const stopping = stopRequested();
  io.stdout.write(`claimcheck API on ${server.url} (store: ${server.where}; writes ${config.apiKeys.length ? "need an API key" : "open on loopback"})\n`);
  const signal = await stopping;
  logger.info("stopping", { signal });
  await server.close();
  return EXIT.ok;
};
