import { getUnit, type UnitDef } from "../../units/index.js";
import type { Candidate } from "./candidate.js";

/**
 * "Points" are percentage points where the story is about shares of a whole: a poll lead ("a
 * Labour lead of three or four points", "Survation 2 points"), a rate or a share ("the jobless
 * rate rose 2 points"), or right after a percent ("a 0.09% point increase"). They stay counted
 * points on an index ("the PSEi fell 86.56 points"), in sport ("scored 20 points") and in a
 * numbered plan ("a 10-point plan").
 */

/** "points", "point", "pts" after the number, glued by a hyphen or a space; what follows a singular. */
const POINTS_AFTER = /^(?:[ \t]{1,2}|-)(points?|pts?)(?![A-Za-z])/i;
const NEXT_WORD = /^[ \t]{1,2}([A-Za-z]+)/;
/** Nouns a singular "point" qualifies as a gap between shares: "a 2 point Tory lead" goes on, so any word may sit between. */
const GAP_NOUNS = /^(?:lead|leads|gap|margin|swing|drop|rise|increase|decrease|decline|fall|jump|cut|hike|advantage|deficit|gain|loss|slide|slump|surge|narrowing|widening|tory|labour|labor|conservative|liberal|democratic|republican)$/i;
/** Shares of a whole: polls, votes, rates. */
const SHARE_WORDS = /\b(?:polls?|polling|pollsters?|survey(?:s|ed)?|lead|leads|ahead|behind|trails?|trailing|margin|approval|voters?|votes?|vote share|turnout|rates?|inflation|unemployment|jobless|yields?|percentage|per ?cent|percent|pct)\b|%/i;
/** Index points, game points, plans and scales: counted points, not shares. */
const COUNTED_WORDS = /\b(?:index|indices|indexes|Dow|Nasdaq|S&P|FTSE|DAX|CAC|Nikkei|Hang Seng|Sensex|Nifty|KLCI|PSEi|ASX|JSE|Kospi|TSX|PMI|purchasing managers|output|bourse|composite|All Shares|stocks?|shares|futures|scored?|scoring|scorer|game|games|match|matches|season|rebounds|assists|goals?|quarter|half-time|halftime|league|standings|table|ranking|rankings|NBA|NFL|WNBA|ATP|WTA|plan|programme|program|agenda|scale|credit score|IQ|font|licence|license|penalty)\b/i;

const PP = getUnit("pp");

/**
 * Points that restate a percent change are a level's points (an index, a currency's rate): "rose
 * 1.53 percent, or 68.13 points", "fell 113 points, or 0.79 percent", "lost 34 points (0.24%)". A
 * change in percentage points is never written as a percent of itself.
 */
const PERCENT_OR_BEFORE = /(?:%|per ?cent|pct)\)?,?[ \t]{1,2}or[ \t]{1,2}$/i;
const OR_PERCENT_AFTER = /^,?[ \t]{1,2}(?:or[ \t]{1,2}|\()[0-9][0-9.,]*[ \t]?(?:%|per ?cent|pct)/i;

/** Where a clause of its own begins or ends: a full stop, a semicolon, ", and", ", but", ", while". */
const CLAUSE_BREAK = /[.;]\s|\n|,\s(?:and|but|while|whereas)\s/g;

/** The clause around [start, end): "the jobless rate fell to 3.4%, and output climbed to 52.6 points" has two. */
function clauseOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 240);
  const to = Math.min(text.length, end + 240);
  let begin = from;
  let stop = to;
  for (const m of text.slice(from, to).matchAll(CLAUSE_BREAK)) {
    const at = from + (m.index ?? 0);
    if (at < start) begin = at + m[0].length;
    else if (at >= end) {
      stop = at;
      break;
    }
  }
  return text.slice(begin, stop);
}

/** Percentage points after the candidate's number, with where they end, or null. */
export function percentagePointsAfter(text: string, c: Candidate): { unit: UnitDef; end: number } | null {
  const m = POINTS_AFTER.exec(text.slice(c.end, c.end + 40));
  if (!m || !PP) return null;
  const end = c.end + m[0].length;
  const next = NEXT_WORD.exec(text.slice(end, end + 20))?.[1];
  if (!/s$/i.test(m[1]!) && next && !GAP_NOUNS.test(next)) return null;
  if (PERCENT_OR_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) || OR_PERCENT_AFTER.test(text.slice(end, end + 24))) return null;
  const clause = clauseOf(text, c.start, c.end);
  if (!SHARE_WORDS.test(clause) || COUNTED_WORDS.test(clause)) return null;
  return { unit: PP, end };
}

/** "0.09% point increase", "2 per cent points": a percent written before "point(s)" is a change in percentage points. */
const POINT_AFTER_PERCENT = /^[ \t]{1,2}points?(?![A-Za-z])/i;

/** The end of "point(s)" right after a percent figure, or -1. */
export function pointAfterPercent(text: string, c: Candidate): number {
  const m = POINT_AFTER_PERCENT.exec(text.slice(c.end, c.end + 10));
  return m ? c.end + m[0].length : -1;
}
