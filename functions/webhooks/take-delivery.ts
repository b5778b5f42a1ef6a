import { checkArticle, type ClaimStore, type DeliveryLog, type Finding } from "../../core/index.js";
import type { StoryEvent } from "./adapter.js";

export interface TakeDeliveryDeps {
  store: ClaimStore & DeliveryLog;
  now(): string;
  /** Queues alerts for open findings; must be idempotent per finding (the alert outbox is). */
  onFindingsOpened?: (findings: Finding[]) => Promise<void>;
}

/** What one delivery did, as the webhook answers it. */
export interface DeliveryOutcome {
  deliveryId: string;
  event: StoryEvent["type"];
  /** True when this delivery id was taken before: nothing was changed. */
  duplicate: boolean;
  articleId?: string;
  /** For published/updated: whether the story was checked and saved (false only for a duplicate). */
  checked?: boolean;
  claims?: number;
  findings?: number;
  reason?: string;
}

/**
 * Applies one verified CMS event to the store: a deletion removes the article, a publication or
 * edit is checked (replacing the earlier version's claims) and its open findings are passed on
 * for alerting. The delivery id is recorded LAST, so a delivery that failed half-way is taken
 * again when the CMS retries; every step is idempotent so that retry is safe: the save reaches
 * the same end state, a deleted article deletes as a no-op, and the outbox queues a finding once.
 * Handing on all open findings of the article (not only the ones this save opened) is what lets
 * a retry announce what an interrupted first attempt saved but never queued.
 *
 * A delivery recorded before is answered as a duplicate before anything is touched, so a
 * retry of an OLD version arriving after a newer edit cannot bring the old text back.
 * @example await takeDelivery("ghost", event, { store, now: () => new Date().toISOString() })
 */
export async function takeDelivery(source: string, event: StoryEvent, deps: TakeDeliveryDeps): Promise<DeliveryOutcome> {
  if (await deps.store.hasDelivery(source, event.deliveryId)) {
    return { deliveryId: event.deliveryId, event: event.type, duplicate: true, checked: false };
  }
  const outcome = await apply(event, deps);
  const first = await deps.store.recordDelivery(source, event.deliveryId, deps.now());
  return { ...outcome, duplicate: !first };
}

async function apply(event: StoryEvent, deps: TakeDeliveryDeps): Promise<Omit<DeliveryOutcome, "duplicate">> {
  const base = { deliveryId: event.deliveryId, event: event.type };
  if (event.type === "ignored") return { ...base, reason: event.reason };
  if (event.type === "deleted") {
    await deps.store.deleteArticle(event.articleId, deps.now());
    return { ...base, articleId: event.articleId };
  }
  // Always check and save, even when the stored text is the same: a save cut off after its
  // commit left cleanup undone (old claims, findings to resolve), and repeating the idempotent
  // save is what finishes it.
  const outcome = await checkArticle(event.article, { store: deps.store, now: deps.now });
  const open = outcome.findings.filter((f) => f.status === "open");
  if (open.length > 0 && deps.onFindingsOpened) await deps.onFindingsOpened(open);
  return { ...base, articleId: event.article.id, checked: true, claims: outcome.claims.length, findings: outcome.findings.length };
}
