import type { Span } from "../span.js";
import { datesBetween, type SubjectContext } from "./context.js";

/** The day an event happened, from the forms news tells it in. */

/**
 * The day of the event whose words are `span`: a date right before it ("Monday's earthquake",
 * "last year's stadium bombing", "the Nov. 13 attack"), a date after it in its clause ("the
 * raid on 26 October 2019", "tore through the market on Sunday"), or a date opening its
 * sentence ("On 3 May 2021, police carried out the raid"). Values come from the date step.
 */
export function eventDate(context: SubjectContext, sentence: Span, span: Span): string | undefined {
  for (const date of datesBetween(context, sentence.start, sentence.end)) {
    const value = date.value as string;
    if (date.end <= span.start) {
      const between = context.text.slice(date.end, span.start);
      if (/^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(between) && !/\b(?:the|a|an|and|or|since|after|before|until)\s/i.test(between)) return value;
      if (date.start - sentence.start <= 24 && /^\s*,/.test(between) && OPENER.test(context.text.slice(sentence.start, date.start))) return value;
      if (/^(?:on|in)\s*$/i.test(context.text.slice(sentence.start, date.start).trim()) && /^,/.test(between.trimStart())) return value;
    } else if (date.start >= span.end) {
      const between = context.text.slice(span.end, date.start);
      // "The toll from the blast rose on Wednesday": the day the toll rose, not the blast's.
      // "after the suicide attack Monday night": a weekday right after the event noun, without "on" (wire style).
      if (/^\s+$/.test(between) && /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(context.text.slice(date.start, date.end))) return value;
      // "a crowd crush, which occurred Saturday night": a relative clause telling when the event happened.
      if (HAPPENED_ON.test(between)) return value;
      // "in the worst rail accident in years - after a train went off the tracks ... on Friday night".
      if (happenedClause(between)) return value;
      // "the Bam earthquake of December 26, 2003": the day (or month) the event is named by; a year
      // alone ("the Kerala floods of 2018") would stretch the event over its whole year.
      if (/^\s+of\s+$/i.test(between) && /^\d{4}-\d{2}/.test(value)) return value;
      if (between.length <= 80 && !/[,;:()–—]|\b(?:since|after|before|until|when|which|who|while|and|but|killing|leaving|died|dies|arrested|rose|risen|rises|climbed|increased|jumped|reached|stood|revised|said|says|told|reported)\b/i.test(between) && /\b(?:on|in|at|last|this|early|late)\s+(?:the\s+)?$/i.test(between)) return value;
    }
  }
  // "a 2015 tailings dam collapse": a year the date reader took for a count, right before the event's words.
  return YEAR_BEFORE.exec(context.text.slice(Math.max(sentence.start, span.start - 40), span.start))?.[1];
}

const HAPPENED_ON = /^,?\s+(?:which|that)\s+(?:(?:had|has)\s+)?(?:occurred|happened|took\s+place|struck|hit|broke\s+out|unfolded|began)\s+(?:(?:on|in|at|late|early)\s+)*(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?$/i;

/**
 * "after a passenger train hit another one in Balasore on", "when the roof caved in late on": a
 * clause telling what happened, ending in the day it happened, not a day something was said.
 * @example happenedClause(" after fans fled tear gas at the stadium on ") // true
 */
export function happenedClause(between: string): boolean {
  return between.length <= 160 && HAPPENED_CLAUSE.test(between) && !SAID_OR_COUNTED.test(between);
}

const HAPPENED_CLAUSE = /^[^;:()]*?(?:^|[\s,–—-])(?:after|when|as)\s+[^;:()]*?\b(?:on|late\s+on|early\s+on|last|overnight\s+on|in\s+the\s+early\s+hours\s+of)\s+$/i;
const SAID_OR_COUNTED = /\b(?:said|says|told|reported|announced|confirmed|rose|risen|climbed|revised|updated|identified|buried|mourned|funerals?|vigils?|since|until|before|anniversary)\b/i;

const YEAR_BEFORE = /\b(?:a|an|the|its|their|that|this)\s+((?:19|20)\d{2})\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** What may open a sentence before its date: "On", "Early on", "On the night of". */
const OPENER = /^\s*(?:(?:on|in|early on|late on)(?:\s+the\s+(?:night|morning|evening|afternoon|eve)\s+of)?)?\s*$/i;
