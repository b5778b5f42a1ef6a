/**
 * A text as a regular-expression source that matches exactly that text, under any flags (a hyphen
 * is left alone: escaping it outside a class is an error under the `u` flag; `/` may be escaped
 * under every flag).
 * @example literalPattern("U.S.") // "U\\.S\\."
 */
export function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
