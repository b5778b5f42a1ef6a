import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim } from "../../../core/model.js";

/** "measure person" of the date claim written `words` in `body`, or null when it has no frame. */
function deathOf(body: string, words: string, published = "2025-06-01"): string | null {
  const frame = extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame;
  return frame ? `${frame.measure.id} ${frame.scope.map((e) => e.id).join(",")}` : null;
}

describe("whose death a date is: a name in another phrase is not the verb's subject (life-person.ts, person-dates.ts)", () => {
  it("reads no death of the person named after 'of' or 'to' in an aside", () => {
    expect(deathOf("Saleh al-Arouri, the deputy of Ismail Haniyeh, was killed on January 2.", "January 2")).not.toBe("date.death ismail-haniyeh");
    expect(deathOf("Hamza bin Laden, the son of Osama bin Laden, was killed in 2019.", "2019")).not.toBe("date.death osama-bin-laden");
    expect(deathOf("An aide to Hassan Nasrallah was killed on October 3.", "October 3")).toBeNull();
  });
  it("reads no death of the object of a relative clause", () => {
    expect(deathOf("The man who killed Shinzo Abe died on March 3.", "March 3")).toBeNull();
    expect(deathOf("Cuban revolutionary leader Fidel Castro who built Cuba passed away at age 90 yesterday (Nov 25).", "yesterday", "2016-11-26")).not.toBe("date.death cuba");
  });
  it("still reads the person before the verb, and an aside's person whatever phrase holds the name", () => {
    expect(deathOf("Hamas leader Yahya Sinwar was killed on October 16, 2024.", "October 16, 2024")).toBe("date.death yahya-sinwar");
    expect(deathOf("Jane Doe, who died on May 3, 2010, was a poet.", "May 3, 2010")).toBe("date.death jane-doe");
    expect(deathOf("Many people paid their respects to Mahsa Amini, a 22-year-old who passed away on September 17.", "September 17", "2022-10-01")).toBe("date.death mahsa-amini");
    // 'that' before an article opens no relative clause (the Holy See's statement, 31 December 2022).
    expect(deathOf("“With sorrow I inform you that the Pope Emeritus, Benedict XVI , passed away today at 9:34 in the Mater Ecclesiae Monastery in the Vatican.", "today at 9:34", "2022-12-31")).toMatch(/^date\.death .*benedict-xvi/);
  });
});
