import * as v from "valibot";
import { ClaimcheckError } from "../../core/index.js";
import { TIMESTAMP_TOLERANCE_MS, type Delivery, type SourceAdapter, type StoryEvent } from "./adapter.js";
import { decodeDigest, hmacSha256, sameMac } from "./crypto.js";
import { bodyDeliveryId, parsePayload, storyToArticle } from "./story.js";

/**
 * Arc XP. What the public docs confirm (dev.arcxp.com, "WebSked machine-readable events"): a
 * webhook subscription has a secret; the sender HMAC-SHA256es the request payload with it and
 * sets the result in the `x-websked-signature` header; the payload is the same as the IFX
 * event, `{ key: "story:update", time, uuid, body: <ANS story> }` ("IFX Events", "Content
 * Events"). What they do not show, and is ASSUMED here: the digest encoding (the page follows
 * GitHub's "Securing your webhooks", so hex; an optional "sha256=" prefix and base64 are also
 * accepted, since the MAC bytes are what is compared), and that `time` is the send time (ms or
 * s). The signature covers no timestamp of its own, so the signed `time` is REQUIRED and held
 * to the 5-minute window: without it a captured delivery could be replayed forever, rolling a
 * story back to an old version.
 */

const Text = v.pipe(v.string(), v.maxLength(2_000_000));
const Element = v.looseObject({
  type: v.optional(v.string()),
  content: v.optional(v.unknown()),
  items: v.optional(v.array(v.unknown())),
});
const Story = v.looseObject({
  _id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  type: v.optional(v.string()),
  headlines: v.optional(v.looseObject({ basic: v.optional(v.nullable(Text)) })),
  canonical_url: v.optional(v.nullable(Text)),
  website_url: v.optional(v.nullable(Text)),
  first_publish_date: v.optional(v.nullable(v.string())),
  display_date: v.optional(v.nullable(v.string())),
  publish_date: v.optional(v.nullable(v.string())),
  revision: v.optional(v.looseObject({ published: v.optional(v.boolean()) })),
  content_elements: v.optional(v.pipe(v.array(Element), v.maxLength(20_000))),
});
const Envelope = v.looseObject({
  key: v.pipe(v.string(), v.maxLength(100)),
  time: v.number(),
  uuid: v.optional(v.nullable(v.string())),
  body: v.unknown(),
});

/**
 * @example
 * arc.verify(delivery, ["websked-subscription-secret"], Date.now());
 * arc.toEvent({ key: "story:delete", body: { _id: "Y3QZ…" } }, delivery); // { type: "deleted", articleId: "arc-Y3QZ…" }
 */
export const arc: SourceAdapter = {
  name: "arc",

  verify(delivery: Delivery, secrets: readonly string[], now: number): void {
    const header = delivery.headers["x-websked-signature"];
    if (!header) throw new ClaimcheckError("bad-signature", "x-websked-signature header is required");
    const digest = decodeDigest(header.replace(/^sha256=/i, ""));
    if (!digest) throw new ClaimcheckError("bad-signature", "x-websked-signature must be an HMAC-SHA256 digest (hex)");
    let found = false;
    for (const secret of secrets) found = sameMac(hmacSha256(secret, delivery.body), digest) || found;
    if (!found) throw new ClaimcheckError("bad-signature", "x-websked-signature does not match a configured secret");
    const sent = signedTime(delivery.body);
    if (sent === "not-json") return; // the route answers 400: a signed body that is not an event at all
    if (sent === null) throw new ClaimcheckError("bad-signature", "the event's time (epoch ms or s) is required: the signature covers no other timestamp");
    if (Math.abs(now - sent) > TIMESTAMP_TOLERANCE_MS) {
      throw new ClaimcheckError("bad-signature", "the event's time is outside the 5-minute window");
    }
  },

  toEvent(payload: unknown, delivery: Delivery): StoryEvent {
    const envelope = parsePayload(Envelope, payload, "payload is not an Arc XP event { key, body }");
    const deliveryId = envelope.uuid ? `arc-${envelope.uuid.slice(0, 100)}` : bodyDeliveryId("arc", delivery.body);
    const [kind, action = ""] = envelope.key.split(":", 2) as [string, string?];
    if (kind !== "story") throw new ClaimcheckError("invalid-input", "payload is not a story", [{ field: "key", message: `expected a story:* event, got ${envelope.key}` }]);
    const story = parsePayload(Story, envelope.body, "payload is not a story: body must be an ANS story");
    if (/^(delete|unpublish)/.test(action)) return { type: "deleted", deliveryId, articleId: articleIdOf(story._id) };
    if (story.revision?.published === false) return { type: "ignored", deliveryId, reason: "story is not published" };
    const article = storyToArticle({
      id: articleIdOf(story._id),
      title: story.headlines?.basic,
      url: story.canonical_url ?? story.website_url,
      published: story.first_publish_date ?? story.display_date ?? story.publish_date,
      content: storyHtml(story.content_elements ?? []),
    });
    return { type: action === "create" ? "published" : "updated", deliveryId, article };
  },
};

function articleIdOf(id: string): string {
  return `arc-${id}`;
}

/**
 * The story's prose: text, header and list elements in order; images, embeds and ads dropped.
 * Lists nest in ANS; three levels are read, deeper ones are not prose worth the recursion.
 */
function storyHtml(elements: ReadonlyArray<v.InferOutput<typeof Element>>, depth = 0): string {
  if (depth > 3) return "";
  const parts: string[] = [];
  for (const element of elements) {
    if ((element.type === "text" || element.type === "header") && typeof element.content === "string") {
      parts.push(`<p>${element.content}</p>`);
    } else if (element.type === "list" && element.items) {
      parts.push(storyHtml(element.items.filter(isElement), depth + 1).replace(/<p>/g, "<li>").replace(/<\/p>/g, "</li>"));
    }
  }
  return parts.join("\n");
}

function isElement(item: unknown): item is v.InferOutput<typeof Element> {
  return typeof item === "object" && item !== null;
}

/** The envelope's `time` as epoch ms (Arc's examples show both ms and s), null without one, "not-json". */
function signedTime(body: Buffer): number | null | "not-json" {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    return "not-json";
  }
  const time = typeof parsed === "object" && parsed !== null ? (parsed as { time?: unknown }).time : undefined;
  if (typeof time !== "number" || !Number.isFinite(time) || time <= 0) return null;
  return time < 1e12 ? time * 1000 : time;
}
