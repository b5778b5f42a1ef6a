import * as v from "valibot";
import type { ClaimKind, Dimension, FindingKind, FindingStatus, Modality, Qualifier, Severity } from "../../core/index.js";

/**
 * The vocabulary's enums as values, each written once: the API's query and body schemas, the
 * stored-record schemas, the OpenAPI document and the pages read them from here. core/model.ts
 * keeps the types (core has no runtime dependency on valibot); `exactly` below makes the
 * compiler fail when a list here and a type there disagree in either direction.
 */
export const CLAIM_KINDS = ["quantity", "percent", "date", "duration"] as const;
export const QUALIFIERS = ["exact", "approx", "atLeast", "atMost", "range"] as const;
export const MODALITIES = ["asserted", "hypothetical", "quoted", "negated"] as const;
export const DIMENSIONS = [
  "length", "area", "volume", "mass", "speed", "fuelEconomy", "temperature", "money", "time", "count", "ratio", "date", "pressure", "energy",
] as const;
export const FINDING_KINDS = ["conversion-mismatch", "internal-conflict", "cross-article-conflict", "date-conflict", "arithmetic"] as const;
export const SEVERITIES = ["contradiction", "discrepancy", "note"] as const;
export const FINDING_STATUSES = ["open", "dismissed", "resolved"] as const;

/** True only when A and B are the same union; a missing or extra member is a type error below. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const exactly = <T extends true>(_: T): void => undefined;
exactly<Same<(typeof CLAIM_KINDS)[number], ClaimKind>>(true);
exactly<Same<(typeof QUALIFIERS)[number], Qualifier>>(true);
exactly<Same<(typeof MODALITIES)[number], Modality>>(true);
exactly<Same<(typeof DIMENSIONS)[number], Dimension>>(true);
exactly<Same<(typeof FINDING_KINDS)[number], FindingKind>>(true);
exactly<Same<(typeof SEVERITIES)[number], Severity>>(true);
exactly<Same<(typeof FINDING_STATUSES)[number], FindingStatus>>(true);

/** @example v.parse(severitySchema, "note") */
export const claimKindSchema = v.picklist(CLAIM_KINDS);
export const qualifierSchema = v.picklist(QUALIFIERS);
export const modalitySchema = v.picklist(MODALITIES);
export const dimensionSchema = v.picklist(DIMENSIONS);
export const findingKindSchema = v.picklist(FINDING_KINDS);
export const severitySchema = v.picklist(SEVERITIES);
export const findingStatusSchema = v.picklist(FINDING_STATUSES);
