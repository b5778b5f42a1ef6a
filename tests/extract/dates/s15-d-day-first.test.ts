import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";

const read = (text: string, published?: string) => findDates(text, published).map((m) => [text.slice(m.start, m.end), m.value]);

// The Solai dam burst, Nakuru, Kenya (night of Wednesday 9 May 2018), told by a Kenyan outlet of 11 May 2018 as "10/05/2018".
describe("day-first-slash.ts: a slashed date read month first that the report could not yet know", () => {
  it("is read day first when that reading is at or before publication", () => {
    expect(read("the dam burst on 10/05/2018 at night", "2018-05-11")).toEqual([["10/05/2018 at night", "2018-05-10"]]);
    expect(read("was buried on 07.05.2018", "2018-05-11")).toEqual([["07.05.2018", "2018-05-07"]]);
  });
  it("stays month first when that reading is past, both readings are future, or the numbers are one", () => {
    expect(read("on 3/4/2020", "2020-03-05")).toEqual([["3/4/2020", "2020-03-04"]]);
    expect(read("on 10/05/2018", "2018-11-01")).toEqual([["10/05/2018", "2018-10-05"]]);
    expect(read("due on 11/12/2018", "2018-05-11")).toEqual([["11/12/2018", "2018-11-12"]]);
    expect(read("on 12/12/2018", "2018-05-11")).toEqual([["12/12/2018", "2018-12-12"]]);
  });
});
