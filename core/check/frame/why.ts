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

function placeWords(id: string | undefined, frames: Frame[]): string {
  if (!id) return "";
  const entity = frames.flatMap((frame) => frame.scope).find((e) => e.id === id);
  return ` in ${entity?.text.trim() || id}`;
}

function eventWords(a: Frame, b: Frame): string {
  const event = a.event ?? b.event;
  if (!event) return "";
  const other = a.event && b.event ? b.event : undefined;
  const words = other && other.text.trim().toLowerCase() !== event.text.trim().toLowerCase() ? `${event.text} / ${other.text}` : event.text;
  const place = placeWords(event.place ?? other?.place, [a, b]);
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
  const scope = shared.filter((e) => e.id !== placeOfEvent && !event.includes(e.text.trim())).map((e) => e.text.trim() || e.id);
  return `both: ${said(a.measure.text, b.measure.text)}${event}${scope.length > 0 ? `; ${[...new Set(scope)].join(", ")}` : ""}`;
}

/** The same for subjects without a frame (claims stored before frames): the facets they share. */
export function subjectWhy(a: Subject, b: Subject): string {
  const facets = [a.head || b.head, a.measure ?? b.measure, a.group ?? b.group, a.place ?? b.place, a.event ?? b.event];
  return `both: ${facets.filter((f): f is string => Boolean(f?.trim())).join(", ")}`;
}
