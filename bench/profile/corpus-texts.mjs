/**
 * The texts the profile tools compare builds on: every string a corpus or conformance file holds
 * under a text-like key, and every .txt / .md file, below the given folders.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const KEYS = /^(?:text|body|input|sentence|article|passage|context|content)$/i;

function* files(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Adds to `texts` what the folders hold; returns it. */
export function corpusTexts(dirs, texts = new Set()) {
  const collect = (value, key) => {
    if (typeof value === "string") { if (KEYS.test(key ?? "") && value.trim().length > 0) texts.add(value); return; }
    if (Array.isArray(value)) { for (const v of value) collect(v, key); return; }
    if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  for (const dir of dirs) for (const path of files(dir)) {
    if (path.endsWith(".json")) { try { collect(JSON.parse(readFileSync(path, "utf8"))); } catch { /* not JSON */ } }
    else if (path.endsWith(".txt") || path.endsWith(".md")) texts.add(readFileSync(path, "utf8"));
  }
  return texts;
}

/** Every .txt file below `dir`. */
export function textFiles(dir) {
  return [...files(dir)].filter((path) => path.endsWith(".txt"));
}
