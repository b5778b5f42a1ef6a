import type { Finding } from "../../core/index.js";
import { signatureHeader } from "../webhooks/standard-signature.js";
import type { Endpoint } from "./endpoint.js";

/** One HTTP request carrying one alert. */
export interface AlertRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * The request announcing `finding` at `endpoint`. JSON endpoints get a Standard Webhooks
 * message: webhook-id is the finding id, the same on every attempt and every later retry, so a
 * receiver that dedupes by it sees each finding once even if our record of a success is lost.
 * @example alertRequest({ kind: "webhook", url }, finding, ["whsec_…"], "2026-11-21T18:00:00.000Z")
 */
export function alertRequest(endpoint: Endpoint, finding: Finding, secrets: readonly string[], now: string): AlertRequest {
  if (endpoint.kind === "slack") {
    return { url: endpoint.url, headers: { "content-type": "application/json" }, body: JSON.stringify(slackMessage(finding)) };
  }
  const body = JSON.stringify({ type: "finding.opened", timestamp: now, data: finding });
  const timestamp = Math.floor(Date.parse(now) / 1000);
  return {
    url: endpoint.url,
    headers: {
      "content-type": "application/json",
      "webhook-id": finding.id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": signatureHeader(secrets, finding.id, timestamp, body),
    },
    body,
  };
}

/**
 * A Slack incoming-webhook message: `text` is the notification fallback, `blocks` the layout.
 * @example slackMessage(finding).text // "Contradiction: 30 mi is 48.3 km; …"
 */
export function slackMessage(finding: Finding): { text: string; blocks: unknown[] } {
  const quoted = finding.claims.slice(0, 10).map((c) => `• “${escape(c.text)}” in \`${escape(c.articleId)}\``).join("\n");
  return {
    text: `${label(finding)}: ${escape(finding.explanation)}`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${label(finding)}*\n${escape(finding.explanation)}` } },
      { type: "section", text: { type: "mrkdwn", text: quoted || "_no claims_" } },
      { type: "context", elements: [{ type: "mrkdwn", text: `${finding.kind} · rule ${escape(finding.rule)} · finding \`${finding.id}\`` }] },
    ],
  };
}

function label(finding: Finding): string {
  return finding.severity === "contradiction" ? "Contradiction" : finding.severity === "discrepancy" ? "Discrepancy" : "Note";
}

/** Slack's three control characters in mrkdwn; article text may contain any of them. */
function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
