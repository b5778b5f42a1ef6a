import type { Frame, ScopeEntity } from "../../model.js";
import kindData from "../../extract/subject/data/thing-dimensions.js";
import { namedMeasure } from "./named-measure.js";
import { isStoryName, storyNamesOf } from "./story-shared.js";
import { spokenAlike } from "./story-spelling.js";
import { PROJECT_WORDS } from "../data/project-words.js";

/** Words that make a named thing a whole project, whose cost is its main work's ("Power Project", "Scheme"). */
const PROJECTS: ReadonlySet<string> = new Set(PROJECT_WORDS);

/** Each kind noun's group ("tower", "building", "skyscraper" are one): data/thing-dimensions.ts kinds. */
const GROUP_OF = new Map<string, number>(kindData.kinds.flatMap((group, i) => group.map((noun) => [noun, i] as [string, number])));

/**
 * A named thing's measure ("the 15-storey Plasco building": `floors` of `plasco-building`) and a
 * measure of a thing of its kind another report does not name ("the 17-story building", of a
 * report whose story is named "Plasco": `floors.building`): one thing when the figure's own words
 * give the thing's name, or its story's names a word of it. A named thing of another kind (the
 * Plasco road) is not it. Gives the named thing and whether the other figure's own words name it
 * (else only its story does).
 * @example thingOfStory(plascoBuildingFloors, seventeenStoryPlascoBuilding) // { thing: plascoBuilding, said: true }
 */
export function thingOfStory(named: Frame, other: Frame): { thing: ScopeEntity; said: boolean } | undefined {
  if (!namedMeasure(named) || namedMeasure(other)) return undefined;
  const dot = other.measure.id.indexOf(".");
  if (dot < 0) return undefined;
  const thing = named.scope.find((e) => e.kind === "named" && !isStoryName(e));
  if (!thing) return undefined;
  const words = thing.id.toLowerCase().split("-");
  const kind = other.measure.id.slice(dot + 1);
  const group = GROUP_OF.get(kind);
  // "the Xayaboury Hydroelectric Power Project" cost what "the dam" of its story cost: a project's cost is its work's.
  const project = other.measure.id.startsWith("cost.") && named.measure.id === "cost" && words.some((w) => PROJECTS.has(w));
  if (!project && !words.some((w) => w === kind || (group !== undefined && GROUP_OF.get(w) === group))) return undefined;
  // "the 17-story Plasco building": the name in the figure's own words.
  const said = new Set(other.measure.text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  if (words.every((w) => said.has(w))) return { thing, said: true };
  const ofStory = storyNamesOf(other).some((name) => {
    const slug = name.id.slice(name.id.indexOf(":") + 1).toLowerCase();
    // "Xayaburi" and "Xayaboury": one name spelt from another script two ways (story-spelling.ts).
    return slug.split("-").every((w) => words.some((x) => x === w || spokenAlike([x], [w])));
  });
  return ofStory ? { thing, said: false } : undefined;
}
