import { HELP } from "./cli/help.js";
import { EXIT, type CliIo, type Command } from "./cli/io.js";
import { VERSION } from "./cli/version.js";

/**
 * Subcommands load on demand, and nothing else is imported up front: `--version` and `--help`
 * load no extractor, and `extract` neither the store nor the AWS SDK.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import("./cli/check.js")).check,
  extract: async () => (await import("./cli/extract.js")).extract,
  serve: async () => (await import("./cli/serve.js")).serve,
  recheck: async () => (await import("./cli/recheck.js")).recheck,
};

/**
 * The `claimcheck` command. Returns the exit code (cli/io.ts EXIT); errors are one line on
 * stderr, never a stack trace (CLAIMCHECK_DEBUG=1 adds the stack of an unexpected error).
 * @example process.exitCode = await main(["check", "--fresh", "examples/001.txt"])
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    (name ? io.stdout : io.stderr).write(HELP.main);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === "--version" || name === "-V") return io.stdout.write(`claimcheck ${VERSION}\n`), EXIT.ok;
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`claimcheck: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")}; see claimcheck --help)\n`);
    return EXIT.usage;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    const { exitCodeFor, failureLine } = await import("./cli/failure.js");
    const code = exitCodeFor(error);
    io.stderr.write(`${failureLine(name, error)}\n`);
    if (io.env.CLAIMCHECK_DEBUG && code !== EXIT.usage && error instanceof Error && error.stack) io.stderr.write(error.stack + "\n");
    return code;
  }
}

function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    // A terminal that cannot move the cursor (TERM=dumb: editors' shells) gets plain lines too.
    interactive: Boolean(process.stderr.isTTY) && process.env.TERM !== "dumb",
    stdoutTerminal: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}
