import { Readable, Writable } from "node:stream";
import type { CliIo } from "../../functions/cli/io.js";

export interface FakeIo {
  io: CliIo;
  stdout(): string;
  stderr(): string;
}

/**
 * A CliIo on strings, for running `main` in this process (fast; no build needed): terminals
 * and environment as given.
 * @example const run = fakeIo({ cwd: dir }); await main(["--version"], run.io); run.stdout()
 */
export function fakeIo(o: { cwd?: string; input?: string; env?: Record<string, string>; interactive?: boolean; stdoutTerminal?: boolean } = {}): FakeIo {
  let out = "";
  let err = "";
  const sink = (append: (s: string) => void) => new Writable({ write(chunk, _enc, done) { append(String(chunk)); done(); } });
  const io: CliIo = {
    stdin: Readable.from(o.input === undefined ? [] : [o.input]),
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    cwd: o.cwd ?? process.cwd(),
    interactive: o.interactive ?? false,
    stdoutTerminal: o.stdoutTerminal ?? false,
    env: o.env ?? {},
  };
  return { io, stdout: () => out, stderr: () => err };
}
