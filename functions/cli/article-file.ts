import { readFile, stat } from "node:fs/promises";
import { extname, basename, resolve } from "node:path";
import type { Readable } from "node:stream";
import { ClaimcheckError, htmlToText, looksLikeHtml, readFrontMatter, type Article } from "../../core/index.js";
import { DEFAULT_LIMITS } from "../http/deps.js";
import { parseArticleInput } from "../schemas/article.js";
import { isValidId, MAX_ID_LENGTH } from "../schemas/id.js";

/** The API's body limit: a file the API would refuse is refused here too. */
export const MAX_FILE_BYTES = DEFAULT_LIMITS.maxBodyBytes;

/**
 * Reads one article named on the command line: .txt/.md with optional front matter, .html,
 * .json in the POST body shape, or "-" for stdin (format sniffed from the content). Every kind
 * ends in the API's article schema (ids, dates, URLs, lengths) and the API's size limit.
 * `published` is the default date for an article that does not state its own.
 * @example await readArticleFile("examples/001.txt", { cwd: process.cwd(), stdin: process.stdin })
 */
export async function readArticleFile(
  name: string,
  context: { cwd: string; stdin: Readable; published?: string },
): Promise<Article> {
  const raw = name === "-" ? await readAll(context.stdin, name) : await readNamedFile(resolve(context.cwd, name), name);
  const text = decodeUtf8(raw, name);
  const kind = name === "-" ? sniff(text) : kindOf(name);
  const input = toInput(text, kind, name);
  if (input.published === undefined && context.published) input.published = context.published;
  if (typeof input.body === "string" && !input.body.trim()) throw new ClaimcheckError("invalid-input", `${name}: the article has no text`);
  try {
    return parseArticleInput(input);
  } catch (error) {
    throw prefixed(error, name);
  }
}

type FileKind = "text" | "html" | "json";

function kindOf(name: string): FileKind {
  const ext = extname(name).toLowerCase();
  if (ext === ".json") return "json";
  if (ext === ".html" || ext === ".htm") return "html";
  return "text";
}

function sniff(text: string): FileKind {
  const start = text.trimStart();
  if (start.startsWith("{")) return "json";
  return looksLikeHtml(start.slice(0, 4096)) ? "html" : "text";
}

/** The article as given, before the schema: JSON as parsed, or front matter and the text. */
function toInput(text: string, kind: FileKind, name: string): Record<string, unknown> {
  if (kind === "json") {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ClaimcheckError("invalid-input", `${name}: not valid JSON (${(error as Error).message})`);
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) throw new ClaimcheckError("invalid-input", `${name}: expected a JSON object (the POST /articles body)`);
    return { ...(value as Record<string, unknown>) };
  }
  const { fields, body, unknown } = readFrontMatter(text);
  if (unknown.length > 0) {
    throw new ClaimcheckError("invalid-input", `${name}: unknown front matter key ${unknown.map((k) => `"${k}"`).join(", ")} (keys: id, title, url, source, published)`);
  }
  const title = fields.title ?? (kind === "html" ? htmlTitle(body) : undefined);
  const id = fields.id ?? (fields.url || name === "-" ? undefined : idFromFileName(name));
  return { ...fields, ...(title ? { title } : {}), ...(id ? { id } : {}), body: kind === "html" ? htmlToText(body) : body };
}

/**
 * A file's name without its extension, as an id the API would accept: characters the id rule
 * forbids become "-"; a name that still breaks it ("..") gives no id (the text's hash is used).
 * @example idFromFileName("drafts/War toll.txt") // "War-toll"
 */
export function idFromFileName(name: string): string | undefined {
  const id = basename(name, extname(name)).replace(/[\s/\\?#\p{Cc}\p{Cf}]/gu, "-").slice(0, MAX_ID_LENGTH);
  return isValidId(id) ? id : undefined;
}

function htmlTitle(html: string): string | undefined {
  const match = /<title[^>]{0,200}>([^<]{1,500})<\/title>/i.exec(html);
  return match ? htmlToText(match[1]!) : undefined;
}

function tooLarge(name: string): ClaimcheckError {
  return new ClaimcheckError("payload-too-large", `${name}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, the API's limit for one article`);
}

async function readNamedFile(path: string, name: string): Promise<Buffer> {
  try {
    if ((await stat(path)).size > MAX_FILE_BYTES) throw tooLarge(name);
    return await readFile(path);
  } catch (error) {
    if (error instanceof ClaimcheckError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new ClaimcheckError("invalid-input", `${name}: ${why}`);
  }
}

async function readAll(stream: Readable, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += bytes.length;
    if (size > MAX_FILE_BYTES) throw tooLarge(name === "-" ? "standard input" : name);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Wrong encodings are refused, not guessed: a mangled number is worse than an error. */
function decodeUtf8(raw: Buffer, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw).replace(/^\ufeff/, "");
  } catch {
    throw new ClaimcheckError("invalid-input", `${name}: not valid UTF-8 text (convert it to UTF-8 first)`);
  }
}

function prefixed(error: unknown, name: string): unknown {
  if (error instanceof ClaimcheckError) {
    const detail = error.fields.map((f) => `${f.field}: ${f.message}`).join("; ");
    return new ClaimcheckError(error.code, `${name}: ${detail || error.message}`, error.fields);
  }
  return error;
}
