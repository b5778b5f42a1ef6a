import { describe, expect, it } from "vitest";
import { checkThroughIndex, article } from "./support.js";

/**
 * Session 28: two reports of the Zeebrugge ferry disaster on its thirtieth anniversary, one giving
 * "more than 500 passengers and crew on board", the other "carrying 459 passengers and 80 crew".
 * The readers count everyone aboard in the first and the passengers alone in the second: the head
 * word "passengers" they share does not make them one count (the earlier report read back through the store's index).
 */
const expatica = (count: string) => article("x", `Belgium marks Zeebrugge ferry disaster 30 years on\n\nBelgium paid homage on Monday to the 193 people who died when the "Herald of Free Enterprise" ferry capsized off the port of Zeebrugge 30 years ago.\n\nOfficials onboard a coastguard boat laid wreaths for the victims at a ceremony held where the disaster took place on March 6, 1987, one kilometre (half a mile) from the Belgian coast.\n\nThe Townsend Thoresen ferry the "Herald of Free Enterprise" turned over on its side just outside Zeebrugge as it set out for Dover with ${count} on board.`, "2017-03-06");
const flanders = article("f", "Zeebrugge ferry disaster remembered, 30 years on\n\nNearly 200 people died when the Herald of Free Enterprise sank off the Flemish coast in 1987.\n\nToday marks the 30th anniversary of the Herald of Free Enterprise disaster, in which 193 people died when a ferry capsized off the coast of Zeebrugge on its way to Dover in the UK.\n\nAn enquiry into the disaster found that it was caused by the ferry, operated by Townsend Thoresen, leaving Zeebrugge with its bow doors open. The ship, carrying 459 passengers and 80 crew, left its berth at 19.05 local time and capsized at about 19.28, having taken on water through the open doors.", "2017-03-06");
const cross = (first: ReturnType<typeof article>) => checkThroughIndex(flanders, first).filter((f) => f.kind === "cross-article-conflict");

describe("everyone aboard and the passengers alone", () => {
  it("are not compared by their shared noun", () => {
    expect(cross(expatica("more than 500 passengers and crew"))).toEqual([]);
  });
  it("while two counts of the passengers alone still are", () => {
    expect(cross(expatica("more than 500 passengers and 80 crew")).length).toBeGreaterThan(0);
  });
});
