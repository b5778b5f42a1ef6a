/**
 * Outlets of the euro area, South Africa's government news agency, Pakistani and New Zealand
 * outlets (core/extract/quantities/data/outlets.ts): a bare "cents", "Rs" or "$" takes the
 * currency of where the story was written. Sentences from the issue 16 development sets of
 * session 10 (/work/notes/dev10-Q), quoted as published.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/extract/index.js";
import { localeOf } from "../../../core/extract/quantities/locale.js";

const units = (body: string, source?: string, url?: string) =>
  Object.fromEntries(extractClaims({ id: "t", body, source, url }).filter((c) => c.kind === "quantity").map((c) => [c.text, c.unit]));

// https://www.theportugalnews.com/news/2023-08-26/petrol-and-diesel-to-rise-in-price/80791
const PORTUGAL = "From Monday a litre of diesel is expected to increase by 2 cents and a litre of petrol is to go up in price by 1.5 cents according to a report by ECO.";

describe("outlets whose bare cents, Rs and $ are their own country's", () => {
  it("reads euro cents in an outlet of the euro area, by its name or its host", () => {
    expect(units(PORTUGAL, "The Portugal News")).toMatchObject({ "2 cents": "EUR", "1.5 cents": "EUR" });
    expect(units(PORTUGAL, undefined, "https://www.theportugalnews.com/news/2023-08-26/petrol-and-diesel-to-rise-in-price/80791")).toMatchObject({ "2 cents": "EUR" });
    expect(localeOf({ url: "https://www.irishtimes.com/business/economy/" })?.cent).toBe("EUR");
    expect(localeOf({ url: "https://www.thejournal.ie/petrol-prices/" })?.cent).toBe("EUR");
  });

  it("keeps US cents where no outlet is named or a global wire wrote the story", () => {
    expect(units(PORTUGAL)).toMatchObject({ "2 cents": "USD", "1.5 cents": "USD" });
    expect(units(PORTUGAL, "The Irish Times (Reuters)")).toMatchObject({ "2 cents": "USD" });
  });

  it("reads SAnews copy reprinted by allAfrica as South African", () => {
    // https://allafrica.com/stories/201904290822.html
    expect(units("The Maximum Retail Price for LPGAS will increase by 84 cents per kilogram.", "allAfrica (SAnews)", "https://allafrica.com/stories/201904290822.html"))
      .toMatchObject({ "84 cents": "ZAR" });
  });

  it("reads Rs in a Pakistani broadcaster's copy as the Pakistani rupee", () => {
    // https://24newshd.tv/28-Jul-2023/electric-shock-power-division-notifies-rs7-5-per-unit-increase-in-electricity-rates
    expect(units("The basic electricity tariff has surged by Rs 7.50 per unit, reaching Rs 42.72 per unit.", "24 News HD"))
      .toMatchObject({ "Rs 7.50": "PKR", "Rs 42.72": "PKR" });
    expect(units("The basic electricity tariff has surged by Rs 7.50 per unit, reaching Rs 42.72 per unit.")).toMatchObject({ "Rs 7.50": "INR" });
  });

  it("reads Scoop's $ as the New Zealand dollar, also when another site reprints it", () => {
    // https://ru24.pro/english/416677567 (Scoop)
    const body = "The total estimated cost to deliver the new bridge is expected to be between $64 and $69 million.";
    expect(Object.values(units(body, "ru24.pro (Scoop)"))).toEqual(["NZD"]);
    expect(Object.values(units(body))).toEqual(["USD"]);
  });
});
