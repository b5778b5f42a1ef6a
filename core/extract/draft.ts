import type { Modality, Subject } from "../model.js";
import type { Mention } from "./mention.js";
import type { Span } from "./span.js";

/** A mention on its way to becoming a claim: the pipeline's refiners fill these fields in. */
export interface Draft {
  mention: Mention;
  sentence: Span;
  /**
   * The part of the sentence refiners read: the sentence, cut to a few hundred characters
   * around the mention so that a 1 MB "sentence" of digits or soup costs the same per mention
   * as a real one.
   */
  window: Span;
  subject?: Subject;
  modality: Modality;
  asOf?: string;
  /** Refiner rules that shaped it, in pipeline order; the mention's own rules come first. */
  rules: string[];
}
