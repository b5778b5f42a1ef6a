import { createConnection } from "node:net";
import { Agent, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import { chmod, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Where the embedded dynalite listens, and who may talk to it.
 *
 * dynalite accepts any SigV4-looking header and answers CORS preflights with `*`, so a TCP port
 * would let anyone on the machine (and any web page that guesses the port) read and write the
 * store behind the API's keys. By default it listens on a Unix socket in a fresh private
 * directory (0700, socket 0600) whose random name only this process knows; `tcp` is for tests
 * and benchmarks that must hand an endpoint URL to another client. Either way, requests that a
 * browser made (Origin, Sec-Fetch-*) or that name a host other than the one we listen on (DNS
 * rebinding) are refused before dynalite sees them. Directories left by killed processes are
 * swept at the next start (sweepDeadSockets).
 */
export interface Listening {
  /** The endpoint URL the SDK is given (for the socket, the host is only a name). */
  endpoint: string;
  /** The Unix socket's path, when listening on one. */
  socketPath?: string;
  /** An http.Agent that reaches the server (through the socket when there is one). */
  agent: Agent;
  /** Removes what listening created (the private directory). */
  cleanup(): Promise<void>;
}

/** The private directories' names: mkdtemp adds six random characters. */
const SOCKET_DIR_PREFIX = "claimcheck-";
const SOCKET_NAME = "dynalite.sock";

/** The Host the SDK sends for the socket endpoint. */
const SOCKET_HOST = "localhost";

/** Connections one process keeps to its store: dynalite answers one at a time anyway. */
const MAX_SOCKETS = 16;

/**
 * Starts `server` on a private Unix socket, or on 127.0.0.1 when `tcp` is set.
 * @example const where = await listenPrivately(dynalite(), { tcp: false })
 */
export async function listenPrivately(server: Server, options: { tcp?: boolean; port?: number } = {}): Promise<Listening> {
  if (options.tcp) {
    await listen(server, (done) => server.listen(options.port ?? 0, "127.0.0.1", done));
    const { port } = server.address() as { port: number };
    refuseBrowsers(server, new Set([`127.0.0.1:${port}`, `localhost:${port}`]));
    return { endpoint: `http://127.0.0.1:${port}`, agent: new Agent({ keepAlive: true }), cleanup: async () => undefined };
  }
  await sweepDeadSockets();
  const dir = await mkdtemp(join(tmpdir(), SOCKET_DIR_PREFIX)); // mode 0700: only this user may enter
  const socketPath = join(dir, SOCKET_NAME);
  try {
    await listen(server, (done) => server.listen(socketPath, done));
    await chmod(socketPath, 0o600);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  refuseBrowsers(server, new Set([SOCKET_HOST]));
  // A Unix socket refuses (EAGAIN) rather than queues connections past its backlog, so the
  // client keeps a bounded pool and queues requests itself.
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_SOCKETS });
  // The agent would open TCP to the endpoint's host; every connection goes to the socket instead.
  agent.createConnection = (_options, callback) => createConnection({ path: socketPath }, callback as () => void);
  return { endpoint: `http://${SOCKET_HOST}`, socketPath, agent, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A process killed with SIGKILL leaves its private directory behind, with a socket nobody
 * listens on. Such directories of this user are removed: a socket that refuses a connection has
 * no listener (a live one accepts, and the probe hangs up at once), and a directory still being
 * set up has no socket yet. Best effort: a failure here never stops a store from starting.
 */
async function sweepDeadSockets(): Promise<void> {
  const names = await readdir(tmpdir()).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(SOCKET_DIR_PREFIX) && n.length === SOCKET_DIR_PREFIX.length + 6).map(async (name) => {
    const dir = join(tmpdir(), name);
    const socket = await stat(join(dir, SOCKET_NAME)).catch(() => null);
    if (!socket?.isSocket() || socket.uid !== process.getuid?.()) return;
    if ((await probe(join(dir, SOCKET_NAME))) === "ECONNREFUSED") await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }));
}

/** "connected", or the error code of a connection attempt to a Unix socket. */
function probe(path: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = createConnection({ path });
    socket.once("connect", () => (socket.destroy(), resolve("connected")));
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
  });
}

function listen(server: Server, start: (done: () => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    start(() => {
      server.off("error", reject);
      resolve();
    });
  });
}

/**
 * Puts a gate in front of dynalite's request listener: 403, without CORS headers, for anything
 * a browser sent or addressed to another host name.
 */
function refuseBrowsers(server: Server, hosts: Set<string>): void {
  const listeners = server.listeners("request") as RequestListener[];
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const why = refusal(req, hosts);
    if (!why) {
      for (const listener of listeners) listener(req, res);
      return;
    }
    req.resume();
    res.writeHead(403, { "Content-Type": "text/plain", "Content-Length": Buffer.byteLength(why), Connection: "close" }).end(why);
  });
}

/**
 * Why a request is refused, or null. The AWS SDK sends neither Origin nor Sec-Fetch-*; browsers
 * send Origin on every cross-origin request and preflight, and Sec-Fetch-* on every request.
 * @example refusal({ headers: { origin: "https://example.com", host: "localhost" } }, new Set(["localhost"])) // "…browser…"
 */
export function refusal(req: Pick<IncomingMessage, "headers">, hosts: Set<string>): string | null {
  const headers = req.headers;
  if (headers.origin !== undefined || Object.keys(headers).some((name) => name.startsWith("sec-fetch-"))) {
    return "the embedded store does not answer browsers\n";
  }
  if (!hosts.has((headers.host ?? "").toLowerCase())) return "unknown host\n";
  return null;
}
