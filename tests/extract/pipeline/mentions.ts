import type { Mention } from "../../../core/extract/mention.js";
import type { Finders } from "../../../core/extract/pipeline.js";

/**
 * Hand-made mentions for testing the pipeline's own steps apart from the number finders:
 * what a finder would return for `words` (the nth occurrence) in `text`.
 */
export function mention(text: string, words: string, fields: Partial<Mention> = {}, occurrence = 0): Mention {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`test setup: "${words}" is not in the text`);
  return { kind: "quantity", start, end: start + words.length, value: 0, qualifier: "exact", rules: ["test.hand-made"], ...fields };
}

/** Finders that return the given mentions, split by kind as the real steps would. */
export function fixedFinders(mentions: Mention[]): Finders {
  return {
    quantities: () => mentions.filter((m) => m.kind === "quantity" || m.kind === "percent"),
    dates: () => mentions.filter((m) => m.kind === "date"),
    durations: () => mentions.filter((m) => m.kind === "duration"),
  };
}
