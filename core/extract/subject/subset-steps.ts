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

/** "About 100 injured people under treatment": the treated, told right after the counted people with no verb. */
const UNDER_TREATMENT = /^\s+(?:(?:injured|wounded|hurt)\s+)?(?:people|persons|others|victims|patients)?\s*(?:under|receiving|undergoing)\s+(?:medical\s+)?treatment\b/i;

/** Right after the verb of dying: "at the scene", "later in hospital", "on the way to hospital". */
const DIED_WHERE = Object.entries(measures.diedWhere).map(([where, words]) => [where, new RegExp(String.raw`^\s*(?:later\s+|subsequently\s+|then\s+)?(?:${alt(words)})\b`, "i")] as const);
/** Right before a verb of dying told before its count: "instantly killed 10 passengers". */
const DIED_WHERE_BEFORE = Object.entries(measures.diedWhere).map(([where, words]) => [where, new RegExp(String.raw`\b(?:${alt(words)})\s*$`, "i")] as const);

export const SUBSET_STEPS: readonly SubjectStep[] = [
  {
    name: "frame.in-hospital",
    run: (r) => {
      if (r.frame.measure?.id !== "injured") return;
      const { text, sentence, mention } = r.input;
      const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 120));
      if (!IN_HOSPITAL.test(after) && !UNDER_TREATMENT.test(after)) return;
      r.frame.measure = { ...r.frame.measure, id: "injured.in-hospital" };
      r.frame.rules.push("frame.in-hospital");
    },
  },
  // "Five others died in hospital after treatment failed": the dead of one place, a part of the toll.
  {
    name: "frame.died-where",
    run: (r) => {
      // The dead of one kind ("10 passengers") at the scene are a part of the toll as well.
      const measure = r.frame.measure?.id ?? "";
      if ((measure !== "killed" && !measure.startsWith("killed.")) || !r.casualty) return;
      const { text, sentence, mention } = r.input;
      const [start, end] = [r.casualty.span.start, r.casualty.span.end];
      // The verb after its count ("Twelve people died at the scene"), or before it with the words before the verb ("instantly killed 10 passengers").
      const where = start >= mention.end
        ? DIED_WHERE.find(([, words]) => words.test(text.slice(end, Math.min(sentence.end, end + 60))))?.[0]
        : DIED_WHERE_BEFORE.find(([, words]) => words.test(text.slice(Math.max(sentence.start, start - 30), start)))?.[0];
      if (!where || !r.frame.measure) return;
      r.frame.measure = { ...r.frame.measure, id: `killed.${where}` };
      r.frame.rules.push("frame.died-where");
    },
  },
];
