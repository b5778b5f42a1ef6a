/**
 * Data, not code: words that tell a count reached over years up to now ("insurgents ... have
 * killed thousands of villagers since 2014"; "over the past decade"), not one happening's count
 * (core/check/frame/years-count.ts). The year is read apart: only a year before the report's own
 * makes a stretch of years.
 */
export const SINCE_YEAR = /\bsince\s+(?:(?:early|late|mid)[-\s]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b(?!\s*(?:to|-|–|until|till)\s*(?:19|20)?\d\d)/giu;

/**
 * "32 deaths since October", "since the start of the year", "since last month": a count reached
 * since a start months before, told with no year. A day of its own ("since Friday", "since
 * October 7") may date the story's own happening, and is left alone.
 */
export const SINCE_MONTH = /\bsince\s+(?:(?:early|late|mid)[-\s]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|last\s+(?:month|year))\b(?!\s+\d)/iu;

/** "over the past decade", "in the last 10 years", "during the past two decades". */
export const PAST_YEARS = /\b(?:over|in|during|for|across)\s+the\s+(?:past|last|previous)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several|many)\s+)?(?:years|decades?)\b/giu;

/**
 * A superlative just before "since" dates a record, not a count: "the deadliest in Istanbul since
 * 2017", "the worst floods since 1998", "the first such attack since 2016".
 */
export const RECORD_BEFORE = /\b(?:\p{L}+est|most|worst|best|first|record|highest|lowest|biggest|largest|only)\b(?:\s+[\p{L}'’-]+){0,4}\s*$/iu;
