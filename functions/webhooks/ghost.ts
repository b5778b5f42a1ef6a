import * as v from "valibot";
import { ClaimcheckError } from "../../core/index.js";
import { TIMESTAMP_TOLERANCE_MS, type Delivery, type SourceAdapter, type StoryEvent } from "./adapter.js";
import { decodeDigest, hmacSha256, sameMac } from "./crypto.js";
import { bodyDeliveryId, parsePayload, storyToArticle } from "./story.js";

/**
 * Ghost (ghost.org) webhooks. The signature scheme, as Ghost's own sender builds it
 * (TryGhost/Ghost, ghost/core/core/server/services/webhooks/WebhookTrigger.js, and PR #20500
 * "Added timestamp to webhook signature hash", Ghost 5.87.1+):
 *   X-Ghost-Signature: sha256=<hex HMAC-SHA256(secret, `${rawBody}${ts}`)>, t=<ts>
 * where ts is Date.now() in milliseconds and the secret is used as a UTF-8 string. The same
 * sender gives up after 2 seconds (`timeout.request: 2000`) and retries up to 5 times with the
 * identical request, which is why a body hash identifies a delivery. Older Ghost signed the body
 * alone, leaving the timestamp unauthenticated; those signatures are refused.
 */

const Text = v.pipe(v.string(), v.maxLength(2_000_000));
const Post = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  uuid: v.optional(v.nullable(v.string())),
  title: v.optional(v.nullable(Text)),
  url: v.optional(v.nullable(Text)),
  html: v.optional(v.nullable(Text)),
  plaintext: v.optional(v.nullable(Text)),
  status: v.optional(v.nullable(v.string())),
  published_at: v.optional(v.nullable(v.string())),
});
const Payload = v.looseObject({
  event: v.optional(v.string()),
  post: v.looseObject({ current: v.optional(v.record(v.string(), v.unknown())), previous: v.optional(v.record(v.string(), v.unknown())) }),
});

/**
 * @example
 * ghost.verify(delivery, ["secret-from-ghost-admin"], Date.now()); // throws bad-signature if forged or stale
 * ghost.toEvent(JSON.parse(delivery.body.toString()), delivery); // { type: "published", article: { id: "ghost-6740…" } }
 */
export const ghost: SourceAdapter = {
  name: "ghost",

  verify(delivery: Delivery, secrets: readonly string[], now: number): void {
    const header = delivery.headers["x-ghost-signature"];
    if (!header) throw new ClaimcheckError("bad-signature", "X-Ghost-Signature header is required");
    const { digest, t } = parseSignatureHeader(header);
    if (!digest || !t) throw new ClaimcheckError("bad-signature", 'X-Ghost-Signature must be "sha256=<hex>, t=<milliseconds>"');
    if (Math.abs(now - Number(t)) > TIMESTAMP_TOLERANCE_MS) {
      throw new ClaimcheckError("bad-signature", "X-Ghost-Signature timestamp is outside the 5-minute window");
    }
    let found = false;
    for (const secret of secrets) found = sameMac(hmacSha256(secret, delivery.body, t), digest) || found;
    if (!found) throw new ClaimcheckError("bad-signature", "X-Ghost-Signature does not match a configured secret");
  },

  toEvent(payload: unknown, delivery: Delivery): StoryEvent {
    const deliveryId = bodyDeliveryId("ghost", delivery.body);
    const { event, post } = parsePayload(Payload, payload, "payload is not a story: Ghost post events carry { post: { current, previous } }");
    const current = post.current ?? {};
    const gone = Object.keys(current).length === 0;
    if (event === "post.deleted" || event === "post.unpublished" || (gone && post.previous)) {
      const previous = parsePayload(Post, gone ? post.previous : current, "payload is not a story");
      return { type: "deleted", deliveryId, articleId: articleIdOf(previous.id) };
    }
    const story = parsePayload(Post, current, "payload is not a story");
    if (story.status && story.status !== "published") return { type: "ignored", deliveryId, reason: `post is ${story.status.slice(0, 20)}` };
    if (event && event !== "post.published" && event !== "post.published.edited") {
      return { type: "ignored", deliveryId, reason: `event ${event.slice(0, 40)} is not handled` };
    }
    const article = storyToArticle({
      id: articleIdOf(story.id), title: story.title, url: story.url, published: story.published_at,
      content: story.html ?? story.plaintext ?? "",
    });
    return { type: isEdit(event, post.previous) ? "updated" : "published", deliveryId, article };
  },
};

/** Ghost's post id (a 24-hex ObjectId) survives slug and url changes, so an edit replaces. */
function articleIdOf(postId: string): string {
  return `ghost-${postId}`;
}

/**
 * Without an `event` field (older Ghost), `previous` holds the attributes that changed: an edit
 * of a live post changes some, a first publication changes status away from draft/scheduled.
 */
function isEdit(event: string | undefined, previous: Record<string, unknown> | undefined): boolean {
  if (event) return event === "post.published.edited";
  if (!previous || Object.keys(previous).length === 0) return false;
  return previous.status === undefined || previous.status === "published";
}

function parseSignatureHeader(header: string): { digest: Buffer | null; t: string | null } {
  let digest: Buffer | null = null;
  let t: string | null = null;
  for (const part of header.split(",").slice(0, 4)) {
    const [key, value = ""] = part.trim().split("=", 2) as [string, string?];
    if (key === "sha256") digest = decodeDigest(value);
    else if (key === "t" && /^\d{1,15}$/.test(value)) t = value;
  }
  return { digest, t };
}
