import type { Article } from "../model.js";

export type FrontMatter = Partial<Pick<Article, "id" | "title" | "url" | "source" | "published">>;

const KEYS = new Set(["id", "title", "url", "source", "published"]);

/**
 * Splits "---\nkey: value\n---\nbody" into its keys and the body. Only the keys of DESIGN.md
 * are read; others are reported so the caller can say so instead of silently dropping them.
 * Without front matter the whole text is the body.
 * @example readFrontMatter("---\npublished: 2023-01-11\n---\nText") // { fields: { published: "2023-01-11" }, body: "Text", unknown: [] }
 */
export function readFrontMatter(text: string): { fields: FrontMatter; body: string; unknown: string[] } {
  const source = text.replace(/^\ufeff/, "");
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { fields: {}, body: source, unknown: [] };
  const fields: FrontMatter = {};
  const unknown: string[] = [];
  for (const line of match[1]!.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    const pair = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!pair) continue;
    const key = pair[1]!.toLowerCase();
    const value = unquote(pair[2]!);
    if (KEYS.has(key)) (fields as Record<string, string>)[key] = value;
    else unknown.push(key);
  }
  return { fields, body: source.slice(match[0].length), unknown };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2]! : value;
}
