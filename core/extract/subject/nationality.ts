import { CASUALTY } from "./lexicon.js";
import { demonymGroup, demonymPlace } from "./places.js";
import { stop } from "./quantity-head.js";
import type { SubjectStep } from "./reading.js";

/**
 * "154 Dutch passengers" beside "27 Australians": a count of one nationality (measure "national",
 * frame-measure.ts) has the nationality as its group, never as a place, so two nationalities in
 * one list clash and the same one in two reports meets ("196 Dutch citizens"). A count that names
 * no nationality ("Belgium counted at least one of its nationals") is compared with nothing.
 */
export const NATIONALITY_STEP: SubjectStep = {
  name: "frame.nationality",
  run: (r) => {
    if (r.frame.measure?.id !== "national") return;
    let group = r.frame.scope.find((e) => e.kind === "group")?.id;
    if (!group) {
      const word = (r.phrase?.words ?? []).find((w) => demonymGroup(w.text) && demonymPlace(w.text));
      if (!word) return stop(r);
      const place = demonymPlace(word.text);
      group = demonymGroup(word.text)!;
      r.frame.scope = r.frame.scope.filter((e) => !(e.kind === "place" && e.id === place));
      r.frame.scope.push({ kind: "group", id: group, text: word.text });
      r.frame.rules.push("frame.nationality");
    }
    // "10 Indian nationals ... were among those killed": one group of the dead, like "12 Indians were killed".
    const kind = r.phrase ? amongCasualty(r.input.text, r.phrase.end) : undefined;
    if (kind) {
      r.frame.measure = { ...r.frame.measure, id: `${kind}.${group}` };
      r.frame.rules.push("frame.among-casualties");
    }
  },
};

/**
 * "Among those", "among the 50 people", "among at least 49": the count is said to be a part of
 * a casualty count given beside it, past an aside of commas ("10 Indian nationals, five
 * Keralites, were among those killed"), within the clause.
 */
const AMONG = /^[^.;:\n]{0,40}?\b(?:is|are|was|were|been)\s+(?:also\s+|reportedly\s+|believed\s+to\s+be\s+)?among\s+((?:[\p{L}\d,'’-]+[ \t]*){1,5})/iu;

/** The casualty class of the count a nationality's count is said to be among, if any. */
function amongCasualty(text: string, phraseEnd: number): string | undefined {
  const among = AMONG.exec(text.slice(phraseEnd, phraseEnd + 120));
  if (!among) return undefined;
  for (const word of among[1]!.toLowerCase().split(/[\s,]+/)) {
    const kind = CASUALTY[word];
    if (kind) return kind;
  }
  return undefined;
}
