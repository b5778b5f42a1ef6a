/** Exit codes, as every usage text states them (cli/io.ts EXIT). */
const EXITS = `Exit codes: 0 no contradiction, 1 at least one open contradiction (check), 2 bad usage or
input, 3 store error (locked, unreachable, not a store), 4 internal error (a bug: please report).`;

/** The --store option, the same for every command that has it. */
export const HELP_STORE = `  --store DIR       the embedded store (default ./.claimcheck: a new or empty directory,
                    or an existing store); CLAIMCHECK_DYNAMODB_ENDPOINT (with CLAIMCHECK_TABLE)
                    names a DynamoDB-compatible endpoint instead`;

/** Usage text, one per subcommand: what `--help` prints and what a usage error points to. */
export const HELP = {
  main: `claimcheck — find numbers and dates that contradict each other in news articles

Usage:
  claimcheck check [--json] [--fresh] [--store DIR] [--published DATE] FILE...
  claimcheck extract [--json] [--published DATE] FILE...
  claimcheck extract --jsonl [--published DATE] < articles.jsonl
  claimcheck serve [--port 8787] [--host 127.0.0.1] [--store DIR]
  claimcheck recheck [--json] [--store DIR]
  claimcheck --version | -V

Run "claimcheck <command> --help" for details.
Colour: on when stdout is a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 on.
${EXITS}
`,
  check: `Usage: claimcheck check [--json] [--fresh] [--store DIR] [--published DATE] FILE...

Checks each article against the store and the files before it, in the order given, and stores it.
FILE is .txt/.md (optional front matter: id, title, url, source, published), .html, .json
(the POST /articles body), or - for standard input; at most 1 MiB each, validated like the API.

  --json            machine-readable output: { articles: [...], findings: [...] }
  --fresh           use an empty throwaway store instead of DIR
${HELP_STORE}
  --published DATE  publication date (YYYY-MM-DD) for articles that do not give one
  -h, --help        this text

${EXITS}
`,
  extract: `Usage: claimcheck extract [--json] [--published DATE] FILE...
       claimcheck extract --jsonl [--published DATE] < in.jsonl > out.jsonl

Lists the numeric and dated claims of each article: no store, no comparison.

  --json            one JSON document: { articles: [{ ...article without body, claims }] }
  --jsonl           stream: read {"id","body","published"?} lines on stdin, write
                    {"id","claims":[...]} lines on stdout, one per input line, in order
                    (a bad line gets {"id","error"} and the exit code is 2)
  --published DATE  publication date (YYYY-MM-DD) for articles that do not give one
  -h, --help        this text
`,
  serve: `Usage: claimcheck serve [--port 8787] [--host 127.0.0.1] [--store DIR]

Runs the HTTP API and the review pages (http://127.0.0.1:8787/) on the embedded store until
Ctrl-C. Writes are open on 127.0.0.1 unless CLAIMCHECK_API_KEYS is set; any other --host
needs keys. The embedded store listens on no port: only this process can reach it.

  --port N          the port (default 8787; 0 picks a free one)
  --host HOST       the address to bind (default 127.0.0.1)
${HELP_STORE}
  -h, --help        this text

${EXITS}
`,
} as const;
