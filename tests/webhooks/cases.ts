import { createHash } from "node:crypto";
import { arcSignature, fixture, ghostSignature, standardSignature, type TestClock } from "./support.js";

/** One signed (or token-carrying) HTTP delivery, ready to POST. */
export interface Signed {
  path: string;
  body: string;
  headers: Record<string, string>;
}

/**
 * One CMS as the tests drive it: its two secrets (for rotation), how it signs a payload at a
 * given age, and payloads shaped like its documentation for each kind of event.
 */
export interface SourceCase {
  source: string;
  secrets: { old: string; current: string };
  /** Whether the scheme signs a time (WordPress tokens do not). */
  signsTime: boolean;
  /** Whether the credential covers the body (a token does not). */
  signsBody: boolean;
  deliver(payload: string, secret: string, clock: TestClock, ageMs?: number): Signed;
  published: string;
  edited: string;
  deleted: string;
  notAStory: string;
  articleId: string;
  /** What the first delivery is reported as. */
  firstEvent: "published" | "updated";
}

const digest = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 24);

const whsec = (seed: string) => `whsec_${Buffer.from(seed.padEnd(32, "#")).toString("base64")}`;

const standard: SourceCase = {
  source: "standard",
  secrets: { old: whsec("standard-old"), current: whsec("standard-current") },
  signsTime: true,
  signsBody: true,
  deliver(payload, secret, clock, ageMs = 0) {
    const id = `msg_${digest(payload)}`;
    const timestamp = Math.floor((clock.ms - ageMs) / 1000);
    return {
      path: "/webhooks/standard", body: payload,
      headers: { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": standardSignature(secret, id, timestamp, payload) },
    };
  },
  published: fixture("standard-article-published.json"),
  edited: fixture("standard-article-updated.json"),
  deleted: fixture("standard-article-deleted.json"),
  notAStory: fixture("standard-invoice-paid.json"),
  articleId: "desk-2023-0111-security-strip",
  firstEvent: "published",
};

const ghost: SourceCase = {
  source: "ghost",
  secrets: { old: "ghost-old-secret-7c1f0b", current: "ghost-current-secret-93ad2e" },
  signsTime: true,
  signsBody: true,
  deliver(payload, secret, clock, ageMs = 0) {
    return { path: "/webhooks/ghost", body: payload, headers: { "x-ghost-signature": ghostSignature(secret, payload, clock.ms - ageMs) } };
  },
  published: fixture("ghost-post-published.json"),
  edited: fixture("ghost-post-published-edited.json"),
  deleted: fixture("ghost-post-deleted.json"),
  notAStory: fixture("ghost-tag-added.json"),
  articleId: "ghost-6740a3c1f1e2b10001a0c3d4",
  firstEvent: "published",
};

/** Arc's signed `time` is set at sending, as the sender does; the rest is the fixture. A body that is not JSON is sent as is. */
function arcAt(payload: string, ms: number): string {
  try {
    return JSON.stringify({ ...(JSON.parse(payload) as object), time: ms });
  } catch {
    return payload;
  }
}

function arcVariant(change: (event: { key: string; uuid: string; body: { content_elements: Array<{ type: string; content?: string }> } }) => void): string {
  const event = JSON.parse(fixture("arc-story-update.json")) as Parameters<typeof change>[0];
  change(event);
  return JSON.stringify(event);
}

const arc: SourceCase = {
  source: "arc",
  secrets: { old: "arc-old-secret-41b9", current: "arc-current-secret-d07e" },
  signsTime: true,
  signsBody: true,
  deliver(payload, secret, clock, ageMs = 0) {
    const body = arcAt(payload, clock.ms - ageMs);
    return { path: "/webhooks/arc", body, headers: { "x-websked-signature": arcSignature(secret, body) } };
  },
  published: fixture("arc-story-update.json"),
  edited: arcVariant((e) => {
    e.uuid = "5d1f8c2a-0e7b-4b8e-8f0c-2c9d7a6b5e4f";
    e.body.content_elements = e.body.content_elements
      .filter((el) => !el.content?.includes("refugees"))
      .map((el) => (el.content ? { ...el, content: el.content.replace("30-mile", "30-km") } : el));
  }),
  deleted: arcVariant((e) => {
    e.key = "story:delete";
    e.uuid = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
  }),
  notAStory: fixture("arc-image-update.json"),
  articleId: "arc-Y3QZ7KX2JBH5RMPAV4TLNW6DCE",
  firstEvent: "updated",
};

const wordpress: SourceCase = {
  source: "wordpress",
  secrets: { old: "wp-old-token-5a0e61c2", current: "wp-current-token-b83f7d19" },
  signsTime: false,
  signsBody: false,
  deliver(payload, secret) {
    return { path: "/webhooks/wordpress", body: payload, headers: { "x-claimcheck-token": secret } };
  },
  published: fixture("wordpress-rest-post.json"),
  edited: fixture("wordpress-rest-post-edited.json"),
  deleted: fixture("wordpress-rest-post-trashed.json"),
  notAStory: fixture("wordpress-rest-attachment.json"),
  articleId: "wp-news.example.org-4821",
  firstEvent: "published",
};

export const CASES: SourceCase[] = [standard, ghost, arc, wordpress];
