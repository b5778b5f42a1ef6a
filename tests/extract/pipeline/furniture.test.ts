import { describe, expect, it } from "vitest";
import { dropFurniture, furnitureLines } from "../../../core/extract/furniture.js";
import { mention } from "./mentions.js";

function rules(text: string): string[] {
  return furnitureLines(text).map((l) => l.rule);
}

describe("furnitureLines", () => {
  it("finds a media player's timestamps", () => {
    expect(rules("Listen to the article\n\n0:00\n0:00\n\nText")).toEqual(["furniture.timestamp", "furniture.timestamp"]);
  });
  it("finds a copyright footer", () => {
    expect(rules("© 2026 Disinformation Commission LLC. All rights reserved.")).toEqual(["furniture.copyright"]);
  });
  it("finds codes and counters", () => {
    expect(rules("Reporter’s code: 50101\n\nNews Code 47296\n14 Comments")).toEqual(["furniture.code", "furniture.code", "furniture.counter"]);
  });
  it("finds an address block and a contact line", () => {
    expect(rules("30 N Gould ST STE R\nSheridan, WY 82801\n- Jack BellMedia Relations Manager+44 (0)7917 373 069JackB@rusi.org")).toEqual([
      "furniture.address", "furniture.address", "furniture.contact",
    ]);
  });
  it("leaves sentences with numbers alone", () => {
    const text = [
      "Northern Idlib already hosts around 1.5 million displaced Syrians.",
      "The code of conduct was signed by 12 states in 2019.",
      "Turkey hosts 3.6 million refugees",
      "Patrols had stalled for four years.",
    ].join("\n");
    expect(furnitureLines(text)).toEqual([]);
  });
});

describe("dropFurniture", () => {
  it("drops list numbering at a line start and mentions on furniture lines", () => {
    const text = "  1. James Martinez on\n\nThe emphasis on 2 points.\n© 2026 LLC";
    const kept = mention(text, "2", {}, 0);
    const dropped = dropFurniture(text, [mention(text, "1"), kept, mention(text, "2026", { kind: "date", value: "2026" })]);
    expect(dropped).toEqual([kept]);
  });
  it("keeps a number at a line start that is not a list marker", () => {
    const text = "12 people died.";
    const twelve = mention(text, "12");
    expect(dropFurniture(text, [twelve])).toEqual([twelve]);
  });
});
