import type { Article, Claim, Finding } from "../../core/index.js";
import { describeValue, quotePassage } from "./passage.js";
import { count } from "./plural.js";

export interface ReportInput {
  /** In the order they were checked. */
  checked: { article: Article; claims: Claim[] }[];
  findings: Finding[];
  /** Bodies of stored articles that findings point into, by id (for cross-article passages). */
  others: Map<string, { article: Article; claims: Claim[] }>;
  color: boolean;
}

const SEVERITY_ORDER = { contradiction: 0, discrepancy: 1, note: 2 } as const;
const SYMBOL = { contradiction: "✗", discrepancy: "!", note: "·" } as const;

/**
 * The human report of `claimcheck check`: grouped by article, each finding with the sentence
 * quoted and the claim marked, then the explanation.
 * @example process.stdout.write(renderCheckReport({ checked, findings, others: new Map(), color: false }))
 */
export function renderCheckReport(input: ReportInput): string {
  const style = styles(input.color);
  const lines: string[] = [summaryLine(input)];
  const order = new Map(input.checked.map(({ article }, index) => [article.id, index]));
  for (const { article, claims } of input.checked) {
    const own = input.findings
      .filter((f) => f.status === "open" && foundWhileChecking(f, order) === article.id)
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    lines.push("", style.bold(`${article.id}${article.title ? ` — ${article.title}` : ""}`));
    lines.push(`  ${[article.source, article.published].filter(Boolean).join(", ") || "no outlet or date given"} · ${count(claims.length, "claim")} · ${own.length ? count(own.length, "finding") : "no findings"}`);
    for (const finding of own) lines.push(...renderFinding(finding, input, style));
  }
  return lines.join("\n") + "\n";
}

/**
 * A finding is listed under the last article of this run it involves: checking that one is what
 * found it ("3.6 million" in the 2024 story against the 2020 story checked before it).
 */
function foundWhileChecking(finding: Finding, order: Map<string, number>): string | undefined {
  let last: string | undefined;
  for (const ref of finding.claims) {
    if ((order.get(ref.articleId) ?? -1) > (order.get(last ?? "") ?? -1)) last = ref.articleId;
  }
  return last;
}

function summaryLine(input: ReportInput): string {
  const open = input.findings.filter((f) => f.status === "open");
  const of = (s: Finding["severity"]) => open.filter((f) => f.severity === s).length;
  const claims = input.checked.reduce((n, c) => n + c.claims.length, 0);
  return `claimcheck: ${count(input.checked.length, "article")}, ${count(claims, "claim")}, ` +
    `${count(of("contradiction"), "contradiction")}, ${count(of("discrepancy"), "discrepancy", "discrepancies")}, ${count(of("note"), "note")}`;
}

function renderFinding(finding: Finding, input: ReportInput, style: Styles): string[] {
  const head = `  ${SYMBOL[finding.severity]} ${style.severity(finding.severity)} · ${finding.kind}`;
  const byArticle = new Map<string, typeof finding.claims>();
  for (const ref of finding.claims) byArticle.set(ref.articleId, [...(byArticle.get(ref.articleId) ?? []), ref]);
  const passages: string[] = [];
  for (const [articleId, refs] of byArticle) {
    const known = input.checked.find((c) => c.article.id === articleId) ?? input.others.get(articleId);
    const label = byArticle.size > 1 ? `${articleId}: ` : "";
    if (!known) {
      passages.push(`    ${label}${refs.map((r) => `"${r.text}"`).join(", ")}`);
      continue;
    }
    const sentence = known.claims.find((c) => c.id === refs[0]!.claimId)?.sentence;
    passages.push(`    ${label}"${quotePassage(known.article.body, refs, sentence, style.mark)}"`);
  }
  return [head, ...passages, `    ${finding.explanation}`];
}

/** One line per claim for `claimcheck extract`. */
export function renderClaims(article: Article, claims: Claim[]): string {
  const lines = [`${article.id}${article.published ? ` (${article.published})` : ""}: ${count(claims.length, "claim")}`];
  for (const claim of claims) {
    const qualifier = claim.qualifier === "exact" ? "" : ` ${claim.qualifierText ?? claim.qualifier}`;
    const subject = claim.subject ? ` · ${claim.subject.key}` : "";
    const modality = claim.modality === "asserted" ? "" : ` · ${claim.modality}`;
    lines.push(`  ${String(claim.start).padStart(6)}  ${claim.kind.padEnd(8)} "${claim.text}" = ${describeValue(claim)}${qualifier}${subject}${modality}`);
  }
  return lines.join("\n") + "\n";
}

interface Styles {
  bold: (s: string) => string;
  mark: (s: string) => string;
  severity: (s: Finding["severity"]) => string;
}

function styles(color: boolean): Styles {
  if (!color) return { bold: (s) => s, mark: (s) => `[${s}]`, severity: (s) => s };
  const wrap = (code: string) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
  const tone = { contradiction: wrap("1;31"), discrepancy: wrap("1;33"), note: wrap("2") };
  return { bold: wrap("1"), mark: wrap("4;1"), severity: (s) => tone[s](s) };
}
