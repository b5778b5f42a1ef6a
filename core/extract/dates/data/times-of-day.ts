/**
 * Data, not code: the words a news report tells the time of day of a happening with
 * (dates/time-of-day.ts reads them next to a date).
 * 'parts': a part of the day -> the minutes after the date's midnight it covers, first and last.
 *   "night" runs past midnight into the next morning ("Saturday night" holds 1 a.m. Sunday), so
 *   its last minute is past 1440. The bounds are generous: a report's "evening" and another's
 *   "night" for one happening at 9 p.m. both hold it.
 * 'alone': a part of the day told with no date beside it, as a happening's time ("the accident
 *   occurred in the afternoon", "broke out shortly before midnight") -> its first and last minute
 *   of the report's event day (dates/event-clock.ts); "just after midnight" is the first minutes.
 * 'noon': the named hours of the clock -> their minute.
 * 'around': words that make a clock time approximate ("around 2 a.m."): they widen it.
 * 'after' / 'before': words that put it just after or just before the time ("shortly after 2 a.m.").
 * 'bounds': words that make the time a bound, not when it happened ("by 2 p.m.", "until noon"):
 *   no time of day is read from them.
 * 'zones': the zones a time is told in, as written (lowercase) -> one id, so that "local time"
 *   and "(local time)" meet and "ET" and "EDT" meet. A word not listed is no zone.
 */
const data = {
  parts: {
    "morning": [300, 720], "afternoon": [720, 1110], "evening": [1020, 1440], "night": [1140, 1740],
    "dawn": [240, 450], "daybreak": [240, 450], "early hours": [0, 360], "wee hours": [0, 360], "small hours": [0, 360],
  },
  alone: {
    "in the morning": [300, 720], "in the early morning": [180, 540], "in the afternoon": [720, 1110], "in the evening": [1020, 1440],
    "at night": [1140, 1740], "late at night": [1260, 1740], "in the early hours": [0, 360], "in the wee hours": [0, 360], "in the small hours": [0, 360],
    "shortly before midnight": [1400, 1440], "just before midnight": [1400, 1440], "at midnight": [1420, 1460], "around midnight": [1380, 1500],
    "shortly after midnight": [0, 40], "just after midnight": [0, 40],
  },
  noon: { "noon": 720, "midday": 720 },
  around: ["around", "about", "approximately", "approx.", "roughly", "some", "circa", "at around", "at about", "at approximately", "at roughly"],
  after: ["shortly after", "just after", "soon after", "a little after", "just past", "shortly past", "a few minutes after", "minutes after"],
  before: ["shortly before", "just before", "a little before", "a few minutes before", "minutes before", "nearly", "almost"],
  bounds: ["after", "before", "by", "until", "till", "since", "from", "as of", "between", "to", "and", "or", "every"],
  zones: {
    "local time": "local", "local": "local",
    "gmt": "utc", "utc": "utc", "universal time": "utc", "greenwich mean time": "utc",
    "et": "us-eastern", "est": "us-eastern", "edt": "us-eastern", "eastern time": "us-eastern",
    "ct": "us-central", "cst": "us-central", "cdt": "us-central", "central time": "us-central",
    "mt": "us-mountain", "mst": "us-mountain", "mdt": "us-mountain", "mountain time": "us-mountain",
    "pt": "us-pacific", "pst": "us-pacific", "pdt": "us-pacific", "pacific time": "us-pacific",
    "jst": "japan", "japan time": "japan", "tokyo time": "japan", "kst": "korea", "korea time": "korea", "seoul time": "korea",
    "beijing time": "china", "china time": "china", "hkt": "china", "msk": "moscow", "moscow time": "moscow",
    "ist": "india", "india time": "india", "pkt": "pakistan", "wib": "jakarta", "jakarta time": "jakarta",
    "ict": "indochina", "bangkok time": "indochina", "sgt": "singapore", "singapore time": "singapore",
    "pht": "philippines", "manila time": "philippines", "mmt": "myanmar", "myanmar time": "myanmar",
    "tehran time": "iran", "irst": "iran", "gulf time": "gulf", "gst": "gulf", "ast": "arabia", "arabia time": "arabia",
    "israel time": "israel", "idt": "israel", "trt": "turkey", "turkey time": "turkey", "kabul time": "afghanistan",
  },
} as const;

export const PARTS_OF_DAY: Readonly<Record<string, readonly [number, number]>> = data.parts;
export const NAMED_HOURS: Readonly<Record<string, number>> = data.noon;
export const PARTS_ALONE: Readonly<Record<string, readonly [number, number]>> = data.alone;
export const AROUND_WORDS: readonly string[] = data.around;
export const JUST_AFTER_WORDS: readonly string[] = data.after;
export const JUST_BEFORE_WORDS: readonly string[] = data.before;
export const BOUND_WORDS: readonly string[] = data.bounds;
export const ZONES: Readonly<Record<string, string>> = data.zones;
