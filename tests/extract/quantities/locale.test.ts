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

describe("the rand and the naira written as one letter (outlet conventions)", () => {
  // Sentences from pages the rule was not written from; URLs give the outlet as a reader would.
  it("reads a bare N as the naira in a Nigerian outlet, and not elsewhere", () => {
    // https://withinnigeria.com/news/2023/07/18/breaking-petrol-now-n617-per-litre-as-tinubu-govt-hikes-fuel-price/
    const abuja = "An NNPC filling station in the Central area of Abuja has adjusted its fuel price from N539 to N617 per litre.";
    // After "adjusted", "from N539 to N617" is the old and the new price (change-levels.ts, neutralFromTo), not a range.
    expect(units(abuja, "Daily Trust")).toEqual({ N539: "NGN", N617: "NGN" });
    // No outlet, but the text is set in Abuja: the naira by the place (local-signs.ts); with no place, nothing.
    expect(units(abuja)).toEqual({ N539: "NGN", N617: "NGN" });
    expect(units("A filling station has adjusted its fuel price from N539 to N617 per litre.")).toEqual({});
    // https://thenationonlineng.net/petrol-price-rises-by-1-7-diesel-9-02/
    const nation = "Zamfara paid the highest average retail price of N750.43 per litre, followed by Kebbi and Taraba at N746.67 and N710.56.";
    expect(units(nation, undefined, "https://thenationonlineng.net/petrol-price-rises-by-1-7-diesel-9-02/")).toEqual({ "N750.43": "NGN", "N746.67": "NGN", "N710.56": "NGN" });
  });

  it("reads a bare R as the rand in a South African outlet, with its cents", () => {
    // https://albertonrecord.co.za/181482/petrol-prices-reach-high-r16-litre-month/amp
    const alberton = "This is due to the weakening Rand against the dollar (from R12.51 to R13.29 for 1 USD) amongst other factors.";
    expect(units(alberton, undefined, "https://albertonrecord.co.za/181482/petrol-prices-reach-high-r16-litre-month/amp")).toEqual({ "R12.51 to R13.29": "ZAR", "1 USD": "USD" });
    // https://www.heraldlive.co.za/news/2020-03-13-in-all-the-turmoil-motorists-can-be-grateful-for-plunge-in-april-fuel-prices/
    const herald = "The current data show petrol down by up to R1.11 a litre, diesel by R1.10 and illuminating paraffin by R1.18. The outlook is for a decrease of up to 86c a litre for petrol.";
    expect(units(herald, "HeraldLIVE", "https://www.heraldlive.co.za/news/")).toEqual({ "up to R1.11": "ZAR", "R1.10": "ZAR", "R1.18": "ZAR", "up to 86c": "ZAR" });
  });

  it("reads a bare W as the won in a Korean outlet", () => {
    // http://ssrchemicals.com/2017/05/28/9-korean-firms-join-w1000000000000-profit-club (a reprint; the outlet is given as a Korean paper)
    const club = "9 Korean firms join W1,000,000,000,000 profit club";
    expect(units(club, "The Korea Times")).toEqual({ "9": "firm", "W1,000,000,000,000": "KRW" });
    expect(units(club)).toEqual({ "9": "firm" });
  });

  it("keeps South African road numbers as no money", () => {
    // https://www.news24.com/news24/SouthAfrica/News/heavy-traffic-on-limpopo-n1-as-holidaymakers-return-to-gauteng-after-long-weekend-20210926
    const n24 = "The N1 and the R101 experienced high volumes of traffic on Sunday morning as motorists made their way from Limpopo.";
    expect(units(n24, "News24")).toEqual({});
    // https://www.sabcnews.com/sabcnews/increased-traffic-reported-on-n1-north-and-south-in-limpopo/
    expect(units("We took R101 road to the N1 again, and what transpired there was an accident.", "SABC News")).toEqual({});
    // http://34.80.245.248/content_html/2019-04-21/526d783fbef873bd5e33f55ca94f9b7f.html (News24)
    expect(units("The northbound lane was closed and traffic diverted to the R101 as emergency personnel cleared the scene.", "News24")).toEqual({});
  });
});

describe("shared local currency signs and nouns by the outlet's country (local-signs.ts)", () => {
  it("reads Sh, P and a counted shared noun as the currency of the outlet's country", () => {
    // Shapes of https://www.businessdailyafrica.com/ and https://malaya.com.ph/ market copy, paraphrased.
    expect(units("Safaricom rose 4.41 per cent to Sh31.95 after touching Sh32.50.", "Africa-Press (Kenya)")).toEqual({ "Sh31.95": "KES", "Sh32.50": "KES" });
    expect(units("Globe fell P49 to P1,871 and BDO rose 10 centavos.", undefined, "https://malaya.com.ph/business/markets")).toEqual({ P49: "PHP", "P1,871": "PHP", "10 centavos": "PHP" });
    expect(units("A crate now costs 400 shillings.", "Business Daily Africa")).toEqual({ "400": "KES" });
    // No outlet and no place named: nothing is money.
    expect(units("Safaricom rose to Sh31.95 and Globe fell P49.")).toEqual({});
  });

  it("keeps an American outlet's tons short, and gives the wires' tons of a crop abroad in tonnes", () => {
    expect(units("Brazil's soybean crop will fall to 115.34 million tons.", "AP News")).toEqual({ "115.34 million tons": "ton" });
    expect(units("Brazil's soybean crop will fall to 115.34 million tons.", "Reuters")).toEqual({ "115.34 million tons": "t" });
  });
});

describe("a rate quoted in the home currency of an unnamed country (exchange-rate.ts, locale.ts)", () => {
  it("reads 'the peso', 'the rupee' or 'the local currency' as the outlet's currency when its money bears that noun", () => {
    // Written for issue 16 in the shape of Philippine and Indian forex copy; not sentences of the news-quantities sets.
    expect(units("The peso ended at 56.12 against the dollar, weaker than 55.98 a day earlier.", "BusinessWorld")).toEqual({ "56.12": "PHP", "55.98": "PHP" });
    expect(units("The local currency settled at 83.41 against the US dollar on Friday.", "Hindustan Times")).toEqual({ "83.41": "INR" });
    // The outlet's money bears another noun: the rate stays bare.
    expect(units("The peso ended at 56.12 against the dollar.", "Hindustan Times")).toEqual({ "56.12": undefined });
    // No outlet: bare.
    expect(units("The peso ended at 56.12 against the dollar.")).toEqual({ "56.12": undefined });
  });

  it("carries a named currency along a run of quotes, each near the one before", () => {
    expect(units("The Ghana cedi was trading at 15.12 against the US dollar, from 14.87 in March and a peak of 16.05 in January.")).toEqual({ "15.12": "GHS", "14.87": "GHS", "16.05": "GHS" });
  });
});
