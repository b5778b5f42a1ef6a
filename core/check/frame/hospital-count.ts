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
 * Whether one of two counts of the hurt is a count of those taken to hospital: its sentence says
 * so and the other's does not. Smaller, it is the share of the injured taken there; larger ("15
 * people were killed and 27 injured ... 37 people were brought to the hospital", Dawn on the
 * Chamkani mosque bombing, Peshawar, June 2013), it counts the dead brought in too: either way another count.
 * @example hospitalShare(tenTakenToHospital, thirteenInjured, body) // true
 */
export function hospitalShare(a: Claim, b: Claim, body: string): boolean {
  if (typeof a.value !== "number" || typeof b.value !== "number" || a.value === b.value) return false;
  const [small, large] = a.value < b.value ? [a, b] : [b, a];
  const hurt = (claim: Claim) => (claim.subject?.frame?.measure.id ?? "").split(".")[0] === "injured";
  const taken = (claim: Claim) => TAKEN_TO_HOSPITAL.test(sentenceOf(claim, body));
  if (hurt(small) && taken(small) && !taken(large)) return true;
  // The larger only by its own clause: "At least 223 people were injured ...; all have been taken
  // to Bangkok hospitals" is the count of the injured, told where they went.
  const ownClause = (claim: Claim) => body.slice(claim.end, claim.sentence?.end ?? claim.end).split(/[;.:]/u)[0] ?? "";
  return hurt(large) && TAKEN_TO_HOSPITAL.test(ownClause(large)) && !taken(small);
}
