import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import { gazetteerPlace } from "./gazetteer.js";
import { slugOf } from "./frame-scope.js";

/**
 * A named thing's distance from a country's border: "The dam stands on the Blue Nile about 20
 * miles from the Sudan border", "about 45 km (28 mi) east of the border with Sudan". A standing
 * measure of the thing (a dam, a plant, a camp does not move), one class per border whatever the
 * compass word ("from", "east of"), so two outlets' figures meet. The thing is read as for any
 * measure (the clause's name, or a pointer back at it); this file reads only the class.
 */

const NAME = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}`;
const DIRECTION = String.raw`(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|from|away\s+from|off)`;
/** "from the Sudan border", "east of the border with Sudan", "from the Sudanese border" (no demonym table: the word as written). */
const BORDER = new RegExp(String.raw`^\s*(?:\([^()]{0,30}\)\s*)?${DIRECTION}\s+the\s+(?:(${NAME})\s+border|border\s+(?:with|of)\s+(${NAME}))(?![\p{L}])`, "u");

/**
 * The class of a length that is a distance from a border, or null.
 * @example borderClass("The dam is about 45 km east of the border with Sudan.", sentence, mentionOf("about 45 km")) // "distance.border:sd"
 */
export function borderClass(text: string, sentence: Span, m: Pick<Mention, "end" | "dimension">): string | null {
  if (m.dimension !== "length") return null;
  const hit = BORDER.exec(text.slice(m.end, Math.min(sentence.end, m.end + 80)));
  const name = hit?.[1] ?? hit?.[2];
  if (!name) return null;
  return `distance.border:${gazetteerPlace(name) ?? slugOf(name)}`;
}
