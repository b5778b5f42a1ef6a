import type { Subject } from "../../model.js";

/**
 * Builds a Subject with its key: head, then measure, group, place and event, each slugged,
 * joined by "|". The order is fixed so equal subjects get equal keys across articles.
 * @example buildSubject({ head: "refugee", group: "syrian", place: "turkey", text: "Syrian refugees residing in Turkey" }).key // "refugee|syrian|turkey"
 */
export function buildSubject(fields: Omit<Subject, "key">): Subject {
  const clean: Omit<Subject, "key"> = { text: fields.text, head: slug(fields.head) };
  for (const facet of ["measure", "group", "place", "event"] as const) {
    const value = fields[facet] ? slug(fields[facet]!) : "";
    if (value && value !== clean.head) clean[facet] = value;
  }
  const key = [clean.head, clean.measure, clean.group, clean.place, clean.event].filter(Boolean).join("|");
  return { key, ...clean };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slug(value: string): string {
  // Most facets are slugs already ("killed", "syria"): the same string comes back.
  if (SLUG.test(value)) return value;
  return value.trim().toLowerCase().replace(/['’]/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}
