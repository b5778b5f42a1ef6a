import { sameNumber, specNumber, type NumberSpecCase, type NumberSpecResult } from "./specs.js";
import { unitFor } from "./unit-names.js";

/** What our side produced for a case, in the spec's terms. */
export interface Produced {
  text: string;
  value?: number;
  unit?: string;
  low?: number;
  high?: number;
}

export type Verdict =
  | { outcome: "pass" }
  | { outcome: "fail"; expected: string[]; got: string[] }
  | { outcome: "skip"; reason: string };

export type Model = "number" | "percent" | "range" | "dimension" | "temperature" | "currency";

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The mention's words without its qualifier ("about $ 14 million" -> "$ 14 million"): the
 * unit models put qualifiers outside the span, we put them inside (DESIGN: claim spans carry them).
 */
export function coreText(text: string, m: { start: number; end: number; qualifier: string; qualifierText?: string }): string {
  let t = text.slice(m.start, m.end);
  const q = m.qualifierText;
  if (q && m.qualifier !== "range" && t.toLowerCase().startsWith(q.toLowerCase())) t = t.slice(q.length).trimStart();
  else if (q && t.toLowerCase().endsWith(q.toLowerCase())) t = t.slice(0, t.length - q.length).replace(/[\s,-]+$/, "");
  return t;
}

/** "[20,30)" -> {low 20, high 30}; "(,100]" -> {high 100}. Open and closed ends are not told apart (a Claim has no such flag). */
function parseInterval(value: string): { low?: number; high?: number } {
  const m = /^[[(]([^,]*),([^)\]]*)[)\]]$/.exec(value);
  if (!m) return {};
  const out: { low?: number; high?: number } = {};
  if (m[1]) out.low = Number(m[1]);
  if (m[2]) out.high = Number(m[2]);
  return out;
}

function matches(model: Model, e: NumberSpecResult, p: Produced): boolean {
  if (norm(e.Text) !== norm(p.text)) return false;
  const r = e.Resolution ?? {};
  if (model === "range") {
    const want = parseInterval(r.value ?? "");
    const eq = (a?: number, b?: number) => (a === undefined ? b === undefined : b !== undefined && sameNumber(a, b));
    return eq(want.low, p.low) && eq(want.high, p.high);
  }
  const value = specNumber(r.value);
  if (model === "number" || model === "percent") return value !== null && p.value !== undefined && sameNumber(value, p.value);
  const unit = unitFor(r.unit ?? "", fileKind(model));
  if (!unit || value === null || p.value === undefined || !p.unit) return false;
  return unit.ids.includes(p.unit) && sameNumber(value * unit.factor, p.value);
}

function fileKind(model: Model): "currency" | "dimension" | "other" {
  return model === "currency" || model === "dimension" ? model : "other";
}

/** Why a case cannot be judged against our scope, or null to judge it. */
export function skipReason(model: Model, spec: NumberSpecCase): string | null {
  if (model === "dimension" || model === "temperature" || model === "currency") {
    for (const r of spec.Results) {
      if (!unitFor(r.Resolution?.unit ?? "", fileKind(model))) {
        return `unit outside claimcheck's unit table (${r.Resolution?.unit ?? "none"}): not a newsroom measure`;
      }
    }
  }
  return null;
}

/**
 * A case passes when every expected result is produced (same words, value and unit) and nothing
 * else of the model's kind is. A result with no value (a unit named without a number, "percentage"
 * alone) is not a claim: it is left out of what is expected.
 */
export function judge(model: Model, spec: NumberSpecCase, produced: Produced[]): Verdict {
  const reason = skipReason(model, spec);
  if (reason) return { outcome: "skip", reason };
  const expected = spec.Results.filter((r) => model === "range" || r.Resolution?.value !== null && r.Resolution?.value !== undefined && r.Resolution.value !== "null");
  const used = new Set<number>();
  let ok = true;
  for (const e of expected) {
    const k = produced.findIndex((p, i) => !used.has(i) && matches(model, e, p));
    if (k < 0) ok = false;
    else used.add(k);
  }
  if (ok && used.size === produced.length) return { outcome: "pass" };
  return {
    outcome: "fail",
    expected: expected.map((e) => `${e.Text} = ${e.Resolution?.value ?? ""} ${e.Resolution?.unit ?? ""}`.trim()),
    got: produced.map((p) => `${p.text} = ${p.low !== undefined || p.high !== undefined ? `[${p.low ?? ""},${p.high ?? ""}]` : p.value ?? ""} ${p.unit ?? ""}`.trim()),
  };
}
