/**
 * The last match of a global pattern in a text, or null: the verb nearest before a figure, where
 * a clause last opens before it.
 * @example lastMatch(/\bon\b/g, "on the dam on")?.index // 11
 */
export function lastMatch(pattern: { lastIndex: number; exec(text: string): RegExpExecArray | null }, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m;
  return last;
}
