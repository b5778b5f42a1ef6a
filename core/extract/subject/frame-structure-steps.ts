import type { ScopeEntity } from "../../model.js";
import { structureOf } from "./context.js";
import { eventClass } from "./frame-event.js";
import { slugOf } from "./frame-scope.js";
import { gazetteerPlace, placesAround } from "./gazetteer.js";
import { EVENTS } from "./lexicon.js";
import type { SubjectStep } from "./reading.js";
import { headingOver, lineIndexAt } from "./structure.js";

// What the page's layout says a figure is about: the heading over its list, its table row's
// label, a line labelled with a named event.

/** Headings over lists and table rows: read from the article's structure, when it is known. */
export const STRUCTURE_STEP: SubjectStep = {
  name: "frame.structure",
  run: (r) => {
    const context = r.input.context;
    if (!context || !context.text.includes("\n")) return;
    const structure = structureOf(context);
    const at = r.input.mention.start;
    const line = structure.lines[lineIndexAt(structure, at)];
    let entity: ScopeEntity | null = null;
    if (line?.kind === "row" && line.label && context.text.slice(line.start, at).includes(line.label)) {
      const place = gazetteerPlace(line.label);
      entity = place ? { kind: "place", id: place, text: line.label, within: placesAround(place) } : { kind: "named", id: `row:${slugOf(line.label)}`, text: line.label };
    } else {
      const heading = headingOver(structure, at);
      const label = heading?.label;
      if (label) {
        const known = gazetteerPlace(label);
        const region = known ? null : placeInLabel(label);
        if (known) entity = { kind: "place", id: known, text: label, within: placesAround(known) };
        else if (region) entity = { kind: "place", id: region.id, text: label, within: region.within };
        else if (structure.sectionHeadings >= 2) entity = { kind: "named", id: `section:${slugOf(label)}`, text: label };
      }
    }
    if (!entity) return;
    r.frame.scope.unshift(entity);
    r.frame.rules.push("frame.structure");
  },
};

/** "• Harris Fire: ... One civilian killed": a line labelled with a named event is about that event. */
export const EVENT_LABEL_STEP: SubjectStep = {
  name: "frame.event-label",
  run: (r) => {
    const { text, mention } = r.input;
    const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
    const m = EVENT_LABEL.exec(text.slice(lineStart, Math.min(mention.start, lineStart + 80)));
    const kind = m ? EVENTS[m[2]!.toLowerCase()] : undefined;
    if (!m || !kind) return;
    const name = `${m[1]} ${m[2]}`;
    const id = slugOf(name);
    if (!r.frame.scope.some((e) => e.id === id)) r.frame.scope.unshift({ kind: "named", id, text: name });
    r.frame.event ??= { id: eventClass(kind, text, { start: lineStart, end: lineStart }), text: name };
    r.frame.rules.push("frame.event-label");
  },
};

/** A line opening with a named event as its label: "• Harris Fire:", "Hurricane Michael:". */
const EVENT_LABEL = /^[\s•*·–-]*((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*)\s+(\p{Lu}\p{Ll}+)\s*:/u;

/** "Northern California": a region of a known place, as a place inside it. */
function placeInLabel(label: string): { id: string; within: string[] } | null {
  const words = label.split(/\s+/);
  for (let i = words.length - 1; i > 0; i--) {
    const place = gazetteerPlace(words.slice(i).join(" "));
    if (place) return { id: slugOf(label), within: [place, ...placesAround(place)] };
  }
  return null;
}
