import { isClaimcheckError } from "../core/index.js";
import { check } from "./cli/check.js";
import { extract } from "./cli/extract.js";
import { HELP } from "./cli/help.js";
import { EXIT, type CliIo, type Command } from "./cli/io.js";

/** Subcommands load on demand: `extract` should not pay for the store or the HTTP server. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => check,
  extract: async () => extract,
  serve: async () => (await import("./cli/serve.js")).serve,
  recheck: async () => (await import("./cli/recheck.js")).recheck,
};

/**
 * The `claimcheck` command. Returns the exit code; errors are one line on stderr, never a
 * stack trace for bad input (CLAIMCHECK_DEBUG=1 shows stacks of unexpected errors).
 * @example process.exitCode = await main(["check", "--fresh", "examples/001.txt"])
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    (name ? io.stdout : io.stderr).write(HELP.main);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === "--version") return io.stdout.write("claimcheck 0.1.0\n"), EXIT.ok;
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`claimcheck: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")}; see claimcheck --help)\n`);
    return EXIT.usage;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    if (isClaimcheckError(error) && error.code === "invalid-input") {
      io.stderr.write(`claimcheck ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`claimcheck ${name}: ${message}\n`);
    if (io.env.CLAIMCHECK_DEBUG && error instanceof Error && error.stack) io.stderr.write(error.stack + "\n");
    return EXIT.usage;
  }
}

function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    interactive: Boolean(process.stderr.isTTY),
    env: process.env,
  };
}
