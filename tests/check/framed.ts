import type { Claim, Frame } from "../../core/index.js";

/** Claims with hand-made frames, as extraction gives them (see /work/notes/frame-semantics.md). */
export function framed(articleId: string, value: number, frame: Frame, asOf: string, extra: Partial<Claim> = {}): Claim {
  return {
    id: `${articleId}-${value}`, articleId, kind: "quantity", text: String(value), start: 0, end: String(value).length, value,
    unit: "person", dimension: "count", qualifier: "exact", modality: "asserted", rules: [], asOf,
    subject: { key: frame.measure.id, text: frame.measure.text, head: frame.measure.id, frame }, ...extra,
  };
}
