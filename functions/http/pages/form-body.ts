import { readTextBody } from "../body.js";

/**
 * A posted HTML form (application/x-www-form-urlencoded, what a plain <form method="post">
 * sends), read within the app's byte limit by the API's own body reader.
 * @example const form = await readForm(c.req.raw, 1 << 20); form.get("body")
 */
export async function readForm(request: Request, maxBytes: number): Promise<URLSearchParams> {
  const { text } = await readTextBody(request, maxBytes, ["application/x-www-form-urlencoded"]);
  return new URLSearchParams(text);
}

/**
 * A form field, trimmed; absent or blank is undefined (an optional field left empty).
 * @example field(form, "title") // "Türkiye, Syria and Russia plan…" or undefined
 */
export function field(form: URLSearchParams, name: string): string | undefined {
  const value = form.get(name)?.trim();
  return value ? value : undefined;
}

/**
 * A path on this site to return to after a form; anything else (another host, "//evil",
 * a scheme) falls back, so a crafted link cannot bounce an editor elsewhere.
 * @example localPath("/review/findings?severity=note", "/") // "/review/findings?severity=note"
 */
export function localPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || value.length > 2000) return fallback;
  return /[\s\p{Cc}]/u.test(value) ? fallback : value;
}
