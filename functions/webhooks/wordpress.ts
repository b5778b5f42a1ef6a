import * as v from "valibot";
import { ClaimcheckError } from "../../core/index.js";
import type { Delivery, SourceAdapter, StoryEvent } from "./adapter.js";
import { sameSecret } from "./crypto.js";
import { bodyDeliveryId, parsePayload, storyToArticle, type StoryParts } from "./story.js";

/**
 * WordPress. Core WordPress sends no webhooks and plugins sign inconsistently or not at all,
 * so a delivery is accepted on a per-source token instead: header X-Claimcheck-Token (preferred:
 * query strings end up in access logs) or `?token=`. Two payload shapes are read: a post as the
 * REST API returns it (`GET /wp-json/wp/v2/posts/<id>`: id, link, date_gmt, modified_gmt,
 * status, title.rendered, content.rendered), which most webhook plugins can forward, and the
 * "WP Webhooks" plugin's post_create/post_update shape ({ post_id, post: { ID, post_title,
 * post_content, post_status, post_date_gmt, post_modified_gmt }, post_permalink }).
 */

const Text = v.pipe(v.string(), v.maxLength(2_000_000));
const Id = v.union([v.pipe(v.number(), v.integer()), v.pipe(v.string(), v.regex(/^\d{1,20}$/))]);
const Rendered = v.looseObject({ rendered: Text });
const RestPost = v.looseObject({
  id: Id,
  link: v.optional(v.nullable(Text)),
  date_gmt: v.optional(v.nullable(v.string())),
  modified_gmt: v.optional(v.nullable(v.string())),
  status: v.optional(v.string()),
  type: v.optional(v.string()),
  title: v.optional(Rendered),
  content: Rendered,
});
const PluginPost = v.looseObject({
  post_permalink: v.optional(v.nullable(Text)),
  post: v.looseObject({
    ID: Id,
    post_title: v.optional(v.nullable(Text)),
    post_content: Text,
    post_status: v.optional(v.string()),
    post_type: v.optional(v.string()),
    post_date_gmt: v.optional(v.nullable(v.string())),
    post_modified_gmt: v.optional(v.nullable(v.string())),
    guid: v.optional(v.nullable(Text)),
  }),
});

/** Post types that are never stories. */
const NOT_STORIES = new Set(["attachment", "nav_menu_item", "wp_block", "wp_template", "wp_navigation", "revision"]);

/** One WordPress post, whichever shape carried it. */
interface WpPost {
  id: string;
  status?: string;
  type?: string;
  date?: string | null;
  modified?: string | null;
  parts: Omit<StoryParts, "id">;
}

/**
 * @example
 * wordpress.verify({ ...delivery, headers: { "x-claimcheck-token": token } }, [token], Date.now());
 * wordpress.toEvent({ id: 42, status: "trash", link: "https://n.example/?p=42", content: { rendered: "" } }, delivery); // deleted "wp-n.example-42"
 */
export const wordpress: SourceAdapter = {
  name: "wordpress",

  verify(delivery: Delivery, secrets: readonly string[]): void {
    const token = delivery.headers["x-claimcheck-token"] ?? delivery.query.token;
    if (!token) throw new ClaimcheckError("unauthorized", "X-Claimcheck-Token header (or ?token=) is required");
    let found = false;
    for (const secret of secrets) found = sameSecret(token, secret) || found;
    if (!found) throw new ClaimcheckError("unauthorized", "the token does not match a configured token");
  },

  toEvent(payload: unknown, delivery: Delivery): StoryEvent {
    const deliveryId = bodyDeliveryId("wordpress", delivery.body);
    const post = readPost(payload);
    if (post.type && NOT_STORIES.has(post.type)) {
      throw new ClaimcheckError("invalid-input", "payload is not a story", [{ field: "type", message: `post type ${post.type} is not a story` }]);
    }
    const id = articleIdOf(post.id, post.parts.url);
    if (post.status === "trash") return { type: "deleted", deliveryId, articleId: id };
    if (post.status && post.status !== "publish") return { type: "ignored", deliveryId, reason: `post is ${post.status.slice(0, 20)}` };
    const article = storyToArticle({ id, ...post.parts });
    const edited = Boolean(post.modified && post.date && post.modified !== post.date);
    return { type: edited ? "updated" : "published", deliveryId, article };
  },
};

function readPost(payload: unknown): WpPost {
  if (typeof payload === "object" && payload !== null && "post" in payload) {
    const { post, post_permalink } = parsePayload(PluginPost, payload, "payload is not a story: expected a WP Webhooks post");
    return {
      id: String(post.ID), status: post.post_status, type: post.post_type,
      date: post.post_date_gmt, modified: post.post_modified_gmt,
      parts: { title: post.post_title, url: post_permalink ?? post.guid, published: post.post_date_gmt, content: post.post_content },
    };
  }
  const post = parsePayload(RestPost, payload, "payload is not a story: expected a WordPress REST post");
  return {
    id: String(post.id), status: post.status, type: post.type, date: post.date_gmt, modified: post.modified_gmt,
    parts: { title: post.title?.rendered, url: post.link, published: post.date_gmt, content: post.content.rendered },
  };
}

/**
 * Post ids are only unique within one site, so the site's host is part of the article id:
 * two newsroom sites on one checker do not overwrite each other's post 42.
 */
function articleIdOf(postId: string, url: string | null | undefined): string {
  let host = "";
  try {
    host = url ? new URL(url).hostname : "";
  } catch {
    host = "";
  }
  return host ? `wp-${host}-${postId}` : `wp-${postId}`;
}
