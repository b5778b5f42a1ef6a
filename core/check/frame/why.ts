import type { Frame, ScopeEntity, Subject } from "../../model.js";
import { formatDate } from "../time.js";

/**
 * Why two claims were judged to be about the same thing, in words for the explanation:
 * "both: “wounded” / “injured” in the bombing in Kabul, 3 May 2021".
 */

function said(x: string, y: string): string {
  const [a, b] = [x.trim(), y.trim()];
  if (a.toLowerCase() === b.toLowerCase() || b === "") return `“${a}”`;
  return a === "" ? `“${b}”` : `“${a}” / “${b}”`;
}

/**
 * A name as an editor reads it: the entity's words as written when the frame kept them, else
 * the words of the events' text that spell its id ("crush at the Kanjuruhan" for
 * `kanjuruhan-stadium` gives "Kanjuruhan"), else the id in title case ("Kanjuruhan Stadium").
 * @example nameOf({ kind: "place", id: "mina", text: "mina" }, [frameOfCrushAtMina]) // "Mina"
 */
export function nameOf(entity: Pick<ScopeEntity, "id" | "text">, frames: readonly Frame[]): string {
  const text = entity.text.trim();
  if (text !== "" && text !== entity.id && /\p{Lu}|\s/u.test(text)) return text;
  const words = entity.id.split(/[-+\s]+/u).filter(Boolean);
  for (const frame of frames) {
    const said = frame.event?.text ?? "";
    const run = said.split(/\s+/u).filter((word) => words.includes(word.toLowerCase().replace(/['’]s$|[^\p{L}\p{N}]/gu, "")));
    if (run.length === words.length && run.every((word) => /^\p{Lu}/u.test(word))) return run.join(" ").replace(/['’]s$/u, "");
  }
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" ");
}

function placeWords(id: string | undefined, frames: Frame[]): string {
  if (!id) return "";
  const entity = frames.flatMap((frame) => frame.scope).find((e) => e.id === id) ?? { id, text: id };
  return ` in ${nameOf(entity, frames)}`;
}

function eventWords(a: Frame, b: Frame): string {
  const event = a.event ?? b.event;
  if (!event) return "";
  const other = a.event && b.event ? b.event : undefined;
  const words = other && other.text.trim().toLowerCase() !== event.text.trim().toLowerCase() ? `${event.text} / ${other.text}` : event.text;
  const placed = placeWords(event.place ?? other?.place, [a, b]);
  // "the explosion in Beirut" already says where: not "in Beirut" twice.
  const place = words.toLowerCase().includes(placed.slice(" in ".length).toLowerCase()) ? "" : placed;
  const date = event.date ?? other?.date;
  // "the bombing", but "a gas canister exploded" keeps its own determiner.
  const article = /^(?:a|an|the|this|that|its|their)\s/i.test(words.trim()) ? "" : "the ";
  return ` in ${article}${words.trim()}${place}${date ? `, ${formatDate(date)}` : ""}`;
}

/**
 * @example frameWhy(injuredInKabul, woundedInKabul, [kabul]) // "both: “injured” / “wounded” in the bombing in Kabul, 3 May 2021"
 */
export function frameWhy(a: Frame, b: Frame, shared: readonly ScopeEntity[]): string {
  const event = eventWords(a, b);
  const placeOfEvent = (a.event ?? b.event)?.place;
  const names = shared.filter((e) => e.id !== placeOfEvent).map((e) => nameOf(e, [a, b]));
  const scope = names.filter((name) => !event.toLowerCase().includes(name.toLowerCase()));
  return `both: ${said(a.measure.text, b.measure.text)}${event}${scope.length > 0 ? `; ${[...new Set(scope)].join(", ")}` : ""}`;
}

/** The same for subjects without a frame (claims stored before frames): the facets they share. */
export function subjectWhy(a: Subject, b: Subject): string {
  const facets = [a.head || b.head, a.measure ?? b.measure, a.group ?? b.group, a.place ?? b.place, a.event ?? b.event];
  return `both: ${facets.filter((f): f is string => Boolean(f?.trim())).join(", ")}`;
}
