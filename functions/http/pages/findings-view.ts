import { html } from "hono/html";
import type { Finding, FindingKind, FindingQuery, FindingStatus, Severity } from "../../../core/index.js";
import { FINDING_KINDS as KINDS, FINDING_STATUSES as STATUSES, SEVERITIES } from "../../schemas/index.js";
import { findingCard } from "./finding-card.js";
import { PAGE, page, type Markup } from "./layout.js";
import type { Source } from "./passages.js";
import type { Session } from "./session.js";


/** The list's filters as the GET form sends them. */
export interface FindingFilters {
  status: FindingStatus;
  severity?: Severity;
  kind?: FindingKind;
  cursor?: string;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return allowed.find((a) => a === value);
}

/**
 * The filters from the query string. Lenient on purpose: an empty select ("any") or a stale
 * value just means no filter, where the JSON API would answer 400.
 * @example filtersFrom({ severity: "note", kind: "" }) // { status: "open", severity: "note" }
 */
export function filtersFrom(query: Record<string, string>): FindingFilters {
  const cursor = query.cursor && query.cursor.length <= 2000 ? query.cursor : undefined;
  return {
    status: oneOf(STATUSES, query.status) ?? "open",
    severity: oneOf(SEVERITIES, query.severity),
    kind: oneOf(KINDS, query.kind),
    ...(cursor ? { cursor } : {}),
  };
}

/** @example store.listFindings(findingQuery(filters)) */
export function findingQuery(filters: FindingFilters, limit = 25): FindingQuery {
  return { ...filters, limit };
}

function select<T extends string>(name: string, label: string, options: readonly T[], chosen: T | undefined, any?: string): Markup {
  return html`<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}">
${any ? html`<option value="">${any}</option>` : ""}${options.map((o) => html`<option value="${o}" ${o === chosen ? "selected" : ""}>${o}</option>`)}
</select></div>`;
}

function nextPageLink(filters: FindingFilters, cursor: string | undefined): Markup | "" {
  if (!cursor) return "";
  const query = new URLSearchParams({ status: filters.status, ...(filters.severity ? { severity: filters.severity } : {}), ...(filters.kind ? { kind: filters.kind } : {}), cursor });
  return html`<p class="pager"><a href="${PAGE.findings}?${query.toString()}">Older findings →</a></p>`;
}

/**
 * The findings list, newest first, with its filter form and each finding's passages.
 * @example c.html(findingsPage({ findings, cursor, filters, sources, session, back }))
 */
export function findingsPage(o: {
  findings: Finding[]; cursor?: string; filters: FindingFilters; sources: ReadonlyMap<string, Source | null>; session: Session; back: string;
}): Markup {
  const { filters } = o;
  const cards = o.findings.map((f) => findingCard(f, { sources: o.sources, session: o.session, back: o.back }));
  const body = html`<h1>${filters.status === "open" ? "Open findings" : `Findings: ${filters.status}`}</h1>
<form class="filters" method="get" action="${PAGE.findings}" aria-label="Filter findings">
${select("status", "Status", STATUSES, filters.status)}${select("severity", "Severity", SEVERITIES, filters.severity, "any severity")}${select("kind", "Kind", KINDS, filters.kind, "any kind")}
<button type="submit">Filter</button></form>
${cards.length > 0 ? html`<ol class="findings">${cards}</ol>` : html`<p>No ${filters.status} findings match.</p>`}
${nextPageLink(filters, o.cursor)}`;
  return page({ title: "Findings", session: o.session, body });
}
