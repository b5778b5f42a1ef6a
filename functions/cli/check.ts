import { z } from "zod";
import { ClaimcheckError, checkArticle, type Article, type Claim, type ClaimStore, type Finding } from "../../core/index.js";
import { loadConfig } from "../config.js";
import { parseCommandLine, publishedDate } from "./args.js";
import { readArticleFile } from "./article-file.js";
import { useColor } from "./color.js";
import { HELP } from "./help.js";
import { EXIT, type Command } from "./io.js";
import { fileProgress } from "./progress.js";
import { renderCheckReport } from "./report.js";
import { openCliStore } from "./store.js";

const options = {
  json: { type: "boolean" },
  fresh: { type: "boolean" },
  store: { type: "string" },
  published: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const schema = z.object({
  json: z.boolean().optional(),
  fresh: z.boolean().optional(),
  store: z.string().min(1).optional(),
  published: publishedDate.optional(),
  help: z.boolean().optional(),
});

/** `claimcheck check`: see HELP.check. */
export const check: Command = async (argv, io) => {
  const { values, files } = parseCommandLine(argv, options, schema);
  if (values.help) return io.stdout.write(HELP.check), EXIT.ok;
  if (files.length === 0) throw new ClaimcheckError("invalid-input", "check needs at least one FILE (see claimcheck check --help)");
  if (values.fresh && values.store) throw new ClaimcheckError("invalid-input", "--fresh and --store exclude each other");
  const config = loadConfig(io.env, { mode: "local" });
  // Read every file before touching the store, so a typo in the last file stores nothing.
  const articles: Article[] = [];
  for (const file of files) articles.push(await readArticleFile(file, { cwd: io.cwd, stdin: io.stdin, published: values.published }));

  const opened = await openCliStore(values, config, io.cwd);
  try {
    const checked: { article: Article; claims: Claim[] }[] = [];
    const findings = new Map<string, Finding>();
    const progress = fileProgress(io, articles.length);
    for (const article of articles) {
      const outcome = await checkArticle(article, { store: opened.store, now: () => new Date().toISOString() });
      checked.push({ article, claims: outcome.claims });
      for (const finding of outcome.findings) findings.set(finding.id, finding);
      progress.done(article.id);
    }
    progress.end();
    const all = [...findings.values()];
    if (values.json) {
      const payload = { articles: checked.map(({ article, claims }) => ({ ...withoutBody(article), claims })), findings: all };
      io.stdout.write(JSON.stringify(payload, null, 2) + "\n");
    } else {
      const others = await loadOthers(opened.store, all, checked);
      io.stdout.write(renderCheckReport({ checked, findings: all, others, color: useColor(io) }));
    }
    return all.some((f) => f.status === "open" && f.severity === "contradiction") ? EXIT.contradiction : EXIT.ok;
  } finally {
    await opened.close();
  }
};

function withoutBody(article: Article): Omit<Article, "body"> {
  const { body: _body, ...rest } = article;
  return rest;
}

/** Stored articles that findings point into, so the report can quote their passages too. */
async function loadOthers(store: ClaimStore, findings: Finding[], checked: { article: Article }[]) {
  const here = new Set(checked.map((c) => c.article.id));
  const ids = new Set(findings.flatMap((f) => f.claims.map((c) => c.articleId)).filter((id) => !here.has(id)));
  const others = new Map<string, { article: Article; claims: Claim[] }>();
  for (const id of ids) {
    const stored = await store.getArticle(id);
    if (stored) others.set(id, stored);
  }
  return others;
}
