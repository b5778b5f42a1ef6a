import { describe, expect, it } from "vitest";
import { isAddition } from "../../core/check/frame/addition.js";
import { eventPlaces, unplacedAmongSeveral } from "../../core/check/frame/several-places.js";
import type { Claim, EventFrame, ScopeEntity } from "../../core/model.js";
import { article, claimOn, subject } from "./support.js";

const doc = article("r", "Blasts: 173 killed in Tianjin, 21 in Hubei, 23 at a factory, 12 on Istiklal Street, 14 in Istanbul, 15 in a blast, 9 in a quake.");
const place = (id: string, within: string[] = ["china"]): ScopeEntity => ({ kind: "place", id, text: id, within });
function toll(value: number, event: EventFrame, scope: ScopeEntity[] = []): Claim {
  return claimOn(doc, { text: `${value}`, value, unit: "person", dimension: "count", subject: subject("killed", { frame: { measure: { id: "killed", text: "killed" }, scope, event } }) });
}

describe("a roundup of events of one class at several places (core/check/frame/several-places.ts)", () => {
  const tianjin = toll(173, { id: "attack", text: "explosion", place: "tianjin" }, [place("tianjin")]);
  const hubei = toll(21, { id: "attack", text: "exploded", place: "hubei" }, [place("hubei")]);
  const unplaced = toll(23, { id: "attack", text: "exploded" });

  it("does not take an unplaced event of the class for a placed one", () => {
    const places = eventPlaces([tianjin, hubei, unplaced]);
    expect(unplacedAmongSeveral(hubei, unplaced, places)).toBe(true);
    expect(unplacedAmongSeveral(unplaced, tianjin, places)).toBe(true);
  });

  it("leaves a story of one place alone: a street inside its city is the same place", () => {
    const street = toll(12, { id: "attack", text: "bombing", place: "istiklal-street" }, [place("istiklal-street", ["istanbul", "turkey"])]);
    const city = toll(14, { id: "attack", text: "bombing", place: "istanbul" }, [place("istanbul", ["turkey"])]);
    const bare = toll(15, { id: "attack", text: "blast" });
    expect(unplacedAmongSeveral(bare, street, eventPlaces([street, city, bare]))).toBe(false);
  });

  it("leaves other classes alone", () => {
    const quake = toll(9, { id: "earthquake", text: "quake" });
    expect(unplacedAmongSeveral(quake, hubei, eventPlaces([tianjin, hubei, quake]))).toBe(false);
  });
});

describe("'and wounding N more' after a count of the dead (core/check/frame/addition.ts)", () => {
  it("is the whole count of the wounded, not an addition", () => {
    const body = "Gunmen killed at least 59 people and wounded about 150 more. Later, three more people died in hospital.";
    const page = article("w", body);
    expect(isAddition(claimOn(page, { text: "150", value: 150 }), body)).toBe(false);
    expect(isAddition(claimOn(page, { text: "three", value: 3 }), body)).toBe(true);
    const stored = claimOn(page, { text: "150", value: 150, subject: subject("injured", { text: "wounding about 150 more in a mass shooting" }) });
    expect(isAddition(stored)).toBe(false);
  });
});
