import { readFile } from "node:fs/promises";
import { extname, basename, resolve } from "node:path";
import type { Readable } from "node:stream";
import { articleIdFor, ClaimcheckError, htmlToText, looksLikeHtml, readFrontMatter, type Article } from "../../core/index.js";
import { parseArticleInput } from "../schemas/article.js";

/**
 * Reads one article named on the command line: .txt/.md with optional front matter, .html,
 * .json in the POST body shape, or "-" for stdin (format sniffed from the content).
 * `published` is the default date for an article that does not state its own.
 * @example await readArticleFile("examples/001.txt", { cwd: process.cwd(), stdin: process.stdin })
 */
export async function readArticleFile(
  name: string,
  context: { cwd: string; stdin: Readable; published?: string },
): Promise<Article> {
  const raw = name === "-" ? await readAll(context.stdin) : await readNamedFile(resolve(context.cwd, name), name);
  const text = decodeUtf8(raw, name);
  const kind = name === "-" ? sniff(text) : kindOf(name);
  const article = toArticle(text, kind, name);
  if (!article.published && context.published) article.published = context.published;
  if (!article.body.trim()) throw new ClaimcheckError("invalid-input", `${name}: the article has no text`);
  return article;
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

function toArticle(text: string, kind: FileKind, name: string): Article {
  if (kind === "json") {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ClaimcheckError("invalid-input", `${name}: not valid JSON (${(error as Error).message})`);
    }
    try {
      return parseArticleInput(value);
    } catch (error) {
      throw prefixed(error, name);
    }
  }
  const { fields, body } = readFrontMatter(text);
  const title = fields.title ?? (kind === "html" ? htmlTitle(body) : undefined);
  const plain = kind === "html" ? htmlToText(body) : body;
  const id = fields.id ?? (fields.url ? undefined : basename(name, extname(name)));
  const article = { ...fields, ...(title ? { title } : {}), body: plain };
  return { ...article, id: articleIdFor({ ...article, id: name === "-" ? fields.id : id }) };
}

function htmlTitle(html: string): string | undefined {
  const match = /<title[^>]{0,200}>([^<]{1,500})<\/title>/i.exec(html);
  return match ? htmlToText(match[1]!) : undefined;
}

async function readNamedFile(path: string, name: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new ClaimcheckError("invalid-input", `${name}: ${why}`);
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
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
