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
claimcheck and chrono-node are timed in alternation, seven runs each, every run in a fresh
process of its own after one warm-up run there, the median of three (bench/lib/extract-alone.mjs): in one process each
slowed the other (chrono-node right after claimcheck's extraction ran at about half its speed
alone, which made the ratio look met in session 11 when it was not); their ratio is the median of
the seven per-pair ratios. The Recognizers-Text ratio divides the claimcheck
median by the peer's median.`,
  check: `*checkClaims* is core's comparison alone: the longest real article (its claims extracted
once) against a prepared set of related claims, copies of its own subject claims in other
articles (five per article) with values moved by up to ±20%, so some agree and some conflict.
One "check" is one call over the whole article; findings/s is checks/s times the findings each
call returns. The rest runs on generated **newsroom archives** (bench/lib/newsroom.mjs): wire-style
reports written for the real extractor, twenty a day, so an archive of n articles spans n / 20
days as a newsroom's grows. Six in ten report an attack or an earthquake (four events a day in
distinct cities drawn with Zipf weights from thirty cities the gazetteer knows, so the same
cities see events again on other dates; each event reported by several outlets on its day and
the next, most with the true tolls, some with early counts or errors); two in ten give a refugee
population of a host country (ten hosts, Zipf), two in ten a monthly unemployment or inflation
rate (twelve countries). Every story shares its measures with every other (killed, injured,
refugees, percentages); the frames (measure, places, event type and date) come from
extraction, the generator only records which event each article reports. Stores are seeded
through the store API, each article checked against what the store would return for it.
*checkArticle (dry run)* is the use case end to end (extraction, the claim-index lookups, the
comparison) for twenty new reports (another outlet's report of the story of a stored article
picked at random); *store reads per check* counts, on the SDK client, the requests a check
makes and the items their answers carry; "related" is how many stored claims the lookups
returned, on average. *Findings between distinct events* counts the cross-article findings the
ingest checks raised while the archive was built between two reports of different events
(goal 0: different events are different things); "sameEvent" are findings between reports of
one event (the generator's early counts and errors: true findings), "other" between level and
rate stories.`,
  api: `The server is \`createApp\` on @hono/node-server at 127.0.0.1 with the embedded store (dynalite
in the same process, persisted, as \`claimcheck serve\` runs), no API key (loopback), logs off.
The stores are the newsroom archives of the check benchmark (twenty articles a day, so a store
of 10,000 spans 500 days and one of 100 five days: a new report meets about as many related
claims in both, as in a newsroom whose archive grows while its daily news does not), seeded
through the store API with their findings. Both stores are served at once and measured in
alternation (run by run, the order reversed each round) so load drifting on this shared
machine falls on both. autocannon runs in a separate process with 4 connections, for the
seconds given per run. Every POST /articles?dryRun=1 is a distinct new report of the story of a
stored article picked at random (extracted, checked against the claim index, not stored); GET
/findings reads the first page of findings. p50/p99 are autocannon's latency percentiles in ms;
requests/s its average. The ratio compares the p50 medians of the large and the small store:
a check that reads only the claims about the same events and entities in a bounded window
keeps it near 1. \`npm run bench -- --long\` adds a store of 100,000 articles (building it takes
about 22-30 minutes of one core here, projected from 10,000; it is kept for later runs).`,
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
newsroom archive (the check benchmark's). *Nightly*: the stored claims are current, so phase 1
reads every article and re-extracts none, and phase 2 walks every partition of the claim index
(one per index key: a measure and an event, or a measure and a place, group or named thing) in
time order, comparing each claim with the claims of its window, and upserts the findings each
partition owns. *After an extractor upgrade*: the run is told the extractor is one version
newer, so every article is re-extracted from its stored text, re-filed, checked and saved, then
the partitions are walked. articles/s is stored articles over the run's wall time. The store is
served from the bench process and the re-check runs in a child process of its own, talking to
it over HTTP as a Lambda talks to DynamoDB: peak RSS is that child's kernel high-water mark
(VmHWM), the re-check's own memory without the database's. "Most claims held" is the largest
window any partition walk held at once (what memory is bounded by: one window of one key, never
a whole partition or a common measure); "partitions" is how many were walked.`,
};
