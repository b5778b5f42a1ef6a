import { describe, expect, it } from "vitest";
import { relateScopes } from "../../core/check/frame/scope.js";
import type { ScopeEntity } from "../../core/model.js";

const named = (id: string): ScopeEntity => ({ kind: "named", id, text: id });

describe("named things in two scopes", () => {
  it("lets a venue noun and a proper name stand together: the market may be in Kurram", () => {
    expect(relateScopes([named("kurram")], [named("market")], false).conflict).toBeUndefined();
    expect(relateScopes([named("hospital")], [named("shinozada")], false).conflict).toBeUndefined();
  });
  it("still tells two proper names apart, and two venues", () => {
    expect(relateScopes([named("al-noor-mosque")], [named("linwood-mosque")], false).conflict).toBe("al-noor-mosque / linwood-mosque");
    expect(relateScopes([named("market")], [named("mosque")], false).conflict).toBe("market / mosque");
  });
  it("shares a name both give", () => {
    expect(relateScopes([named("market"), named("kurram")], [named("kurram")], false).shared.map((e) => e.id)).toEqual(["kurram"]);
  });
});
