#!/usr/bin/env bash
# Score a commit on check-corpus sets kept outside the repository (or not in tests/corpus/check):
# totals per finding kind and where the expected pairs stop, never an entry's text, so a set kept
# aside stays unseen. A clean build of <commit> is made in /tmp/score-<tag> (reused if present).
#
#   bash scripts/score-sets.sh <commit> <tag> <set folder> [<set folder> ...]
#
# Each set folder holds check-corpus JSON files (tests/check/corpus-runner.ts Entry shape). The scoring test
# runs with a long time limit: a set of 1,300 entries takes a minute on a quiet machine and over 30 s under load.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
commit="$1"; tag="$2"; shift 2
root="/tmp/score-$tag"
if [ ! -d "$root/dist" ]; then
  rm -rf "$root"
  git -C "$here" worktree add --detach -f "$root" "$commit" >/dev/null 2>&1 || { git clone -q "$here" "$root"; git -C "$root" checkout -q "$commit"; }
  ln -sfn "$here/node_modules" "$root/node_modules"
  (cd "$root" && npx tsc -p tsconfig.build.json)
fi
for set in "$@"; do
  dir="$(cd "$set" && pwd)"
  out="/tmp/score-$tag-$(basename "$dir").json"
  (cd "$root" && SCORE_DIR="$dir" SCORE_OUT="$out" npx vitest run tests/check/corpus-score.test.ts --testTimeout=1800000 >/dev/null 2>&1) || { echo "scoring $dir failed" >&2; exit 1; }
  node -e '
    const t = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const sum = {};
    for (const kinds of Object.values(t)) for (const [k, s] of Object.entries(kinds)) {
      const a = (sum[k] ??= { hits: 0, misses: 0, falseAlarms: 0 });
      a.hits += s.hits; a.misses += s.misses; a.falseAlarms += s.falseAlarms;
    }
    for (const [k, s] of Object.entries(sum).sort()) console.log(`TOTAL ${process.argv[2]} ${k}: found ${s.hits} of ${s.hits + s.misses}, false alarms ${s.falseAlarms}`);
  ' "$out" "$(basename "$dir")"
  echo "STOPS $(basename "$dir"): $(node "$here/bench/profile/pair-stops.mjs" --root "$root" --totals "$dir" | tail -1)"
done
