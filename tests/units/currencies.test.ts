/**
 * The currencies added for issue 16 (rupiah, Philippine peso, Kenyan shilling, cedi, baht, dong,
 * taka) are reachable by every spelling they list: the table gives a spelling to the first unit
 * that claims it, so a name another unit already holds ("rp", "tk", "dong") would silently read
 * as that unit instead.
 */
import { describe, expect, it } from "vitest";
import { getUnit, SUBUNITS, unitByName } from "../../core/units/index.js";

const ADDED = ["IDR", "PHP", "KES", "GHS", "THB", "VND", "BDT"];

describe("currencies added as data", () => {
  it.each(ADDED)("%s is money and owns every name it lists", (id) => {
    const unit = getUnit(id);
    expect(unit?.dimension).toBe("money");
    for (const name of unit?.names ?? []) expect(unitByName(name)?.id, name).toBe(id);
  });

  it("gives each new coin a currency the table knows", () => {
    for (const coin of ["kobo", "pesewas", "satang", "agorot", "piastres", "poisha"]) expect(getUnit(SUBUNITS[coin]!.id)?.dimension, coin).toBe("money");
  });
});
