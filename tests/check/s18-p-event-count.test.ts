/**
 * A count word makes an event several unless it counts the parties of one collision
 * (core/check/frame/event.ts typeClass, withCount): "two passenger trains collided" is one
 * collision (Xinhua on the Jumma Goth train crash, Karachi, 3 November 2016); "twin blasts" and
 * "two boats capsized" (the Lampedusa double capsize, August 2025) are two events.
 */
import { describe, expect, it } from "vitest";
import { typeClass, withCount } from "../../core/check/frame/event.js";

const event = (id: string, text: string) => ({ id, text });

describe("a count word before an event", () => {
  it("counts events it stands before", () => {
    expect(typeClass(event("attack", "twin blasts"))).toBe("several-attack");
    expect(typeClass(event("attack", "two suicide bomb attacks"))).toBe("several-attack");
    expect(typeClass(event("attack", "a series of bombings"))).toBe("several-attack");
    expect(typeClass(event("capsizing", "two boats capsized"))).toBe("several-capsizing");
    expect(withCount(event("attack", "bomb attack"), "killed in a twin suicide bomb attack")?.text).toContain("twin suicide bomb attack");
  });
  it("does not count the parties of one collision", () => {
    expect(typeClass(event("crash", "two passenger trains collided"))).toBe("crash");
    expect(withCount(event("crash", "collided"), "45 others injured when two passenger trains collided")?.text).toBe("collided");
    expect(typeClass(event("crash", "a collision between two buses"))).toBe("crash");
    expect(typeClass(event("collapse", "a four-storey building collapsed"))).toBe("collapse");
  });
});
