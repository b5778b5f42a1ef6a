import type { Claim } from "../../model.js";
import { sentenceOf } from "../context.js";
import { TAKEN_TO_HOSPITAL } from "../data/counted-where.js";

/**
 * The injured taken to hospital are a part of the injured: "left six people dead and 13 others
 * injured ... Ten people, including five who were critically injured, were taken to a nearby
 * hospital ... Three of the victims took themselves to the hospital" (Xinhua on the Alpine Motel
 * fire, Las Vegas, 2019). A smaller count of the hurt told as taken to or treated in hospital is
 * that share, not a rival count of the injured.
 */

/**
 * Whether the smaller of two counts of the hurt is the share taken to hospital: its sentence says
 * so and the larger's does not.
 * @example hospitalShare(tenTakenToHospital, thirteenInjured, body) // true
 */
export function hospitalShare(a: Claim, b: Claim, body: string): boolean {
  if (typeof a.value !== "number" || typeof b.value !== "number" || a.value === b.value) return false;
  const [small, large] = a.value < b.value ? [a, b] : [b, a];
  if ((small.subject?.frame?.measure.id ?? "").split(".")[0] !== "injured") return false;
  return TAKEN_TO_HOSPITAL.test(sentenceOf(small, body)) && !TAKEN_TO_HOSPITAL.test(sentenceOf(large, body));
}
