import type { ScopeEntity } from "../../model.js";
import phases from "./data/date-phases.js";
import { ANY_CASE_THING } from "./date-thing-nouns.js";
import { bareName, NAME, thingOf } from "./named-thing.js";
import { wordAlternation } from "./alternation.js";

/** Nouns of a happening to a made thing, by event class: "collapse", "sinking" (data/date-phases.ts). */
const HAPPENINGS = new Map(Object.entries(phases.nouns).filter(([, phase]) => phase.startsWith("occurred:")).map(([noun, phase]) => [noun, phase.slice("occurred:".length)]));
const HAPPENING = wordAlternation([...HAPPENINGS.keys()]);
/** "the collapse of the Francis Scott Key Bridge", "Francis Scott Key Bridge collapse", "the Rana Plaza building collapse". */
const HAPPENING_SHAPES = [
  new RegExp(String.raw`\b(${HAPPENING})\s+of\s+(?:the\s+)?(${NAME})((?:\s+(?:${ANY_CASE_THING}))?)`, "gu"),
  new RegExp(String.raw`(?:^|[^\p{L}’'])(?:[Tt]he\s+)?(${NAME})((?:\s+(?:${ANY_CASE_THING}))?)\s+(${HAPPENING})(?![\p{L}])`, "gu"),
];
let storyMemo: { text: string; found: { thing: ScopeEntity; cls: string } | null } | null = null;

/**
 * The one happening to one made thing an article tells by a noun ("the collapse of the Francis
 * Scott Key Bridge", "Key Bridge collapse" in its headline): what "the disaster" or "the
 * incident" of the article is. Two things or two kinds of happening: none.
 * @example storyHappening("Key Bridge collapse ... The disaster occurred early Tuesday")?.cls // "collapse"
 */
export function storyHappening(text: string): { thing: ScopeEntity; cls: string } | null {
  if (storyMemo?.text === text) return storyMemo.found;
  const things = new Map<string, ScopeEntity>();
  const classes = new Set<string>();
  for (const [k, shape] of HAPPENING_SHAPES.entries()) {
    for (const m of text.matchAll(shape)) {
      const [noun, name, kind] = k === 0 ? [m[1]!, m[2]!, m[3] ?? ""] : [m[3]!, m[1]!, m[2] ?? ""];
      const bare = bareName(name.replace(/^The\s+/, ""));
      const thing = /\s/.test(bare) || kind ? thingOf(bare) : null;
      if (!thing || thing.kind !== "named" || !/\p{L}/u.test(thing.id)) continue;
      things.set(thing.id, { ...thing, text: `${bare}${kind}`.replace(/\s+/g, " ") });
      classes.add(HAPPENINGS.get(noun.toLowerCase().replace(/\s+/g, " "))!);
    }
  }
  const found = things.size === 1 && classes.size === 1 ? { thing: [...things.values()][0]!, cls: [...classes][0]! } : null;
  storyMemo = { text, found };
  return found;
}
