/**
 * A capital glued to a small number is as often a road, a route or a grade as money ("the N1",
 * "R21 highway"): the currency-letter readers (letter-money.ts, local-signs.ts) skip those.
 */
const ROAD_BEFORE = /(?:^|[^A-Za-z])(?:on|via|along|off|onto|the)[ \t]{1,2}$/i;
/** "the R350 grant", "the R2 fee": after "the", a word that a price qualifies keeps the amount money. */
const PRICED_AFTER = /^[ \t]{1,2}(?:grants?|fees?|levy|levies|fines?|bills?|payments?|prices?|tariffs?|deals?|budgets?|loans?|bail|bailout|package|fund|increase|hike|cut|discount|rebate|subsidy|allowance|wage|salary|per|a|an|each)(?![A-Za-z])/i;
const ROAD_AFTER = /^[ \t]{1,2}(?:highway|road|freeway|motorway|route|toll|tollgate|interchange|off-ramp|on-ramp|bridge|northbound|southbound|eastbound|westbound|near|between|masks?|respirators?)(?![A-Za-z])/i;
const PLAIN_AMOUNT = /^\d{1,3}(?![\d,]|\.\d)/;

/**
 * Whether the letter at `signStart` with the number at `numberStart` names a road, not money: a
 * whole number of one to three digits after "the", "on", "via", or before "road", "highway".
 * @example isRoadNumber("a crash on the N1 near Pretoria", 15, 16) // true
 */
export function isRoadNumber(text: string, signStart: number, numberStart: number): boolean {
  const plain = PLAIN_AMOUNT.exec(text.slice(numberStart, numberStart + 8));
  if (!plain) return false;
  const end = numberStart + plain[0].length;
  const after = text.slice(end, end + 16);
  return ROAD_AFTER.test(after) || (ROAD_BEFORE.test(text.slice(Math.max(0, signStart - 16), signStart)) && !PRICED_AFTER.test(after));
}

