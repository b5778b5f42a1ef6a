import * as v from "valibot";
import { articleIdFor, ClaimcheckError } from "../../core/index.js";
import { TIMESTAMP_TOLERANCE_MS, type Delivery, type SourceAdapter, type StoryEvent } from "./adapter.js";
import { matchesAny } from "./standard-signature.js";
import { parsePayload, storyToArticle } from "./story.js";

/**
 * The generic door: any CMS or middleware that signs with Standard Webhooks (headers
 * webhook-id, webhook-timestamp in unix seconds, webhook-signature "v1,<base64>") and sends
 * DESIGN.md's envelope `{ type: "article.published" | "article.updated" | "article.deleted",
 * timestamp, data: Article }`.
 */

const Text = v.pipe(v.string(), v.maxLength(2_000_000));
const Envelope = v.looseObject({ type: v.string(), timestamp: v.optional(v.string()), data: v.unknown() });
const ArticleData = v.looseObject({
  id: v.optional(v.pipe(Text, v.minLength(1))),
  title: v.optional(v.nullable(Text)),
  url: v.optional(v.nullable(Text)),
  source: v.optional(v.nullable(Text)),
  published: v.optional(v.nullable(Text)),
  body: Text,
});
const DeletedData = v.pipe(
  v.looseObject({ id: v.optional(v.pipe(Text, v.minLength(1))), url: v.optional(Text) }),
  v.check((d) => Boolean(d.id || d.url), "data.id or data.url is required"),
);

const TYPES = new Map<string, "published" | "updated" | "deleted">([
  ["article.published", "published"],
  ["article.updated", "updated"],
  ["article.deleted", "deleted"],
]);

/**
 * @example
 * standard.verify(delivery, ["whsec_…new", "whsec_…old"], Date.now());
 * standard.toEvent({ type: "article.updated", data: { id: "a1", body: "…" } }, delivery); // { type: "updated", article }
 */
export const standard: SourceAdapter = {
  name: "standard",

  verify(delivery: Delivery, secrets: readonly string[], now: number): void {
    const id = delivery.headers["webhook-id"];
    const timestamp = delivery.headers["webhook-timestamp"];
    const signature = delivery.headers["webhook-signature"];
    if (!id || !timestamp || !signature) {
      throw new ClaimcheckError("bad-signature", "webhook-id, webhook-timestamp and webhook-signature headers are required");
    }
    if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now - Number(timestamp) * 1000) > TIMESTAMP_TOLERANCE_MS) {
      throw new ClaimcheckError("bad-signature", "webhook-timestamp is outside the 5-minute window");
    }
    if (!matchesAny(signature, secrets, id, timestamp, delivery.body)) {
      throw new ClaimcheckError("bad-signature", "no webhook-signature matches a configured secret");
    }
  },

  toEvent(payload: unknown, delivery: Delivery): StoryEvent {
    const deliveryId = delivery.headers["webhook-id"] ?? "";
    const envelope = parsePayload(Envelope, payload, "payload is not a Standard Webhooks envelope");
    const type = TYPES.get(envelope.type);
    if (!type) throw new ClaimcheckError("invalid-input", "payload is not a story", [{ field: "type", message: `expected article.published, article.updated or article.deleted, got ${envelope.type.slice(0, 60)}` }]);
    if (type === "deleted") {
      const data = parsePayload(DeletedData, envelope.data, "payload is not a story");
      return { type, deliveryId, articleId: articleIdFor({ id: data.id, url: data.url, body: "" }) };
    }
    const data = parsePayload(ArticleData, envelope.data, "payload is not a story");
    const article = storyToArticle({ id: "", title: data.title, url: data.url, published: data.published, content: data.body });
    article.id = articleIdFor({ ...article, id: data.id });
    if (data.source) article.source = data.source;
    return { type, deliveryId, article };
  },
};
