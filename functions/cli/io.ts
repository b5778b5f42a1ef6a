import type { Readable, Writable } from "node:stream";

/** What a subcommand may touch: streams, the working directory, and whether it talks to a terminal. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  /** True when stderr is a terminal: progress bars only then, plain lines otherwise. */
  interactive: boolean;
  env: Record<string, string | undefined>;
}

/** A subcommand: parses its own argv (after the subcommand name), returns the exit code. */
export type Command = (argv: string[], io: CliIo) => Promise<number>;

/** Exit codes of DESIGN.md. */
export const EXIT = { ok: 0, contradiction: 1, usage: 2 } as const;
