import { subjectContext } from "../../../core/extract/subject/context.js";

/** A subject context of `text` whose sentences are its lines, as the pipeline would split them. */
export function contextOf(text: string, published: string) {
  let at = 0;
  const sentences = text.split("\n").map((line) => {
    const span = { start: at, end: at + line.length };
    at += line.length + 1;
    return span;
  }).filter((s) => s.end > s.start);
  return subjectContext(text, [], published, sentences);
}
