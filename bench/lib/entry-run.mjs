/**
 * A check-corpus entry run as the corpus runner (tests/check/corpus-runner.ts) runs it: each
 * article checked against the claims of the ones before it that the claim index hands over
 * (relatedByIndex), keeping every article's claims for the trace tools of bench/profile.
 * `build`: the build's extractClaims, checkClaims and relatedByIndex.
 * @example const { reports, findings } = runAsCorpus(entry, await load("index.js"))
 */
export function runAsCorpus(entry, { extractClaims, checkClaims, relatedByIndex }) {
  const reports = [];
  const findings = [];
  for (const article of entry.articles) {
    const claims = extractClaims(article);
    const related = reports.map(({ summary, claims: theirs }) => ({ summary, claims: relatedByIndex(claims, theirs) })).filter((r) => r.claims.length > 0);
    findings.push(...checkClaims({ article, claims, related: { claims: related.flatMap((r) => r.claims), articles: related.map((r) => r.summary) } }));
    const { body: _body, ...summary } = article;
    reports.push({ article, summary, claims });
  }
  return { reports, findings };
}
