/** What each benchmark's figures mean, for BENCHMARKS.md: the words around the generated tables. */
export const PROSE = {
  extract: `The corpus is the five real articles of \`examples/\` (front matter stripped with
\`readFrontMatter\`), repeated with a seeded generator (bench/lib/vary.mjs) that varies every
digit run (years stay years, days stay 1-28, amounts keep their format), number words, distance
units and place names, so no two copies are the same text. MB is 10^6 bytes of UTF-8 text.
*claimcheck* is the whole \`extractClaims\` (numbers, units, qualifiers, dates, durations,
subjects, modality, conversions); *chrono-node* is \`chrono.parse(text, publishedDate)\`, dates
only, on the same articles; *Recognizers-Text* is @microsoft/recognizers-text-suite with six
recognizers (Number, Percentage, Dimension, Currency, Temperature, DateTime; culture English)
on a slice of the same corpus (it is too slow for the whole of it; its models are warmed on a
short sentence first). "found" is the number of results each returned in the last run.
claimcheck and chrono-node are timed in alternation, seven runs each after a warm-up, with one
garbage collection before the rounds (a forced collection before every run left both 20-40%
slower than a running process is, and the one that allocates more, more so); their ratio is
the median of the seven per-pair ratios. The Recognizers-Text ratio divides the claimcheck
median by the peer's median.`,
  check: `*checkClaims* is core's comparison alone: the longest real article (its claims extracted
once) against a prepared set of related claims, copies of its own subject claims in other
articles (five per article) with values moved by up to ±20%, so some agree and some conflict.
One "check" is one call over the whole article; findings/s is checks/s times the findings each
call returns. *checkArticle* is the use case end to end on the embedded store (extraction, the
store's subject query, the comparison) with \`dryRun\`, for a new article of a story of which the
store holds every article (ten new articles per sample); "related" is how many stored claims
shared an article's subjects, on average.`,
  api: `The server is \`createApp\` on @hono/node-server at 127.0.0.1 with the embedded store (dynalite
in the same process, persisted, as \`claimcheck serve\` runs), no API key (loopback), logs off.
The stores are generated archives: stories of ten articles, each article an excerpt of a real
one with varied numbers and places and its story's own made-up subject nouns (so the archive has
many subjects, as a newsroom's does), seeded through the store API with their findings.
Both stores are served at once and measured in alternation (run by run, the order reversed
each round) so load drifting on this shared machine falls on both. autocannon runs in a
separate process with 4 connections, for the seconds given per run. Every POST /articles?dryRun=0 is a
distinct new article of one of the same ten stories in both stores (extracted, checked against
its related claims, stored), so the posts grow the same stories and meet the same related claims
whatever the store size; GET /findings reads the first page of findings. p50/p99 are autocannon's
latency percentiles in ms; requests/s its average. The ratio compares the p50 medians of the
large and the small store: cost that follows the claims on an article's subjects, not the size
of the table, keeps it near 1.`,
  lambda: `functions/api.ts bundled with esbuild 0.25 (bundle, minify, platform node, format esm, target
node22, a createRequire banner as SST adds for ESM), once with the AWS SDK v3 inside and once
with \`@aws-sdk/*\` external (the nodejs22.x runtime provides it; here it loads from
node_modules); the bare handler is \`handle(new Hono().get("/", c => c.text("ok")))\` bundled
the same way. Load time is \`performance.now()\` around \`await import(bundle)\` in a fresh node
process per sample (node's own start is not in it), samples interleaved across the three. The
API bundle's init runs during the import: configuration read and validated, the DynamoDB client
built (no network call). "Heaviest inputs" lists the packages (or the project's own code)
contributing most bytes to the bundle, from esbuild's metafile.`,
  recheck: `core/recheck.ts on the embedded store, in a fresh process per run on a fresh copy of a
generated archive (stories of ten articles, as for the API). *Nightly*: the stored claims are
current, so phase 1 reads every article and re-extracts none, and phase 2 compares every subject
group again and upserts its findings. *After an extractor upgrade*: the run is told the extractor
is one version newer, so every article is re-extracted from its stored text, checked and saved,
then the groups are compared. articles/s is stored articles over the run's wall time. The
store is served from the bench process and the re-check runs in a child process of its own,
talking to it over HTTP as a Lambda talks to DynamoDB: peak RSS is that child's kernel
high-water mark (VmHWM), the re-check's own memory without the database's.`,
};
