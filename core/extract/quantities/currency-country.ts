import { getUnit } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";

/**
 * "Rs" and "rupees" are written the same in India, Pakistan and Sri Lanka; the reader's default
 * is the Indian rupee. A story that names one of the other countries (its name, people or
 * capital) and never India is in that country's rupee: "Pakistan has increased the petrol
 * price by Rs 35 per litre".
 */
const COUNTRIES: Array<[currency: string, names: RegExp]> = [
  // Also the code written elsewhere in the story, and Pakistan's fuel-price regulator (OGRA) and central bank (SBP).
  ["PKR", /\b(?:Pakistan|Pakistani|Pakistanis|Islamabad|Karachi|Lahore|Rawalpindi|Peshawar|Quetta|PKR|OGRA|SBP)\b/],
  // Also the island's old name in its institutions' names ("Ceylon Petroleum Corporation", "Bank of Ceylon") and its central bank (CBSL).
  ["LKR", /\b(?:Sri Lanka|Sri Lankan|Sri Lankans|Colombo|LKR|Ceylon|CEYPETCO|CBSL)\b/],
];
const INDIA = /\b(?:India|Indian|Indians|New Delhi|Delhi|Mumbai|Bengaluru|Bangalore|Kolkata|Chennai|Hyderabad|Sensex|Nifty)\b/;
/** The writer named the currency: nothing to decide. */
const NAMED = /\bindian\b|₹|\bINR\b|\bPKR\b|\bLKR\b|pakistani|sri lankan/i;

/** The one rupee country the text names (India first), or null when it names none or several. */
function rupeeCountry(text: string): string | null {
  if (INDIA.test(text)) return "INR";
  const named = COUNTRIES.filter(([, names]) => names.test(text));
  return named.length === 1 ? named[0]![0] : null;
}

/**
 * Re-reads the rupee amounts of a text that names Pakistan or Sri Lanka and not India (one that
 * names India keeps INR, marked so the outlet's convention does not override it). The text is
 * searched once, and only when a rupee amount is there.
 * @example "In Karachi, petrol now costs Rs 250" // Rs 250 is PKR
 */
export function rupeesByCountry(text: string, live: Candidate[]): void {
  let country: string | null | undefined;
  for (const c of live) {
    if (c.dropped || c.unit?.id !== "INR" || NAMED.test(text.slice(c.start, c.end))) continue;
    country ??= rupeeCountry(text);
    // No country named: the outlet may still say (locale.ts), so the rupee is left unmarked.
    const unit = country ? getUnit(country) : undefined;
    if (!unit) return;
    c.unit = unit;
    mark(c, "currency-country");
  }
}
