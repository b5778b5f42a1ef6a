/**
 * Currencies whose hundredth English-language papers call a cent: "42 cents" in a story priced in
 * one of these is that currency's cents ("up by 85c to R16.20" is rand). Pence, paise, kobo,
 * pesewas and sen have names of their own (core/units/money.ts SUBUNITS). Malaysian papers write
 * "30 cents" for sen too (tests/corpus/news-quantities README).
 */
export const CENT_CURRENCIES = [
  "USD", "EUR", "AUD", "NZD", "CAD", "ZAR", "KES", "TZS", "UGX", "SGD", "HKD", "MYR", "TTD", "JMD", "NAD", "BBD", "BSD", "FJD",
  "LKR", "MUR", "SCR", "TWD", "BND", "XCD", "LRD", "SBD",
];
