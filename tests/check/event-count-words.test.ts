import { describe, expect, it } from "vitest";
import { typeClass, withCount } from "../../core/check/frame/event.js";

// frame/event.ts: the words that count several events, and those that only look like a count.
describe("several events or one", () => {
  it("'twin blasts', 'two bombings', 'a series of attacks' count several events", () => {
    expect(typeClass({ id: "attack", text: "twin blasts" })).toBe("several-attack");
    expect(typeClass({ id: "attack", text: "two bombings" })).toBe("several-attack");
    expect(typeClass({ id: "attack", text: "a series of attacks" })).toBe("several-attack");
    expect(withCount({ id: "attack", text: "bomb attack" }, "killed in a twin suicide bomb attack")?.text).toBe("a twin suicide bomb attack");
  });
  it("a number in a compound ('a four-storey residential building collapsed', 'a two-day siege') is one event", () => {
    expect(typeClass({ id: "collapse", text: "a four-storey residential building collapsed" })).toBe("collapse");
    expect(typeClass({ id: "siege", text: "a two-day siege" })).toBe("siege");
    expect(withCount({ id: "collapse", text: "building collapsed" }, "died when a four-storey building collapsed")?.text).toBe("building collapsed");
  });
});
