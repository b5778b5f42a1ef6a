import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import { spanIndexAt } from "../span.js";
import { readStructure, type Structure } from "./structure.js";

/**
 * What the subject step knows about the whole article, built once per article: its dates
 * (already resolved by the date step against the publication date, so "on Sunday" means the
 * same day here as in the date claims), its sentences, and, read lazily on first need, its
 * document structure (headings over lists, table rows) and the events it names.
 */
export interface SubjectContext {
  text: string;
  published?: string;
  /** Date mentions, sorted by start. */
  dates: readonly Mention[];
  sentences: readonly Span[];
  /** Filled on first use by structure.ts. */
  structure?: Structure;
  /** Filled on first use by frame-event.ts: every event noun of the article with its frame. */
  events?: unknown;
  /** Filled on first use by story-event.ts: the toll event classes the article names at all. */
  tollClasses?: readonly string[];
  /** Filled by story-event.ts: the story's event as seen from a sentence, by "<sentence start>|<anyPlaces>". */
  storyEvents?: Map<string, unknown>;
  /** Filled by named-place.ts: places the gazetteer lacks, with the places the article says contain them. */
  places?: Map<string, string[]>;
  /** Filled by story-lead.ts: where the lead ends (page furniture skipped), and the dateline's place ("" for none). */
  leadEnd?: number;
  dateline?: string;
  /** Filled by lowerText: the text in lower case, for the readers that scan the whole article for words of a list. */
  lower?: string;
}

/**
 * The context of one article for findSubject.
 * @example subjectContext(body, mentions, "2024-05-08", sentences).dates.length
 */
export function subjectContext(text: string, mentions: readonly Mention[], published: string | undefined, sentences: readonly Span[]): SubjectContext {
  const dates = mentions.filter((m) => m.kind === "date" && typeof m.value === "string").sort((a, b) => a.start - b.start);
  return { text, published, dates, sentences };
}

/** The article's structure, read once. */
export function structureOf(context: SubjectContext): Structure {
  context.structure ??= readStructure(context.text);
  return context.structure;
}

/** The sentence holding `offset`, or a bounded window around it when sentences are unknown. */
export function sentenceAt(context: SubjectContext, offset: number): Span {
  const i = spanIndexAt(context.sentences, offset);
  if (i >= 0) return context.sentences[i]!;
  return { start: Math.max(0, offset - 200), end: Math.min(context.text.length, offset + 200) };
}

/**
 * The date mentions inside [from, to), in text order.
 * @example datesBetween(context, 0, 80).map((d) => d.value) // ["2024-05-05"]
 */
export function datesBetween(context: SubjectContext, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  const dates = context.dates;
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (dates[mid]!.start < from) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < dates.length && dates[i]!.start < to; i++) if (dates[i]!.end <= to) out.push(dates[i]!);
  return out;
}

/**
 * The article's text in lower case, made once: the whole-text scans for words of a list (the
 * story's class, the events of a class) read it case-sensitively, faster than the text as written
 * case-blind.
 */
export function lowerText(context: SubjectContext): string {
  context.lower ??= context.text.toLowerCase();
  return context.lower;
}
