/**
 * findSubjects (subject/index.ts) reads an article's quantities through the quantity steps one
 * step at a time, for speed. That changes nothing only while those steps read nothing another
 * figure's reading writes: these tests hold it to both.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../core/index.js";
import { FINDERS } from "../../../core/extract/index.js";
import { runPipeline, STEPS } from "../../../core/extract/pipeline.js";
import { spanIndexAt } from "../../../core/extract/span.js";
import { subjectContext, type SubjectContext } from "../../../core/extract/subject/context.js";
import { findSubject, findSubjects } from "../../../core/extract/subject/index.js";
import type { Reading, SubjectInput } from "../../../core/extract/subject/reading.js";
import { QUANTITY_STEPS } from "../../../core/extract/subject/steps.js";

const DIR = fileURLToPath(new URL("../../../examples/", import.meta.url));
const BEFORE_SUBJECTS = STEPS.slice(0, STEPS.findIndex((s) => s.name === "subjects"));

// The five real articles, and three real reports (tests/corpus/check: s10-d-story-day.json, The Hindu
// on the 2024 Luti dam breach; heldout-final.json, AP on the 2016 Sibolangit floods; heldout-late.json,
// IOL on the 2021 Kampala bombings) whose readings change when the frame steps too are run one step at
// a time for all figures: the readings whose order matters.
const ARTICLES: Array<{ body: string; published?: string }> = [
  ...readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort().map((f) => {
    const { fields, body } = readFrontMatter(readFileSync(DIR + f, "utf8"));
    return { body, published: fields.published };
  }),
  { body: "Chhattisgarh: 4 killed after dam breach triggers flash flood in Balrampur\n\nThe breach in the Luti reservoir, located in Dhaneshpur village, occurred late Tuesday night following heavy rainfall in the region.\n\nFour people were killed while three others went missing after a portion of a small dam collapsed triggering a flash flood in Chhattisgarh's Balrampur district, officials said on Wednesday.", published: "2024-07-24" },
  { body: "Rescuers recover the body of a victim after a flood hit Dua Warna waterfall in Sibolangit, North Sumatra, Indonesia, Monday, May 16, 2016. Nearly two dozen students were missing in rain-triggered floods and landslides at the waterfall which is popular tou\nRescuers on Monday found the bodies of 17 people who were among 20 university students and two guides who went missing in rain-triggered floods and landslides at a popular waterfall in western Indonesia, an official said.\n\n\"Rescuers have discovered 17 bodies, of which 14 have been recovered while three others are still under the rubble,\" Surbakti said.\n\nThe disaster occurred Sunday as more than 70 students were visiting the Dua Warna waterfall in Sibolangit in North Sumatra province.\n\nSix bodies were found about 3 kilometers (2 miles) downstream from the waterfall, Surbakti said.", published: "2016-05-16" },
  { body: "Cape Town — Two police officers are confirmed dead and four others were killed when two separate explosions hit the city of Kampala, the National Emergency Coordination and Operations Centre confirms. The first explosion went off at City Square, and minutes later another one exploded at the Parliament Avenue.\n\nOn October 23, an explosion went off in Komamboga, a northern suburb of the capital. Police described it as an act of domestic terror, and the Islamic State group claimed responsibility. Police say at least 48 suspects linked to the October 23 bomb blast have been arrested.", published: "2021-11-16" },
];

/** What the pipeline hands the subject step for each mention of an article, with a context of its own. */
function inputsOf(article: { body: string; published?: string }): { inputs: SubjectInput[]; context: SubjectContext } {
  const state = runPipeline(article.body, article.published, FINDERS, BEFORE_SUBJECTS);
  const context = subjectContext(state.text, state.mentions, state.published, state.sentences);
  const inputs = state.mentions.map((mention) => {
    const index = spanIndexAt(state.sentences, mention.start);
    const s = state.sentences[index];
    const sentence = s ? { start: s.start, end: Math.max(s.end, mention.end) } : { start: mention.start, end: mention.end };
    const previousSentence = index > 0 ? state.text.slice(state.sentences[index - 1]!.start, state.sentences[index - 1]!.end) : "";
    return { text: state.text, sentence, previousSentence, mention, context };
  });
  return { inputs, context };
}

describe("findSubjects: all of an article's subjects at once, as findSubject reads them one by one", () => {
  it("gives every mention the reading findSubject gives it, in text order on a fresh context", () => {
    let quantities = 0;
    for (const article of ARTICLES) {
      const together = findSubjects(inputsOf(article).inputs);
      const { inputs } = inputsOf(article);
      const oneByOne = inputs.map((input) => findSubject(input));
      expect(JSON.stringify(together)).toBe(JSON.stringify(oneByOne));
      quantities += inputs.filter((i) => i.mention.kind !== "date" && i.mention.kind !== "duration").length;
    }
    expect(quantities).toBeGreaterThan(30);
  });

  it("reads mentions without a context on findSubject's own context of their text", () => {
    const bare = inputsOf(ARTICLES[5]!).inputs.map(({ context: _context, ...input }) => input);
    // findSubject keeps that context for the next mention of the same text: another text's first, so each side starts afresh.
    const other = { ...inputsOf(ARTICLES[0]!).inputs[0]!, context: undefined };
    findSubject(other);
    const together = findSubjects(bare);
    findSubject(other);
    expect(JSON.stringify(together)).toBe(JSON.stringify(bare.map((input) => findSubject(input))));
  });

  it("runs the quantity steps on what the article's other figures cannot change: its text, day, dates, sentences and structure", () => {
    // What the frame and date readers write for the figures after them (places remembered, events,
    // the lead and dateline, the story's tolls) must not be read by a quantity step, or reading all
    // figures through a step before the next would change what a figure finds.
    const read = new Set<string>();
    let places = 0;
    for (const article of ARTICLES) {
      const { inputs, context } = inputsOf(article);
      const watched = new Proxy(context, { get: (target, key) => { read.add(String(key)); return Reflect.get(target, key); } });
      for (const input of inputs) {
        if (input.mention.kind === "date" || input.mention.kind === "duration") continue;
        const reading: Reading = { input: { ...input, context: watched }, phrase: null, rules: [], frame: { scope: [], rules: [] } };
        for (const step of QUANTITY_STEPS) if (step.run(reading) === "stop") break;
      }
      findSubjects(inputs);
      if (context.places?.size) places++;
    }
    expect([...read].filter((key) => !["text", "published", "dates", "sentences", "structure"].includes(key))).toEqual([]);
    // The articles do exercise the state a quantity step must not read.
    expect(places).toBeGreaterThan(0);
  });
});
