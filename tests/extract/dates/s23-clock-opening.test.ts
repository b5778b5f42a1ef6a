import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 23: a day and a clock are two dates when a sentence ends between them ("on Monday.\n\nAt
 * 5:15pm, the tank ... ruptured", after the Aqaba chlorine leak reports of June 2022), and a clock
 * opening its sentence dates the happening after its comma, never a clause it runs into ("At 8:00
 * a.m. EDT on Wednesday the center of Hurricane Otis was located", NHC-style updates on Otis, 2023).
 */
const LEAD = "Chlorine tank ruptures at Aqaba Port\n\nAMMAN — A gas leak from a ruptured chlorine tank at the Aqaba Port killed 13 on Monday.\n\n";
const datesOf = (body: string, published = "2022-06-27") => extractClaims({ id: "a", body, published }).filter((c) => c.kind === "date");

describe("a clock after a sentence end", () => {
  it("is its own date, of the happening its clause tells", () => {
    const dates = datesOf(`${LEAD}At 5:15pm, the tank containing liquefied chlorine gas ruptured when the steel cable carrying it broke.`);
    expect(dates.map((d) => d.text)).toEqual(["Monday", "5:15pm"]);
    const clock = dates[1]!;
    expect(clock.time?.low).toBe(17 * 60 + 15);
    expect(clock.subject?.frame?.measure.id).toBe("date.occurred");
  });
  it("still joins a day told in the same sentence", () => {
    const dates = datesOf("Storm hits coast\n\nThe storm hit the coast on Monday at 5:15pm, officials said.");
    expect(dates.some((d) => d.text.includes("Monday") && d.text.includes("5:15pm"))).toBe(true);
  });
});

describe("a clock opening its sentence", () => {
  it("without a comma dates no event noun further on", () => {
    const body = "Hurricane Otis hits Acapulco\n\nCategory 5 Hurricane Otis hit Acapulco, Mexico on Tuesday night. At 8:00 a.m. EDT on Wednesday the center of Hurricane Otis was located about 60 miles north-northwest of Acapulco.";
    const clock = datesOf(body, "2023-10-25").find((d) => d.text.includes("8:00"));
    expect(clock?.subject?.frame?.measure.id).not.toBe("date.occurred");
  });
});
