import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import { anniversaryYears, yearsBefore } from "../../../core/extract/subject/anniversary.js";
import type { Claim } from "../../../core/model.js";

/**
 * Session 24: a story that commemorates a past event ("Armenia commemorates 24th anniversary of
 * Spitak earthquake") tells the commemoration's day; its event fell that many years before.
 * Its figures beside the word "anniversary" are the event's, not another event's.
 */
const dayOf = (claim: Claim | undefined) =>
  claim?.subject?.frame?.scope.flatMap((e) => e.within ?? []).find((w) => w.startsWith("day:"));

const toll = (body: string, published: string, text: string) => extractClaims({ id: "a", body, published }).find((c) => c.text === text);

describe("an anniversary's count of years", () => {
  it("is read from the ordinal, a count of years, or a word for a century", () => {
    expect(anniversaryYears("Armenia commemorates 24th anniversary of Spitak earthquake")).toBe(24);
    expect(anniversaryYears("Today marks the thirtieth anniversary of the disaster")).toBe(30);
    expect(anniversaryYears("the twenty-fifth anniversary of the crash")).toBe(25);
    expect(anniversaryYears("Beirut marked the one-year anniversary of the blast")).toBe(1);
    expect(anniversaryYears("the centenary of the Halifax Explosion")).toBe(100);
    expect(anniversaryYears("Relatives gathered today to commemorate the tragedy that happened one year ago")).toBe(1);
  });
  it("is none for a person's or a state's anniversary, a past event in passing, or an event of the day on another's anniversary", () => {
    expect(anniversaryYears("on his 143rd birth anniversary")).toBeUndefined();
    expect(anniversaryYears("to mark the country's 59th independence anniversary")).toBeUndefined();
    expect(anniversaryYears("A similar quake five years ago killed 20")).toBeUndefined();
    expect(anniversaryYears("The quake occurred on the 32nd anniversary of the 1985 earthquake")).toBeUndefined();
  });
  it("counts back to the same day of the year", () => {
    expect(yearsBefore("2019-04-24", 6)).toBe("2013-04-24");
    expect(yearsBefore("2016-02-29", 1)).toBe("2015-02-28");
  });
});

describe("the day an anniversary story's lead tells", () => {
  const sixth = "Sixth anniversary of Tarlow Plaza collapse in Savar\n\n24 April 2019 is the sixth anniversary of the collapse of the Tarlow Plaza building in Savar that killed 1,134 people and injured over 2,000 others. Survivors gathered in Savar on Wednesday.";
  it("is the event's: the commemoration's day that many years before, and the toll carries the story's names", () => {
    expect(dayOf(toll(sixth, "2019-04-24", "1,134"))).toBe("day:2013-04-24");
  });
  it("is the report's day counted back when the lead gives no day", () => {
    const body = "Pakistan marks 15th anniversary of Balakot earthquake\n\nPeople across Pakistan remembered the victims of the Balakot earthquake, which killed 87,350 people. The earthquake flattened whole towns in the north.";
    expect(dayOf(toll(body, "2020-10-08", "87,350"))).toBe("day:2005-10-08");
  });
  it("keeps a past event's own day the lead gives", () => {
    const body = "Nation remembers Balakot earthquake\n\nToday marks the 19th anniversary of the October 8, 2005 Balakot earthquake, which killed 87,350 people. The earthquake flattened whole towns in the north.";
    expect(dayOf(toll(body, "2024-10-08", "87,350"))).toBe("day:2005-10-08");
  });
  it("is the day's own when the event of the day struck on another's anniversary", () => {
    const body = "Quake rocks Oaxaca\n\nA powerful earthquake struck Oaxaca on Monday, on the 32nd anniversary of the 1985 quake. Officials said 12 people were killed in Oaxaca.";
    expect(dayOf(toll(body, "2017-09-19", "12"))).toBe("day:2017-09-18");
  });
});
