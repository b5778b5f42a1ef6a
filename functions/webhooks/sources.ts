import type { SourceAdapter } from "./adapter.js";
import { arc } from "./arc.js";
import { ghost } from "./ghost.js";
import { standard } from "./standard.js";
import { wordpress } from "./wordpress.js";

/**
 * The newsroom CMSs a webhook can come from, by the name in POST /webhooks/<name>. Adding a
 * CMS is one adapter file and one entry here; its secret is CLAIMCHECK_WEBHOOK_SECRET_<NAME>.
 * @example SOURCES.ghost?.verify(delivery, ["secret"], Date.now())
 */
export const SOURCES: Readonly<Record<string, SourceAdapter>> = Object.freeze({
  [standard.name]: standard,
  [ghost.name]: ghost,
  [arc.name]: arc,
  [wordpress.name]: wordpress,
});

/** The adapter for a path segment; own properties only, so "__proto__" or "constructor" are unknown. */
export function sourceNamed(name: string): SourceAdapter | undefined {
  return Object.hasOwn(SOURCES, name) ? SOURCES[name] : undefined;
}
