import measures from "./data/measures.js";
import { wordAlternation as alt } from "./alternation.js";
import type { SubjectStep } from "./reading.js";

/**
 * Frame steps for a casualty count that is a subset of its class, told by where it stands: the
 * injured still in hospital ("80 people injured in the attack remained in hospital") are some of
 * the injured, and the dead told by where they died ("Twelve people died at the scene. Five others
 * died in hospital") some of the dead; neither is ever the whole count, and set against a toll of
 * the same story they are no contradiction. The words of where the dead died are data
 * (data/measures.ts 'diedWhere').
 */

/** A clause saying the injured counted are still in hospital or in a grave state. */
const IN_HOSPITAL = /^[^;.]*?\b(?:(?:remain|remains|remained|still|are|were|was|is)\s+(?:\w+\s+)?(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed|being\s+treated|under\s+treatment|in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition))/i;

/** Right after the verb of dying: "at the scene", "later in hospital", "on the way to hospital". */
const DIED_WHERE = Object.entries(measures.diedWhere).map(([where, words]) => [where, new RegExp(String.raw`^\s*(?:later\s+|subsequently\s+|then\s+)?(?:${alt(words)})\b`, "i")] as const);

export const SUBSET_STEPS: readonly SubjectStep[] = [
  {
    name: "frame.in-hospital",
    run: (r) => {
      if (r.frame.measure?.id !== "injured") return;
      const { text, sentence, mention } = r.input;
      if (!IN_HOSPITAL.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 120)))) return;
      r.frame.measure = { ...r.frame.measure, id: "injured.in-hospital" };
      r.frame.rules.push("frame.in-hospital");
    },
  },
  // "Five others died in hospital after treatment failed": the dead of one place, a part of the toll.
  {
    name: "frame.died-where",
    run: (r) => {
      if (r.frame.measure?.id !== "killed" || !r.casualty || r.casualty.span.start < r.input.mention.end) return;
      const after = r.input.text.slice(r.casualty.span.end, Math.min(r.input.sentence.end, r.casualty.span.end + 60));
      const where = DIED_WHERE.find(([, words]) => words.test(after))?.[0];
      if (!where) return;
      r.frame.measure = { ...r.frame.measure, id: `killed.${where}` };
      r.frame.rules.push("frame.died-where");
    },
  },
];
