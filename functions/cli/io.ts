import type { Readable, Writable } from "node:stream";

/** What a subcommand may touch: streams, the working directory, and whether it talks to a terminal. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  /** True when stderr is a terminal that can redraw a line: progress bars only then, plain lines otherwise. */
  interactive: boolean;
  /** True when stdout is a terminal: colour by default only then (see color.ts). */
  stdoutTerminal?: boolean;
  env: Record<string, string | undefined>;
}

/** A subcommand: parses its own argv (after the subcommand name), returns the exit code. */
export type Command = (argv: string[], io: CliIo) => Promise<number>;

/**
 * Exit codes: 0, 1 and 2 as DESIGN.md has them; 3 and 4 tell a script whether to retry (the
 * store could not be used: locked, unreachable, not a store) or to report a bug.
 */
export const EXIT = { ok: 0, contradiction: 1, usage: 2, store: 3, internal: 4 } as const;
