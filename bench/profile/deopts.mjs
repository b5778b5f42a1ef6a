/**
 * Where V8 throws away optimised extraction code, round by round, over the bench corpus: each
 * deopt is a recompile (background CPU that process.cpuUsage counts) and a spell of slow code,
 * and the bench times rounds 2-4 of a fresh process, before the code has settled (session 18:
 * Array map's result is packed unoptimised and holey optimised; every reader optimised for the
 * one deopted on the other, about 30 quantity steps at once in round 2; see core/extract/packed.ts).
 * Prints, per round, the deopts and TurboFan compiles, then each deopt after round 1 (or every
 * one with --all) with its function, reason and source position.
 *
 *   node bench/profile/deopts.mjs [--rounds 4] [--all] [root]
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); if (i < 0) return d; const v = args[i + 1]; args.splice(i, 2); return v; };
const rounds = Number(opt("--rounds", 4));
const all = args.includes("--all") ? (args.splice(args.indexOf("--all"), 1), true) : false;
const MARK = "=== round done";

if (args[0] === "--child") {
  const { buildInputs } = await import("./build-inputs.mjs");
  const { load, corpus } = await buildInputs(args[1]);
  const { extractClaims } = await load("index.js");
  for (let r = 0; r < rounds; r++) {
    for (const a of corpus.articles) extractClaims(a);
    console.log(MARK);
  }
} else {
  const root = args[0] ?? fileURLToPath(new URL("../..", import.meta.url));
  const trace = execFileSync(process.execPath, ["--trace-opt", "--trace-deopt-verbose", fileURLToPath(import.meta.url), "--rounds", String(rounds), "--child", root], { encoding: "utf8", maxBuffer: 1 << 30 });
  const perRound = Array.from({ length: rounds }, () => ({ deopts: 0, compiles: 0 }));
  const listed = [];
  let round = 0;
  let pending;
  for (const line of trace.split("\n")) {
    if (line.startsWith(MARK)) {
      round++;
      continue;
    }
    if (round >= rounds) break;
    if (line.includes("completed compiling")) perRound[round].compiles++;
    const bailout = /bailout \(kind: ([^,]*), reason: ([^)]*)\): begin\. deoptimizing .*?<JSFunction ([^ >]*)/.exec(line);
    if (bailout) {
      perRound[round].deopts++;
      pending = { round: round + 1, fn: bailout[3] === "(sfi" ? "(anonymous)" : bailout[3], kind: bailout[1], reason: bailout[2] };
      continue;
    }
    const at = /deoptimiz\w* at <([^>]*)>/.exec(line);
    if (at && pending) {
      if (all || pending.round > 1) listed.push({ ...pending, at: at[1].replace(/^file:\/\//, "").replace(`${root.replace(/\/$/, "")}/`, "") });
      pending = undefined;
    }
  }
  console.log(`${root}: extractClaims over the bench corpus, ${rounds} rounds in one process`);
  perRound.forEach((r, i) => console.log(`round ${i + 1}: ${r.deopts} deopts, ${r.compiles} TurboFan compiles`));
  for (const d of listed) console.log(`  round ${d.round}  ${d.fn}  ${d.kind}, ${d.reason}  at ${d.at}`);
}
