import type { Article } from "../../core/model.js";
import { checkInOrder } from "./in-order.js";

/** The date conflicts of the articles checked in order (in-order.ts), each as its claims' texts. */
export function dateConflicts(...docs: Article[]): string[] {
  return checkInOrder(...docs).filter((f) => f.kind === "date-conflict").map((f) => f.claims.map((c) => c.text).sort().join(" | "));
}
