/**
 * How many units of a currency one US dollar has bought, lowest and highest, from 1995 to 2026
 * (yearly averages and the extremes of crises, rounded outward; pegs as their band). Only
 * currencies that kept one unit through those years are listed: a currency redenominated or
 * in hyperinflation (the Turkish lira before 2005, the Ghanaian cedi before 2007, the Syrian,
 * Lebanese and Iranian currencies) gives no band, so its conversions are never judged.
 * Pre-euro currencies: their own years, 1995 to 2001; the rouble from its 1998 redenomination, the
 * hryvnia from its 1996 introduction (older roubles and karbovanets are not told apart).
 */
export const DOLLAR_RATES: Readonly<Record<string, readonly [number, number]>> = {
  USD: [1, 1],
  EUR: [0.63, 1.21], GBP: [0.47, 0.95], CHF: [0.72, 1.83], SEK: [5.8, 11.6], NOK: [4.9, 11.8], DKK: [4.6, 9.1],
  PLN: [2.0, 4.7], BGN: [1.2, 2.3], UAH: [1.7, 44], RUB: [5.9, 140],
  JPY: [75, 162], CNY: [6.0, 8.35], HKD: [7.7, 7.85], KRW: [880, 1500], SGD: [1.2, 1.86], MYR: [2.45, 4.8],
  IDR: [2200, 17000], PHP: [25, 59], THB: [24, 56], VND: [11000, 26500], INR: [31, 90], PKR: [31, 310],
  LKR: [54, 370], BDT: [40, 125], MNT: [440, 3600],
  AUD: [0.95, 2.1], NZD: [1.1, 2.55], CAD: [0.95, 1.62],
  ILS: [3.0, 5.1], EGP: [3.3, 51], SAR: [3.74, 3.76], AED: [3.67, 3.68], QAR: [3.64, 3.65], KWD: [0.27, 0.31],
  JOD: [0.7, 0.72], IQD: [1150, 1500],
  BRL: [0.9, 6.3], MXN: [6.1, 25], ZAR: [3.5, 19.5], NGN: [21, 1600], KES: [55, 162],
  FRF: [4.9, 7.6], ESP: [120, 195], NLG: [1.6, 2.55], FIM: [4.3, 6.9], DEM: [1.35, 2.3],
};

/** Signs several currencies write alike; a bare sign is read as any of them. */
export const SHARED_SIGNS: Readonly<Record<"$" | "¥", readonly string[]>> = {
  $: ["USD", "CAD", "AUD", "NZD", "HKD", "SGD"],
  "¥": ["JPY", "CNY"],
};
