import { GUESSED } from "./toll-words.js";

/**
 * Data, not code: words in a toll's sentence that bring in a happening other than the report's
 * own (core/check/frame/one-story-toll.ts). "Saturday's accident comes less than two weeks after
 * at least 30 people were killed when a passenger bus plunged into a ravine" (Uyuni, 2025);
 * "Marapi’s last eruption took place in April 1979 and killed 60 people" (a past year is read
 * apart); "the deadliest since 2017"; "last year's floods"; "a similar accident"; "At least 14 were
 * killed and 40 wounded in that incident" (a train bombed the day before, AFP 2014); "wounded in
 * the first event" of twin blasts (Kabul, 2018).
 */
export const OTHER_HAPPENING = /\b(?:(?:that|those|an?\s+earlier|the\s+earlier|the\s+(?:first|second|third|other|former|latter))\s+(?:incident|attack|blast|bombing|explosion|event|crash|accident|collision|fire|quake|earthquake)s?|(?:days?|weeks?|months?|years?)\s+(?:after|before|earlier|ago)|last\s+(?:year|month|week|time|eruption|attack|quake|earthquake|flood|fire|crash|accident|storm)|(?:the\s+)?previous|earlier\s+(?:this|that)\s+(?:year|month|week)|another|similar|since\s+\d{4}|deadliest|worst|record|compared\s+(?:with|to))\b/iu;

/**
 * Words that make a toll a guess or a rumour, not a count: "unconfirmed reports of up to 30
 * people killed", "more than 30 people were believed to have been killed" (Papua New Guinea
 * earthquake, 2018). Two guesses of one report are no contradiction of each other.
 */
export const GUESSED_TOLL = new RegExp(String.raw`\b(?:unconfirmed|${GUESSED.join("|")}|rumou?red|reportedly|may\s+have|could\s+have)\b`, "iu");
