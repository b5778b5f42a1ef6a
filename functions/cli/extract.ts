import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import { z } from "zod";
import { ClaimcheckError, extractClaims, type Article } from "../../core/index.js";
import { parseArticleInput } from "../schemas/article.js";
import { parseCommandLine, publishedDate } from "./args.js";
import { MAX_FILE_BYTES, readArticleFile } from "./article-file.js";
import { HELP } from "./help.js";
import { EXIT, type CliIo, type Command } from "./io.js";
import { count } from "./plural.js";
import { renderClaims } from "./report.js";

const options = {
  json: { type: "boolean" },
  jsonl: { type: "boolean" },
  published: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const schema = z.object({
  json: z.boolean().optional(),
  jsonl: z.boolean().optional(),
  published: publishedDate.optional(),
  help: z.boolean().optional(),
});

/** `claimcheck extract`: see HELP.extract. */
export const extract: Command = async (argv, io) => {
  const { values, files } = parseCommandLine(argv, options, schema);
  if (values.help) return io.stdout.write(HELP.extract), EXIT.ok;
  if (values.jsonl) {
    if (files.length > 0 || values.json) throw new ClaimcheckError("invalid-input", "--jsonl reads standard input and takes no FILE or --json");
    return extractStream(io, values.published);
  }
  if (files.length === 0) throw new ClaimcheckError("invalid-input", "extract needs at least one FILE, or --jsonl (see claimcheck extract --help)");
  const results = [];
  for (const file of files) {
    const article = await readArticleFile(file, { cwd: io.cwd, stdin: io.stdin, published: values.published });
    results.push({ article, claims: extractClaims(article) });
  }
  if (values.json) {
    const articles = results.map(({ article: { body: _body, ...rest }, claims }) => ({ ...rest, claims }));
    io.stdout.write(JSON.stringify({ articles }, null, 2) + "\n");
  } else {
    for (const { article, claims } of results) io.stdout.write(renderClaims(article, claims));
  }
  return EXIT.ok;
};

/**
 * One output line per input line, in order, as each is read: memory stays flat on inputs of
 * any size, and a slow reader of stdout slows us down instead of filling memory (drain).
 */
async function extractStream(io: CliIo, published: string | undefined): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let bad = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    const result = extractLine(line, lineNumber, published);
    if ("error" in result) bad++;
    await writeLine(io.stdout, JSON.stringify(result));
  }
  if (bad > 0) io.stderr.write(`claimcheck: ${count(bad, "input line")} could not be read (see ${bad === 1 ? "its" : "their"} "error")\n`);
  return bad > 0 ? EXIT.usage : EXIT.ok;
}

function extractLine(line: string, lineNumber: number, published: string | undefined): { id: string | null; claims: unknown[] } | { id: string | null; error: string } {
  if (Buffer.byteLength(line) > MAX_FILE_BYTES) return { id: null, error: `line ${lineNumber}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, the API's limit for one article` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${lineNumber}: not valid JSON` };
  }
  const id = typeof (value as { id?: unknown })?.id === "string" ? (value as { id: string }).id : null;
  let article: Article;
  try {
    const given = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    article = parseArticleInput(given && published && given["published"] === undefined ? { ...given, published } : value);
  } catch (error) {
    const fields = error instanceof ClaimcheckError ? error.fields.map((f) => `${f.field}: ${f.message}`).join("; ") : "";
    return { id, error: `line ${lineNumber}: ${fields || (error as Error).message}` };
  }
  return { id: article.id, claims: extractClaims(article) };
}

async function writeLine(out: Writable, text: string): Promise<void> {
  if (!out.write(text + "\n")) await once(out, "drain");
}
