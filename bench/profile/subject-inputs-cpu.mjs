/**
 * CPU time of one subject reader alone, over the inputs extraction gives it on the bench corpus:
 * the pipeline runs up to its subjects step, and every mention of the chosen kind becomes the
 * input withSubjects (core/extract/pipeline.ts) would pass, with a fresh article context per
 * article. The reader then runs over all of them `--reps` times in article order; the least and
 * the median CPU are printed. A reader measured alone has less noise than whole extraction on a
 * loaded machine (a change of a few percent of extraction is lost in its noise), so a change to
 * one reader is judged here first, then on whole extraction (ab-cpu.mjs).
 * `--reader none` times the article contexts alone. Compare two builds by running this once per
 * build, in alternation.
 *
 *   node --expose-gc bench/profile/subject-inputs-cpu.mjs [--reps 15] [--kind date|quantity|percent|duration]
 *        [--reader dateSubject|thingDate|findSubject] [root]
 */
import { ROOT } from "../lib/corpus.mjs";
import { buildInputs } from "./build-inputs.mjs";

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); if (i < 0) return d; const v = args[i + 1]; args.splice(i, 2); return v; };
const reps = Number(opt("--reps", 15));
const kind = opt("--kind", "date");
const readerName = opt("--reader", "dateSubject");
const root = args[0] ?? ROOT;
const { load, corpus } = await buildInputs(root);
const { FINDERS } = await load("extract/index.js");
const { STEPS, runPipeline } = await load("extract/pipeline.js");
const { spanIndexAt } = await load("extract/span.js");
const { subjectContext, findSubject } = await load("extract/subject/index.js");
const readers = {
  findSubject,
  dateSubject: (await load("extract/subject/time-subject.js")).dateSubject,
  durationSubject: (await load("extract/subject/time-subject.js")).durationSubject,
  thingDate: (await load("extract/subject/date-thing.js")).thingDate,
  // The article contexts alone: subtract from the others.
  none: () => null,
};
const reader = readers[readerName];
if (!reader) throw new Error(`unknown reader ${readerName}`);
const before = STEPS.slice(0, STEPS.findIndex((s) => s.name === "subjects"));
const REACH = 400; // READING_REACH of pipeline.ts
// Inputs per article, built as withSubjects builds them; the context is rebuilt for each pass so
// per-article caches start empty, as in extraction.
const articles = corpus.articles.map((a) => {
  const state = runPipeline(a.body, a.published, FINDERS, before);
  const inputs = state.mentions.filter((m) => m.kind === kind).map((mention) => {
    const index = spanIndexAt(state.sentences, mention.start);
    const s = state.sentences[index];
    const sentence = s ? { start: s.start, end: Math.max(s.end, mention.end) } : { start: mention.start, end: mention.end };
    const previous = index > 0 ? state.sentences[index - 1] : null;
    const previousSentence = previous ? state.text.slice(Math.max(previous.start, previous.end - REACH), previous.end) : "";
    const window = { start: Math.max(sentence.start, mention.start - REACH), end: Math.min(sentence.end, mention.end + REACH) };
    return { text: state.text, sentence: window, previousSentence, mention };
  });
  return { state, inputs };
});
const now = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const pass = () => {
  let found = 0;
  for (const { state, inputs } of articles) {
    if (inputs.length === 0) continue;
    const context = subjectContext(state.text, state.mentions, state.published, state.sentences);
    for (const input of inputs) if (reader({ ...input, context })) found++;
  }
  return found;
};
const found = pass();
const cpu = [];
globalThis.gc?.();
for (let r = 0; r < reps; r++) { const t = now(); pass(); cpu.push(now() - t); }
cpu.sort((a, b) => a - b);
const n = articles.reduce((s, a) => s + a.inputs.length, 0);
console.log(`${readerName} over ${n} ${kind} mentions (${found} read): least ${cpu[0].toFixed(1)} ms, median ${cpu[cpu.length >> 1].toFixed(1)} ms of ${reps} passes (article contexts included)`);
