import type { Claim } from "../../model.js";

/** Right after a toll, in its clause: the attackers are counted in it ("fifty people died, including the gunman"). */
const WITH_ATTACKERS = /^[^.;]{0,60}?\b(?:including|among\s+them|counting)\s+(?:the\s+|five\s+|two\s+|three\s+|\d+\s+)?(?:gunm[ae]n|attackers?|shooters?|bombers?|assailants?|perpetrators?|militants?|terrorists?|hijackers?)\b/iu;

/**
 * A toll this report says counts the attackers ("fifty people died, including the gunman") is
 * another count than a toll of the victims (49): the two differ by the attackers, not by an
 * error. Read on the report being checked (its body is at hand); a toll of the dead only.
 */
export function countsAttackers(claim: Claim, body: string): boolean {
  if (!(claim.subject?.frame?.measure.id ?? "").startsWith("killed") || !Number.isFinite(claim.end)) return false;
  return WITH_ATTACKERS.test(body.slice(claim.end, claim.end + 120));
}
