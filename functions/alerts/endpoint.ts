/** An alert endpoint as configured, and how it wants to be spoken to. */
export interface Endpoint {
  kind: "webhook" | "slack";
  url: string;
}

/**
 * "slack:<url>" or a Slack incoming-webhook URL (hooks.slack.com) takes Slack's `{text, blocks}`
 * message; anything else takes Standard Webhooks-signed JSON.
 * @example parseEndpoint("https://hooks.slack.com/services/T0/B0/x").kind // "slack"
 */
export function parseEndpoint(endpoint: string): Endpoint {
  const trimmed = endpoint.trim();
  if (trimmed.toLowerCase().startsWith("slack:")) return { kind: "slack", url: trimmed.slice("slack:".length) };
  return { kind: hostOf(trimmed) === "hooks.slack.com" ? "slack" : "webhook", url: trimmed };
}

/**
 * What may be logged about an endpoint: its host. A Slack webhook URL (and many receivers')
 * carries its credential in the path, so the full URL never reaches a log line.
 * @example endpointLabel("https://hooks.slack.com/services/T0/B0/x") // "hooks.slack.com"
 */
export function endpointLabel(endpoint: string): string {
  return hostOf(parseEndpoint(endpoint).url) ?? "invalid-url";
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
