import type { Claim } from "../../model.js";
import { FORECAST_BEFORE } from "../data/forecast.js";

/**
 * A figure told as what a count is expected to come to ("Vice Premier Hui Liangyu said ... the
 * death toll ... is estimated to exceed 80,000", Xinhua on the Sichuan earthquake, June 2008) is
 * a forecast, and the count the same report gives as it stands ("The death toll ... stood at
 * 69,181 as of Monday noon") no rival of it.
 */

/** Whether the words of its clause just before a figure's number tell it as a forecast (the claim's words may hold the verb: "exceed 80,000"). */
export function forecast(claim: Claim, body: string): boolean {
  if (!Number.isFinite(claim.start)) return false;
  const from = Math.max(claim.sentence?.start ?? 0, claim.start - 80);
  const number = claim.text.search(/\d/u);
  return FORECAST_BEFORE.test(body.slice(from, claim.start + Math.max(0, number)));
}

/**
 * Whether one of two figures is a forecast and the other is not.
 * @example forecastBeside(exceed80000, stoodAt69181, body) // true
 */
export function forecastBeside(a: Claim, b: Claim, body: string): boolean {
  return forecast(a, body) !== forecast(b, body);
}
