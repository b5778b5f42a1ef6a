/**
 * Recognizers-Text unit names -> claimcheck unit ids, with the factor that turns their value
 * into ours ("50 cents" is 0.5 USD to us). A name missing here is a unit outside our table:
 * the case is skipped with that reason, never counted as a pass.
 */
export const UNIT_NAMES: Record<string, { id: string; factor?: number; alternatives?: string[] }> = {
  // Dimension
  Mile: { id: "mi" }, Kilometer: { id: "km" }, Meter: { id: "m" }, Centimeter: { id: "cm" }, Millimeter: { id: "mm" },
  Foot: { id: "ft" }, Inch: { id: "in" }, Yard: { id: "yd" }, "Nautical mile": { id: "nmi" },
  "Square kilometer": { id: "km2" }, "Square mile": { id: "mi2" }, "Square meter": { id: "m2" }, "Square foot": { id: "ft2" },
  "Square yard": { id: "yd2" }, Hectare: { id: "ha" }, Acre: { id: "acre" },
  Liter: { id: "l" }, Milliliter: { id: "ml" }, "Cubic meter": { id: "m3" }, "Cubic foot": { id: "ft3" }, Gallon: { id: "gal" }, Barrel: { id: "bbl" },
  Kilogram: { id: "kg" }, Gram: { id: "g" }, Pound: { id: "lb", alternatives: ["GBP"] }, Ounce: { id: "oz" },
  // The spec's "Ton" is both "three-ton" and "100t": short or metric, the text decides.
  Ton: { id: "ton", alternatives: ["t"] }, "Metric ton": { id: "t" }, Stone: { id: "st" },
  "Mile per hour": { id: "mph" }, "Kilometer per hour": { id: "kmh" }, Knot: { id: "kn" }, "Meter per second": { id: "mps" },
  // Temperature
  C: { id: "C" }, F: { id: "F" }, K: { id: "K" }, Degree: { id: "deg" },
  // Currency
  Dollar: { id: "USD" }, "United States dollar": { id: "USD" }, "Canadian dollar": { id: "CAD" }, "Australian dollar": { id: "AUD" },
  "Hong Kong dollar": { id: "HKD" }, "New Zealand dollar": { id: "NZD" }, Euro: { id: "EUR" }, "British pound": { id: "GBP" },
  "Japanese yen": { id: "JPY" }, "Chinese yuan": { id: "CNY" }, "Swiss franc": { id: "CHF" }, Franc: { id: "FRF" },
  "Finnish markka": { id: "FIM" }, Peseta: { id: "ESP" }, "Netherlands guilder": { id: "NLG" }, "Turkish lira": { id: "TRY" },
  Rupee: { id: "INR" }, "Indian rupee": { id: "INR" }, "Mexican peso": { id: "MXN" }, Bitcoin: { id: "BTC" },
  Cent: { id: "USD", factor: 0.01 }, Pence: { id: "GBP", factor: 0.01 }, Penny: { id: "GBP", factor: 0.01 },
};

/**
 * Pound is money in the currency file, mass in the dimension file; Degree is a temperature in
 * the temperature file and an angle (not in our table) in the dimension file.
 */
export function unitFor(specUnit: string, file: "currency" | "dimension" | "other"): { ids: string[]; factor: number } | null {
  const entry = UNIT_NAMES[specUnit];
  if (!entry || (specUnit === "Degree" && file === "dimension")) return null;
  if (specUnit === "Pound") return { ids: [file === "currency" ? "GBP" : "lb"], factor: 1 };
  return { ids: [entry.id, ...(entry.alternatives ?? [])], factor: entry.factor ?? 1 };
}
