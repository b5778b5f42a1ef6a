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
    if (r.frame.measure?.id !== "national" || r.frame.scope.some((e) => e.kind === "group")) return;
    const word = (r.phrase?.words ?? []).find((w) => demonymGroup(w.text) && demonymPlace(w.text));
    if (!word) return stop(r);
    const place = demonymPlace(word.text);
    r.frame.scope = r.frame.scope.filter((e) => !(e.kind === "place" && e.id === place));
    r.frame.scope.push({ kind: "group", id: demonymGroup(word.text)!, text: word.text });
    r.frame.rules.push("frame.nationality");
  },
};
