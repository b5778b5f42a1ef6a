/**
 * The vocabulary of claimcheck: what an article, a claim and a finding are.
 * Shapes follow DESIGN.md ("Vocabulary"); fields marked "extension" are ours on top of it.
 * Types only: nothing here runs.
 */

/** A story as the checker sees it. `body` is plain text; offsets in claims index into it. */
export interface Article {
  /** Given, or derived from the url or a content hash (see `articleIdFor`). */
  id: string;
  title?: string;
  url?: string;
  /** The outlet. */
  source?: string;
  /** YYYY-MM-DD or an ISO datetime. The reference date for relative dates and the default asOf. */
  published?: string;
  body: string;
}

/** An article without its text: what lists and reports carry. */
export type ArticleSummary = Omit<Article, "body">;

export type ClaimKind = "quantity" | "percent" | "date" | "duration";

/** How the text bounds the number: "more than 80" is atLeast, "around 2 million" approx. */
export type Qualifier = "exact" | "approx" | "atLeast" | "atMost" | "range";

/** Whether the text asserts the claim: "If two million more refugees arrive" is hypothetical. */
export type Modality = "asserted" | "hypothetical" | "quoted" | "negated";

/** What a quantity measures. Units convert only within one dimension. */
export type Dimension =
  | "length" | "area" | "volume" | "mass" | "speed" | "fuelEconomy" | "temperature"
  | "money" | "time" | "count" | "ratio" | "date" | "pressure" | "energy";

/**
 * What a number is about. `key` is `head` then modifiers joined by "|", lowercase, singular:
 * "3.6 million Syrian refugees residing in Turkey" -> "refugee|syrian|turkey".
 * The structured fields (extension) let the checker decide whether two subjects really match:
 * same head and measure, and no clash of place, group or event where both name one.
 */
export interface Subject {
  key: string;
  /** The source words the subject was read from. */
  text: string;
  /** extension: the counted or measured thing, singular: "refugee", "strip", "killed", "troop". */
  head: string;
  /** extension: which measure of the head: "depth", "length", "height", "area", ... */
  measure?: string;
  /** extension: a people or nationality modifier: "syrian", "kurdish". */
  group?: string;
  /** extension: where the claim holds, normalized country/region/city: "turkey", "idlib". */
  place?: string;
  /** extension: the event a count belongs to: "istiklal-attack", "civil-war". */
  event?: string;
  /**
   * extension: the claim frame, what the number is about in parts a check can compare by
   * compatibility (issue 15). `key`/`head` stay for display and old stored items; matching
   * and the index read the frame when it is there.
   */
  frame?: Frame;
}

/** One part of a frame: a class or entity id, and the words it was read from. */
export interface FramePart {
  /** Normalised id from the data lists: "injured" for "wounded", "turkey" for "Türkiye". */
  id: string;
  /** The source words, as written. */
  text: string;
}

/** What narrows a measure: a place, an organisation, a group of people, a named thing. */
export interface ScopeEntity extends FramePart {
  kind: "place" | "organisation" | "group" | "named";
  /** For places: the ids of the places containing it, nearest first ("london" -> ["united-kingdom"]). */
  within?: string[];
}

/** The event a number belongs to: "the bombing on Oxford Street on 3 May 2021". */
export interface EventFrame extends FramePart {
  /** The place it happened, a gazetteer id where known. */
  place?: string;
  /** When it happened, read from the text: "2021-05-03", "2021-05" or "2021". */
  date?: string;
}

/**
 * What a number is about: the measure (a class: injured = wounded = hurt), the entities that
 * scope it, the event it belongs to. The time it holds is the claim's `asOf`.
 */
export interface Frame {
  measure: FramePart;
  /** Most specific first. */
  scope: ScopeEntity[];
  event?: EventFrame;
  /** Names of the subject steps that read the frame, in order. */
  rules?: string[];
}

/**
 * A claim about a change: "rose to 2,158 from 1,809" gives two claims, the new level (`to`) and
 * the old (`from`); "up 14 percent" is the amount of change (`by`).
 */
export interface Change {
  direction: "up" | "down";
  /** Which figure this is: the level after the change, the level before it, or the amount of change. */
  role: "to" | "from" | "by";
  /** The words that say it changed: "rose", "narrowed", "up". */
  text: string;
  /** The id of the other figure of the same change, where the text gives both. */
  pairedWith?: string;
}

/** One numeric or dated statement in an article, with its exact span. */
export interface Claim {
  /** Stable for the same article and span. */
  id: string;
  articleId: string;
  kind: ClaimKind;
  /** Exactly `body.slice(start, end)`; offsets are UTF-16 code units, half-open. */
  text: string;
  start: number;
  end: number;
  /** A number; for a date "2022-11-13", "2022-11" or "2022". For a duration: the amount in `unit`. */
  value: number | string;
  /** Canonical unit id from the unit table ("mi", "km", "km2", "USD", "person", "year", "%"). */
  unit?: string;
  dimension?: Dimension;
  qualifier: Qualifier;
  /** extension: the words that made the qualifier ("almost", "more than", "or so"). */
  qualifierText?: string;
  /** For ranges and bounded qualifiers: the interval in `unit`. */
  low?: number;
  high?: number;
  /**
   * extension: the resolution the number was written with, in `unit`:
   * 18.6 -> 0.1, 30 -> 10, 3.6 million -> 100000. Precision-aware comparison uses it.
   */
  step?: number;
  subject?: Subject;
  /** When the claim holds: an explicit date in the text, else the publication date. */
  asOf?: string;
  modality: Modality;
  /** extension: a figure that is part of a change ("rose to 2,158 from 1,809"); absent for a plain level. */
  change?: Change;
  /** extension: an order of magnitude, not a figure ("thousands", "dozens"): comparable, never exact. */
  vague?: boolean;
  /** extension: for "X unit (Y unit)", the id of the claim X that this claim Y restates. */
  conversionOf?: string;
  /** extension: the sentence the claim sits in, as offsets into the body. */
  sentence?: { start: number; end: number };
  /** extension: names of the extraction rules that made this claim, in pipeline order. */
  rules: string[];
  /**
   * extension (issue 15, session 13): what a figure is about when no reader frames it, in two plain
   * things: its head word (the noun it counts or measures, the noun it is "of" or "from", or the
   * verb of its clause), lemmatised, and its report's story names (core/extract/subject/head-figures.ts);
   * `said`: the head as the text writes it, for the explanation; `only` when it is its report's only
   * value of its dimension.
   */
  headWord?: { word: string; story: ScopeEntity[]; said?: string; only?: boolean };
  /** extension (issue 15, session 19): for a date, the time of day it is told with ("at 1:22 a.m.", "Saturday night"). */
  time?: TimeOfDay;
  /** extension (issue 15, session 17): what the figure counts, read whether or not a frame reader gave it a subject (FigureSlot). */
  slot?: FigureSlot;
}

/**
 * The time of day a date claim tells (core/extract/dates/time-of-day.ts), in minutes after its
 * day's midnight, first and last: "1:22 a.m." 82 to 82, "around 2 a.m." 90 to 165, "Saturday
 * night" 1140 to 1740 (a night runs into the next morning). The words that widen it ("around",
 * "shortly after") are in the bounds already.
 */
export interface TimeOfDay {
  low: number;
  high: number;
  /** As written: to the minute ("1:22 a.m."), the hour ("2 a.m.", "noon") or a part of the day ("night"). */
  precision: "minute" | "hour" | "part";
  /** The zone it is told in, where the text names one: "local", "utc", "us-eastern" (dates/data/times-of-day.ts). */
  zone?: string;
  /** "lead": a clock told with no day beside it, given the day its report tells the event on (core/extract/dates/event-clock.ts): only its time is compared. */
  day?: "lead";
}

/**
 * What a figure counts, as a reader putting two reports side by side pairs them
 * (core/extract/subject/counted-slot.ts, core/check/aligned/): the class of its clause's verb for
 * counts of people ("dead": killed, died, bodies, death toll; "injured": wounded, hurt; ...), with
 * the class of the counted noun when it names a kind of people ("dead:child"). Figures a guard
 * tells apart (a part, a change, another place or time, a range, a conversion) get none. Stored
 * with the claim: the check of a later report has only the earlier report's claims.
 */
export interface FigureSlot {
  /** The slot: "dead", "injured", "dead:child"; for a date, the step of its event its hour is told of: "clock", "clock:departure" (core/extract/subject/clock-slot.ts). */
  id: string;
  /** The words it was read from, for the explanation: "killed", "children killed". */
  said: string;
  /** In the headline or the lead: the report's own figure for the slot when its body gives others. */
  lead?: boolean;
  /** Its sentence tells the count as still moving ("so far", "rose to", "may rise"): another hour's count of its day may differ. */
  counting?: boolean;
  /** The report's story names (core/extract/subject/story-names.ts), as headWord carries them. */
  story: ScopeEntity[];
}

export type FindingKind =
  | "conversion-mismatch" | "internal-conflict" | "cross-article-conflict" | "date-conflict" | "arithmetic";

/**
 * contradiction: same subject, same time, incompatible values;
 * discrepancy: different values that time or scope may explain (the explanation says which);
 * note: worth a look, not an error.
 */
export type Severity = "contradiction" | "discrepancy" | "note";

export type FindingStatus = "open" | "dismissed" | "resolved";

/** A pointer from a finding to the exact words of one claim. */
export interface ClaimRef {
  articleId: string;
  claimId: string;
  start: number;
  end: number;
  text: string;
}

/** A contradiction or discrepancy between claims, explained for a journalist. */
export interface Finding {
  /** Stable for the same set of claims and rule: re-checks never duplicate. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  claims: ClaimRef[];
  explanation: string;
  status: FindingStatus;
  /** extension: the name of the check rule that made it. */
  rule: string;
  /** extension: the subject key the finding is about, where there is one. */
  subject?: string;
  /** extension: when it was first reported (ISO datetime), set by the use case from its clock. */
  detectedAt?: string;
  /** extension: when its status last changed, and the editor's note if any. */
  statusChangedAt?: string;
  note?: string;
}

/** An article with the claims extracted from it. */
export interface CheckedArticle {
  article: ArticleSummary;
  claims: Claim[];
}
