import { z } from "zod";
import { ClaimcheckError, recheck as runRecheck, type RecheckProgress } from "../../core/index.js";
import { loadConfig } from "../config.js";
import { parseCommandLine } from "./args.js";
import { HELP_STORE } from "./help.js";
import { EXIT, type CliIo, type Command } from "./io.js";
import { PLAIN_EVERY_MS, REDRAW_EVERY_MS } from "./progress.js";
import { humanSummary, progressLine } from "./recheck-progress.js";
import { openCliStore } from "./store.js";

export const RECHECK_HELP = `Usage: claimcheck recheck [--json] [--store DIR]

Re-checks the whole store: articles extracted by an older extractor are read again from their
stored text, and the claims of each subject are compared again across articles. New findings
are opened, vanished ones resolved, dismissed ones stay dismissed. A run that is interrupted
resumes from its checkpoint; a second run right after the first changes nothing.

  --json            print {"articles","claims","opened","resolved","unchanged","durationMs"}
${HELP_STORE}
  -h, --help        this text

Progress goes to stderr: a bar on a terminal, a plain line every few seconds otherwise.
Exit codes: 0 done, 2 bad usage, 3 store error, 4 internal error.
`;

const options = { json: { type: "boolean" }, store: { type: "string" }, help: { type: "boolean", short: "h" } } as const;
const schema = z.object({ json: z.boolean().optional(), store: z.string().min(1).optional(), help: z.boolean().optional() });

/** Progress on stderr: redrawn with \r on a terminal, a line now and then otherwise. */
function progressReporter(io: CliIo): { report(p: RecheckProgress): void; end(): void } {
  // A phase starts when the one before it reported its last item (phase 1: when the run starts).
  let phase: RecheckProgress["phase"] = "articles";
  let phaseStart = Date.now();
  let lastReport = phaseStart;
  let lastDraw = 0;
  let drawn = false;
  return {
    report(p) {
      const now = Date.now();
      if (p.phase !== phase) [phase, phaseStart, lastDraw] = [p.phase, lastReport, 0];
      lastReport = now;
      if (now - lastDraw < (io.interactive ? REDRAW_EVERY_MS : PLAIN_EVERY_MS)) return;
      lastDraw = now;
      const line = progressLine(p, now - phaseStart);
      io.stderr.write(io.interactive ? `\r${line}\u001b[K` : `${line}\n`);
      drawn = true;
    },
    end() {
      if (io.interactive && drawn) io.stderr.write("\n");
    },
  };
}

/**
 * `claimcheck recheck [--json] [--store DIR]`.
 * @example process.exitCode = await recheck(["--json"], io)
 */
export const recheck: Command = async (argv, io) => {
  const { values, files } = parseCommandLine(argv, options, schema);
  if (values.help) return io.stdout.write(RECHECK_HELP), EXIT.ok;
  if (files.length > 0) throw new ClaimcheckError("invalid-input", `unexpected argument ${files[0]} (recheck takes no files)`);
  const backing = await openCliStore(values, loadConfig(io.env, { mode: "local" }), io.cwd);
  try {
    const totals = await backing.store.countBatch();
    const progress = progressReporter(io);
    const result = await runRecheck({ store: backing.store, now: () => new Date().toISOString(), totals, onProgress: progress.report });
    progress.end();
    io.stdout.write(values.json ? `${JSON.stringify(result.summary)}\n` : `${humanSummary(result.summary, result.complete)}\n`);
    return EXIT.ok;
  } finally {
    await backing.close();
  }
};
