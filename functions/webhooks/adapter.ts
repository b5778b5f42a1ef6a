import type { Article } from "../../core/index.js";

/**
 * One webhook delivery as it arrived, before anything trusts it: the raw body bytes (signatures
 * are computed over bytes, never over re-serialised JSON), headers with lowercase names, and
 * the query string.
 */
export interface Delivery {
  body: Buffer;
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
}

/** What a CMS event means for the store. */
export type StoryEvent =
  | { type: "published" | "updated"; deliveryId: string; article: Article }
  | { type: "deleted"; deliveryId: string; articleId: string }
  /** A genuine event of the CMS that is not ours to act on (a draft saved, a page). */
  | { type: "ignored"; deliveryId: string; reason: string };

/**
 * A newsroom CMS: how its deliveries are authenticated and how its payload becomes a story.
 * Both steps throw ClaimcheckError: "bad-signature"/"unauthorized" from `verify`,
 * "invalid-input" from `toEvent`.
 * @example
 * const adapter = sourceNamed("ghost")!;
 * adapter.verify(delivery, secrets, Date.parse(deps.now()));
 * const event = adapter.toEvent(JSON.parse(delivery.body.toString("utf8")), delivery);
 */
export interface SourceAdapter {
  /** The path segment: POST /webhooks/<name>; also the suffix of CLAIMCHECK_WEBHOOK_SECRET_<NAME>. */
  name: string;
  /**
   * Proves the delivery came from the CMS holding one of `secrets` (several during rotation),
   * and, where the scheme signs a timestamp, that it is recent. `now` is epoch milliseconds.
   */
  verify(delivery: Delivery, secrets: readonly string[], now: number): void;
  /** The verified payload (parsed JSON) as a story event. */
  toEvent(payload: unknown, delivery: Delivery): StoryEvent;
}

/** How far a signed timestamp may be from our clock, either way (Standard Webhooks' 5 minutes). */
export const TIMESTAMP_TOLERANCE_MS = 5 * 60 * 1000;
