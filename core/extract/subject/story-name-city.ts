import { gazetteerPlace } from "./gazetteer.js";

/**
 * The known city a sentence puts a name the gazetteer lacks in: "Mazgaon in south Mumbai", "the
 * Kurar village in Malad, Mumbai" (the last known place of the chain), "south Mumbai's Dongri",
 * "Mumbai's congested Dongri area". The story match (core/check/frame/story-agree.ts) takes the
 * neighbourhood as inside that city, so a report naming it meets one naming the city only.
 * @example cityAround("collapsed in Mazgaon in south Mumbai on Friday", "Mazgaon") // "mumbai"
 */
export function cityAround(sentence: string, name: string): string | undefined {
  const at = escaped(name);
  const after = new RegExp(String.raw`${at}\s+(?:area\s+|district\s+|locality\s+)?in\s+(?:the\s+)?(?:${COMPASS}\s+)?(${PLACE})`, "u").exec(sentence);
  const before = new RegExp(String.raw`(?:^|[^\p{L}])(${PLACE})['’]s\s+(?:[\p{Ll}-]+\s+){0,2}${at}(?![\p{L}])`, "u").exec(sentence);
  for (const m of [after, before]) {
    const id = m ? gazetteerPlace(m[1]!) : null;
    if (id) return id;
  }
  return undefined;
}

/** "south", "north-east", "southern", "central": a part of the city, not another place. */
const COMPASS = String.raw`(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?|central)`;

/** A capitalised name of one to three words ("Mumbai", "New Delhi", "Rio de Janeiro"). */
const PLACE = String.raw`\p{Lu}[\p{L}-]+(?:\s+(?:de\s+|do\s+)?\p{Lu}[\p{L}-]+){0,2}`;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
