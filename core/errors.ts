/**
 * Errors with a code. Rules that find nothing return nothing; these are for real failures
 * (bad input, a missing record, a store that is down). functions/http maps codes to HTTP
 * statuses in one place.
 */
export type ErrorCode =
  | "invalid-input"
  | "not-found"
  | "unauthorized"
  | "forbidden"
  | "payload-too-large"
  | "unsupported-media-type"
  | "bad-signature"
  | "conflict"
  | "rate-limited"
  | "store-unavailable"
  | "internal";

export interface FieldError {
  /** Dotted path of the field: "published", "data.body". */
  field: string;
  message: string;
}

/**
 * @example throw new ClaimcheckError("invalid-input", "body is empty", [{ field: "body", message: "must not be empty" }])
 */
export class ClaimcheckError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ClaimcheckError";
  }
}

export function isClaimcheckError(error: unknown): error is ClaimcheckError {
  return error instanceof ClaimcheckError;
}
