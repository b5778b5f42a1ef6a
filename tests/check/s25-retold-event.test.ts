import { describe, expect, it } from "vitest";
import { checkInOrder } from "./in-order.js";
import { article } from "./support.js";

/**
 * Session 25: a past event retold years on meets the other reports of it by its kind, its time
 * and a rare name both give (core/check/frame/retold-event.ts, claim-index-retold.ts), though no
 * story match ties reports years apart. After two anniversary pieces on the Port Arthur
 * massacre (IANSA 2011; AAP 2016): "18 wounded" and "23 wounded" for one settled count.
 */
const remembered = (year: number, wounded: string, published: string) => article(`r${published}`, `Remembering Port Arthur\n\nOn 28 April we commemorate the tragedy that occurred in ${year} at Port Arthur in Tasmania (Australia), where 35 people were shot dead and ${wounded} wounded. The public outrage resulting from the Port Arthur massacre led to the National Firearms Agreement.`, published);
const anniversary = article("aap", "Hundreds ‘remember those lost’ at Port Arthur 20th anniversary service\n\nPrime Minister Malcolm Turnbull was among those who laid a wreath near a cafe where the shooting unfolded 20 years ago.\n\nThirty-five people were killed and 23 wounded by a gunman armed with a semi-automatic rifle on April 28, 1996.\n\nOn Thursday, some 500 people gathered at the Port Arthur Historic Site for the official memorial service.", "2016-04-28");
const wounded = (...docs: ReturnType<typeof article>[]) => checkInOrder(...docs).filter((f) => f.claims.some((c) => c.text === "23")).map((f) => f.claims.map((c) => c.text).sort());

describe("a past event retold years apart", () => {
  it("compares its settled counts", () => {
    expect(wounded(remembered(1996, "18", "2011-04-28"), anniversary)).toEqual([["18", "23"]]);
  });
  it("but not those of an event of another year at the same place", () => {
    expect(wounded(remembered(1987, "18", "2011-04-28"), anniversary)).toEqual([]);
  });
  it("and equal counts give nothing", () => {
    expect(wounded(remembered(1996, "23", "2011-04-28"), anniversary)).toEqual([]);
  });
});
