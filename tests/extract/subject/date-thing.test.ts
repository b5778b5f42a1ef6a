import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the date claim written `words` in `body`. */
function frameOf(body: string, words: string, published = "2024-05-08"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame;
}

const brief = (frame: Frame | undefined) => frame && { measure: frame.measure.id, event: frame.event?.id, thing: frame.scope.find((s) => s.kind === "named")?.id };

describe("dates of a named thing's phases (date-thing.ts)", () => {
  it("reads the phase and the thing from the verb before the date", () => {
    expect(brief(frameOf("The Sydney Harbour Bridge was opened to traffic on 19 March 1932.", "19 March 1932"))).toEqual({ measure: "date.service", event: undefined, thing: "sydney-harbor" });
    expect(brief(frameOf("The Oresund Bridge was officially inaugurated on 1 July 2000 by the Queen of Denmark.", "1 July 2000"))).toEqual({ measure: "date.inauguration", event: undefined, thing: "oresund-bridge" });
    expect(brief(frameOf("The Petronas Towers, completed in 1998, were the tallest buildings in the world.", "1998"))).toMatchObject({ measure: "date.completion" });
  });
  it("reads a happening to the thing as date.occurred with the event's class", () => {
    expect(brief(frameOf("The Hyatt Regency walkway in Kansas City collapsed on July 17, 1981, during a dance.", "July 17, 1981"))).toMatchObject({ measure: "date.occurred", event: "collapse" });
    expect(brief(frameOf("The MV Sewol capsized on 16 April 2014 off the south-west coast.", "16 April 2014"))).toEqual({ measure: "date.occurred", event: "capsizing", thing: "sewol" });
  });
  it("reads a date opening the sentence, past a time of day, with the thing after it", () => {
    expect(brief(frameOf("On 11 March 2011, at about 2:46 p.m., the Fujinuma Dam, an earthen dam in Sukagawa, burst.", "11 March 2011, at about 2:46 p.m."))).toMatchObject({ measure: "date.occurred", event: "collapse" });
  });
  it("reads a phase noun: the opening of X on DATE, the DATE opening of X", () => {
    expect(brief(frameOf("Crowds gathered for the opening of the Millau Viaduct on 14 December 2004.", "14 December 2004"))).toMatchObject({ measure: "date.opening", thing: "millau-viaduct" });
    expect(brief(frameOf("She attended the 1932 opening of the Sydney Harbour Bridge.", "1932"))).toMatchObject({ measure: "date.opening" });
  });
  it("takes 'the bridge' for the one bridge the article names", () => {
    const body = "Traffic on the Tacoma Narrows Bridge had been light. The bridge collapsed on November 7, 1940, in strong winds.";
    expect(brief(frameOf(body, "November 7, 1940"))).toMatchObject({ measure: "date.occurred", thing: "tacoma-narrows" });
  });
  it("gives a plan, a person's act and a lone sentence word no thing's date", () => {
    expect(brief(frameOf("The Brenner Base Tunnel is expected to be completed in 2032.", "2032"))?.measure).not.toBe("date.completion");
    expect(brief(frameOf("The new bridge will be opened in 2027.", "2027"))?.measure).not.toBe("date.opening");
    expect(frameOf("Officials opened on Monday.", "Monday")?.measure.id ?? "none").not.toMatch(/^date\.opening/);
    expect(brief(frameOf("The Queen officially opened the Humber Bridge on 17 July 1981.", "17 July 1981"))?.thing).not.toBe("queen");
  });
  it("reads a name after its common noun, an agent before the date, and a headline's capitalised verb", () => {
    expect(brief(frameOf("On 16 April 2014, the passenger ferry Sewol capsized off Jindo.", "16 April 2014"))).toMatchObject({ measure: "date.occurred", event: "capsizing", thing: "sewol" });
    expect(brief(frameOf("The Humber Bridge was officially opened by the Queen on 17 July 1981.", "17 July 1981"))).toMatchObject({ measure: "date.inauguration", thing: "humber-bridge" });
    expect(brief(frameOf("The Severn Bridge Opened on 8 September 1966", "8 September 1966"))).toMatchObject({ measure: "date.opening" });
  });

  it("reads session 8's shapes: a part of the day in an opener, a participle opener, an agent's act on the thing, 'It' after the thing", () => {
    expect(brief(frameOf("In the early hours of Monday, 14 August 2018, the Morandi Bridge in Genoa collapsed in a storm.", "Monday, 14 August 2018"))).toMatchObject({ measure: "date.occurred", event: "collapse", thing: "morandi-bridge" });
    expect(brief(frameOf("The Millau Viaduct spans the Tarn valley. Completed in 2004, the viaduct carries the A75 motorway.", "2004"))).toMatchObject({ measure: "date.completion", thing: "millau-viaduct" });
    expect(brief(frameOf("Queen Elizabeth II opened the Severn Bridge on 8 September 1966, before a crowd of thousands.", "8 September 1966"))).toMatchObject({ measure: "date.opening", thing: "severn-bridge" });
    expect(brief(frameOf("France yesterday inaugurated the 2.46-km Millau Viaduct in the south of the country.", "yesterday", "2004-12-15"))).toMatchObject({ measure: "date.inauguration", thing: "millau-viaduct" });
    expect(brief(frameOf("The Burj Khalifa is a skyscraper in Dubai. It opened to the public on 4 January 2010.", "4 January 2010"))).toMatchObject({ measure: "date.service", thing: "burj-khalifa" });
  });
  it("gives no thing's date to a plan, a saying between the date and the act, or 'It' after a company", () => {
    expect(brief(frameOf("The president is set to inaugurate the new Bosphorus Bridge on August 26.", "August 26"))?.measure ?? "none").not.toMatch(/^date\./);
    expect(brief(frameOf("On Monday, officials said they opened the Severn Bridge to cyclists.", "Monday"))?.measure ?? "none").not.toMatch(/^date\./);
    expect(brief(frameOf("Lotte Group is a conglomerate in Seoul. It opened to the public on 3 April 2017.", "3 April 2017"))?.measure ?? "none").not.toMatch(/^date\./);
  });
  it("reads 'Its <phase noun> took place on' for the thing the sentence before opens with, and more verbs of first traffic", () => {
    expect(brief(frameOf("The Humber Bridge carries the A15. Its official opening took place on 17 July 1981.", "17 July 1981"))).toMatchObject({ measure: "date.inauguration", thing: "humber-bridge" });
    expect(brief(frameOf("The Oresund Bridge was opened to vehicles on 1 July 2000.", "1 July 2000"))).toMatchObject({ measure: "date.service", thing: "oresund-bridge" });
  });
  it("reads an aircraft shot down over a region named with a compass adjective", () => {
    expect(brief(frameOf("Flight PS752 was shot down over northern Tehran on 8 January 2020.", "8 January 2020"))).toMatchObject({ measure: "date.occurred", event: "crash" });
  });

  it("reads the building of a thing told by a noun: its construction's start or end, and its foundation stone (thing-works.ts)", () => {
    expect(brief(frameOf("The Humber Bridge spans the estuary. The construction of the bridge started in July 1972.", "July 1972"))).toMatchObject({ measure: "date.construction-start", thing: "humber-bridge" });
    expect(brief(frameOf("Work on the Jeddah Tower began in April 2013.", "April 2013"))).toMatchObject({ measure: "date.construction-start", thing: "jeddah-tower" });
    expect(brief(frameOf("The main tower of the Burj Khalifa, whose construction was completed in 2009, is 828 metres tall.", "2009"))).toMatchObject({ measure: "date.completion", thing: "burj-khalifa" });
    expect(brief(frameOf("The Millau Viaduct (construction started in 2001) crosses the Tarn.", "2001"))).toMatchObject({ measure: "date.construction-start", thing: "millau-viaduct" });
    expect(brief(frameOf("The foundation stone of the Pamban Bridge was laid by the minister on 1 March 2019.", "1 March 2019"))).toMatchObject({ measure: "date.foundation-stone", thing: "pamban-bridge" });
    expect(brief(frameOf("The minister laid the foundation stone for the Pamban Bridge at a ceremony on 1 March 2019.", "1 March 2019"))).toMatchObject({ measure: "date.foundation-stone", thing: "pamban-bridge" });
  });
  it("gives no building date to a plan, a part of the thing, or another thing", () => {
    expect(brief(frameOf("Construction of the Sela Tunnel is expected to be completed in 2025.", "2025"))?.measure ?? "none").not.toMatch(/^date\./);
    expect(brief(frameOf("Construction of 4 km of the Silkyara Tunnel was completed in 2023.", "2023"))?.measure ?? "none").not.toMatch(/^date\./);
    expect(brief(frameOf("The minister will lay the foundation stone of the Pamban Bridge on 1 March.", "1 March"))?.measure ?? "none").not.toMatch(/^date\./);
    expect(brief(frameOf("The Atal Tunnel opened in 2020, with the foundation stone laid for the access road on 26 May 2002.", "26 May 2002"))?.measure ?? "none").not.toMatch(/^date\./);
    // A part's collapse is the thing's (Deutsche Welle on the Genoa bridge, 19 August 2018).
    expect(brief(frameOf("On Tuesday, a 200-metre (650 feet) section of the Morandi bridge gave way in busy traffic, plunging more than 30 vehicles to the ground.", "Tuesday", "2018-08-19"))).toMatchObject({ measure: "date.occurred", thing: "morandi" });
  });
  it("reads a ceremony: a sentence about it in a story about one thing, and a wire caption's date, but no venue's ceremony", () => {
    expect(brief(frameOf("The Humber Bridge is finished.\nThe grand opening was on 17 July 1981.", "17 July 1981"))).toMatchObject({ measure: "date.inauguration", thing: "humber-bridge" });
    expect(brief(frameOf("A view of the Humber Bridge during the opening ceremony, Hessle, England, 17 July 1981.", "17 July 1981"))).toMatchObject({ measure: "date.inauguration", thing: "humber-bridge" });
    expect(brief(frameOf("A view of the Olympic Stadium during the opening ceremony, Paris, France, 26 July 2024.", "26 July 2024"))?.measure ?? "none").not.toMatch(/^date\./);
  });
  it("takes 'the bridge' for the one the story opens with when another is named to compare, never 'the old bridge'; folds a name's diacritics", () => {
    const story = "The Çanakkale 1915 Bridge opened today. It beats the Akashi Kaikyö Bridge by 32 metres.";
    expect(brief(frameOf(`${story} The construction of the bridge started on March 18, 2017.`, "March 18, 2017"))).toMatchObject({ measure: "date.construction-start", thing: "canakkale-1915" });
    expect(brief(frameOf(`${story} The construction of the old bridge started in 1988.`, "1988"))?.measure ?? "none").not.toMatch(/^date\./);
  });
  it("reads 'it' after 'and' as the one thing the clause before names, and the phase noun of a pointer ('the inauguration of the tunnel')", () => {
    expect(brief(frameOf("The Sela Tunnel is in Arunachal. The construction of the tunnel started in 2019, and it was inaugurated in 2024.", "2024"))).toMatchObject({ measure: "date.inauguration", thing: "sela-tunnel" });
    expect(brief(frameOf("The Sela Tunnel is in Arunachal. The inauguration of the tunnel took place on 9 March 2024.", "9 March 2024"))).toMatchObject({ measure: "date.inauguration", thing: "sela-tunnel" });
    expect(brief(frameOf("The Sela Tunnel and the Nechiphu Tunnel are in Arunachal, and it was inaugurated in 2024.", "2024"))?.measure ?? "none").not.toMatch(/^date\./);
    expect(brief(frameOf("The Sela Tunnel is in Arunachal. The inauguration of the tunnel will take place on 9 March.", "9 March"))?.measure ?? "none").not.toMatch(/^date\./);
  });
});
