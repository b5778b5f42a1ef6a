import { getUnit } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";
import { PEOPLE } from "./noun-words.js";
import { DIRECTION } from "./change-read.js";
import { NOT_PEOPLE_AFTER, PEOPLE_TOTALS as PEOPLE_TOTAL_WORDS } from "./data/people-totals.js";

/** A clause end, reading back from a number: past one the words are another clause's. */
const CLAUSE_END = /[.;:!?\n]|,(?!\d)/;

/** Verbs whose bare object is people: "killing 12", "injured at least 30", "employs 4,000", "laid off 300". */
const PEOPLE_VERBS = new Set(["kill", "killing", "killed", "kills", "injuring", "injured", "injures", "wounding", "wounded", "wounds",
  "evacuating", "evacuated", "evacuates", "rescuing", "rescued", "rescues", "employing", "employed", "employs", "hiring", "hired",
  "hires", "arresting", "arrested", "arrests", "displacing", "displaced", "displaces", "sickening", "sickened", "sickens",
  "infecting", "infected", "infects", "off"]);
const LAID_OFF = /\b(?:laid|lay|laying|lays)[ \t]off[ \t]{1,2}$/i;

/**
 * A total is linked to its figure by a verb or preposition right before the figure ("toll rose
 * to 45", "a population of 52,000", "stood at 300"): only figures after one of these words (or
 * a change word) are looked at further, so most figures cost one word look-up.
 */
const LINK_WORDS = new Set(["of", "at", "to", "is", "was", "were", "are", "be", "reached", "hit", "topped", "passed", "exceeded",
  "surpassed", "stood", "stands", "by", "now", "nearly", "almost", "about", "around", "over", "than"]);
/** Nouns that count people when the figure follows them: "the death toll rose to 45", "a crowd of 50,000". */
const PEOPLE_TOTALS = new RegExp(`\\b(?:${PEOPLE_TOTAL_WORDS.map((w) => w.replace(/ /g, "[ \\t]+")).join("|")})\\b(?![ \\t]+(?:${NOT_PEOPLE_AFTER.join("|")})\\b)[^.;:!?\\n]{0,40}$`, "i");

/** "the number of people still receiving benefits ... increased 66,000 to 2.88 million". */
const NUMBER_OF = /\bnumber[ \t]of[ \t]((?:[A-Za-z-]+[ \t]){0,2}[A-Za-z-]+)\b[^.;:!?\n]{0,110}$/i;

/** "a child under 13", "people over 65", "girls aged under 16": an age bound, in years. */
const AGE_BOUND = /\b([A-Za-z]+)[ \t]{1,2}(?:aged[ \t]{1,2})?$/;
const AGE_PEOPLE = new Set(["child", "children", "kids", "boy", "boys", "girl", "girls", "minors", "youngsters", "people", "persons", "anyone", "those", "men", "women", "adults", "patients", "drivers", "players", "pupils", "students"]);

/** Where the figure's clause begins, reading back at most `reach` characters. */
function clauseBefore(text: string, start: number, reach: number): string {
  const head = text.slice(Math.max(0, start - reach), start);
  let cut = -1;
  for (let i = head.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(head[i]!) && !(head[i] === "," && /\d/.test(head[i + 1] ?? ""))) {
      cut = i;
      break;
    }
  }
  return head.slice(cut + 1);
}

/**
 * A count with no noun after it whose words before say it counts people: the object of
 * "killing", a toll, a population, "the number of residents ... rose to". Its unit is person,
 * as "12 people" would be. "A child under 13" is an age bound: 13 years.
 * @example readPeopleBefore("The blast killed 12, police said", [c12]) // c12.countUnit "person"
 */
export function readPeopleBefore(text: string, live: Candidate[]): void {
  for (const c of live) {
    if (c.dropped || c.kind !== "quantity" || c.unit || c.countUnit || c.noun || c.vague || yearLike(c)) continue;
    peopleBefore(text, c);
  }
}

/** "in 2011": a bare year is dropped as a date later (bare.ts), never a count of people. */
function yearLike(c: Candidate): boolean {
  const r = c.reading;
  return r.form === "digits" && !r.grouped && !r.scaled && c.upper === undefined && Number.isInteger(r.value) && r.value >= 1000 && r.value <= 2100;
}

function peopleBefore(text: string, c: Candidate): void {
  const near = text.slice(Math.max(0, c.start - 32), c.start);
  if (c.qualifier === "atMost" || c.qualifier === "atLeast") {
    const bound = c.qualifierText && /^(?:under|over|below|above|younger than|older than)$/i.test(c.qualifierText) ? AGE_BOUND.exec(near) : null;
    if (bound?.[1] && AGE_PEOPLE.has(bound[1].toLowerCase()) && c.value > 0 && c.value < 120 && Number.isInteger(c.value)) {
      c.unit = getUnit("year");
      mark(c, "age-bound");
      return;
    }
  }
  const word = wordBefore(text, c.start);
  if (PEOPLE_VERBS.has(word) && (word !== "off" || LAID_OFF.test(near))) {
    c.countUnit = "person";
    mark(c, "people-before");
    return;
  }
  if (!LINK_WORDS.has(word) && !DIRECTION.has(word)) return;
  const clause = clauseBefore(text, c.start, 160);
  const number = NUMBER_OF.exec(clause);
  if (PEOPLE_TOTALS.test(clause) || (number?.[1] !== undefined && number[1].toLowerCase().split(/[ \t]/).some((w) => PEOPLE.has(w)))) {
    c.countUnit = "person";
    mark(c, "people-before");
  }
}

/** The word right before the figure (one or two spaces back), lower case, or "". */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && end > start - 2 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  if (end === start) return "";
  let begin = end;
  while (begin > 0 && end - begin < 12 && /[A-Za-z]/.test(text[begin - 1]!)) begin--;
  return text.slice(begin, end).toLowerCase();
}
