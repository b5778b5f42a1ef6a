/**
 * The outlet's conventions (core/extract/quantities/locale.ts): a bare "$", "c", "Rs" or "tons"
 * is re-read by where the article was written, through extractClaims as a user receives it.
 * The sentences and outlets here are not those of the news-quantities sets the rule was tuned on.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/extract/index.js";
import { localeOf } from "../../../core/extract/quantities/locale.js";

const units = (body: string, source?: string, url?: string) =>
  Object.fromEntries(extractClaims({ id: "t", body, source, url }).filter((c) => c.kind === "quantity").map((c) => [c.text, c.unit]));

describe("the outlet's conventions for bare currency signs and tons", () => {
  it("reads the outlet from its name, its host, or the wire it reprints", () => {
    expect(localeOf({ source: "The Sydney Morning Herald" })?.dollar).toBe("AUD");
    expect(localeOf({ url: "https://www.nzherald.co.nz/business/story" })?.dollar).toBe("NZD");
    expect(localeOf({ source: "Winnipeg Free Press (The Canadian Press)" })?.dollar).toBe("CAD");
    expect(localeOf({ source: "Canberra Times (Reuters)" })?.dollar).toBeUndefined();
    expect(localeOf({ source: "Dawn" })?.rupee).toBe("PKR");
    expect(localeOf({ source: "The Straits Times (via Yahoo)" })?.dollar).toBe("SGD");
    expect(localeOf({ source: "Local Gazette", url: "https://example.com/a" })).toBeUndefined();
    expect(localeOf({})).toBeUndefined();
  });

  it("gives a bare $, dollars and cents the local currency, and keeps a named one", () => {
    const body = "Qantas posted a $1.2 billion profit, paid a dividend of 12 cents and bought jets for US$400 million.";
    expect(units(body, "The Australian")).toEqual({ "$1.2 billion": "AUD", "12 cents": "AUD", "US$400 million": "USD" });
    expect(units(body, "Toronto Star")).toEqual({ "$1.2 billion": "CAD", "12 cents": "CAD", "US$400 million": "USD" });
    expect(units(body)).toEqual({ "$1.2 billion": "USD", "12 cents": "USD", "US$400 million": "USD" });
  });

  it("gives coins the currency of the amount they restate", () => {
    expect(units("The miner earned US$2.1 billion, or 41 cents a share.", "The Australian")).toEqual({ "US$2.1 billion": "USD", "41 cents": "USD" });
    expect(units("The miner earned $2.1 billion, or 41 cents a share.", "The Australian")).toEqual({ "$2.1 billion": "AUD", "41 cents": "AUD" });
  });

  it("keeps the US dollar when a global wire wrote the story", () => {
    expect(units("Shares fell to $3.10 in New York.", "The Age (Reuters)")).toEqual({ "$3.10": "USD" });
  });

  it("reads Rs by the outlet unless the text names the country", () => {
    expect(units("Petrol now costs Rs 250 a litre.", "Business Recorder")).toEqual({ "Rs 250": "PKR" });
    expect(units("Petrol now costs Rs 250 a litre in Karachi.")).toEqual({ "Rs 250": "PKR" });
    expect(units("Petrol in New Delhi now costs Rs 95 a litre.", "Dawn")).toEqual({ "Rs 95": "INR" });
  });

  it("reads Bloomberg's and an Australian paper's tons as metric, a US paper's as short", () => {
    expect(units("China bought 2 million tons of soybeans.", "Bloomberg")).toEqual({ "2 million tons": "t" });
    expect(units("The mill shipped 40,000 tons of sugar.", "The Courier-Mail")).toEqual({ "40,000 tons": "t" });
    expect(units("The mill shipped 40,000 tons of sugar.", "The Boston Globe")).toEqual({ "40,000 tons": "ton" });
  });
});
