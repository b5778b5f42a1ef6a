import { describe, expect, it } from "vitest";
import type { Claim, EventFrame, Frame, ScopeEntity } from "../../core/model.js";
import { sameThing } from "../../core/check/same-thing.js";
import { placeStem, venueStem } from "../../core/check/frame/event.js";
import { sameName, sharedNames } from "../../core/check/frame/story-shared.js";
import { article, claimOn, subject } from "./support.js";

/** A story name (extraction step frame.story-names), flagged as the extraction flags it. */
function name(slug: string, opts: { day?: string; cls?: string; lead?: boolean; known?: boolean } = {}): ScopeEntity {
  const { day, cls = "fire", lead = true, known = false } = opts;
  const within = [...(lead ? ["lead"] : []), ...(known ? ["known"] : []), ...(day ? [`day:${day}`] : []), ...(cls ? [`class:${cls}`] : [])];
  return { kind: "named", id: `name:${slug}`, text: slug, within };
}

function told(id: string, value: number, scope: ScopeEntity[], published: string, measure = "injured", event?: EventFrame): Claim {
  const f: Frame = { measure: { id: measure, text: "injured" }, scope, ...(event ? { event } : {}), rules: ["frame.measure", "frame.story-names"] };
  return claimOn(article(id, `Officials said ${value} people were injured.`, published), { text: `${value}`, value, unit: "person", dimension: "count", subject: subject(measure, { frame: f }) });
}

describe("a story name written joined or spaced is one name", () => {
  it("'Chawkbazar' and 'Chawk Bazar' (Bangla Tribune / New Age, Old Dhaka fire, 21 Feb 2019); 'Intercity' and 'Inter City' (Citizen Matters / Daijiworld, Anekal derailment, 13 Feb 2015)", () => {
    expect(sameName(name("chawkbazar"), name("chawk-bazar"))).toBe(true);
    expect(sameName(name("bengaluru-ernakulam-intercity"), name("bengaluru-ernakulam-inter-city"))).toBe(true);
    expect(sharedNames([name("dhaka", { known: true }), name("chawkbazar")], [name("dhaka", { known: true }), name("chawk-bazar")]).length).toBe(2);
  });
  it("not a short run of letters, nor two names of as many words, nor a name with a word more", () => {
    expect(sameName(name("ban-na"), name("banna"))).toBe(false);
    expect(sameName(name("chawk-bazar"), name("chaw-kbazar"))).toBe(false);
    expect(sameName(name("chawkbazar"), name("chawk-bazar-road"))).toBe(false);
  });
  it("two same-day reports of one fire naming the district each way meet (weak); a district of their own each do not", () => {
    // Bangla Tribune: 'So far, 70 people have been killed and 41 others injured' (lead: Old Dhaka's Chawkbazar);
    // New Age the same day: 'At least 70 people were killed and 55 others injured as a deadly fire broke out ... at Chawk Bazar in old town of Dhaka'.
    const day = "2019-02-20";
    const dhaka = name("dhaka", { known: true, day });
    const tribune = told("a", 41, [dhaka, name("chawkbazar", { day })], "2019-02-21");
    const newAge = told("b", 55, [dhaka, name("chawk-bazar", { day })], "2019-02-21");
    const match = sameThing(newAge, tribune);
    expect(match?.strength).toBe("weak");
    expect(match?.why).toBe("both reports: fire; both name dhaka and chawk-bazar; published the same day");
    // Another neighbourhood of Dhaka the same day: two fires.
    expect(sameThing(told("c", 12, [dhaka, name("banani", { day })], "2019-02-21"), tribune)).toBeNull();
  });
});

describe("a venue's kind told two ways is one venue across reports", () => {
  const stampede = (place: string): EventFrame => ({ id: "stampede", text: "stampede", place });
  const venue = (id: string): ScopeEntity => ({ kind: "place", id, text: id, within: [] });
  it("venueStem: 'shrine' stands as 'temple', alone or closing a name; other words and venues are left", () => {
    expect(venueStem("naina-devi-shrine")).toBe("naina-devi-temple");
    expect(venueStem("shrine")).toBe("temple");
    expect(placeStem("naina-devi-shrine")).toBe("naina-devi-temple");
    expect(venueStem("lame-horse-club")).toBe("lame-horse-nightclub");
    expect([venueStem("shrine-road"), venueStem("jama-mosque"), venueStem("church"), venueStem("clubhouse")]).toEqual(["shrine-road", "jama-mosque", "church", "clubhouse"]);
  });
  it("'the Naina Devi temple' (IANS) and 'the Naina Devi shrine' (Rediff), 4 Aug 2008: one stampede; another temple's is not", () => {
    const ians = told("a", 40, [{ kind: "named", id: "temple", text: "temple" }, venue("naina-devi-temple")], "2008-08-04", "injured", stampede("naina-devi-temple"));
    const rediff = told("b", 50, [{ kind: "named", id: "shrine", text: "shrine" }, venue("naina-devi-shrine")], "2008-08-04", "injured", stampede("naina-devi-shrine"));
    expect(sameThing(rediff, ians)?.strength).toBe("strong");
    const other = told("c", 12, [{ kind: "named", id: "shrine", text: "shrine" }, venue("chamunda-devi-shrine")], "2008-08-04", "injured", stampede("chamunda-devi-shrine"));
    expect(sameThing(other, ians)).toBeNull();
  });
  it("a temple and a mosque stay two venues", () => {
    const temple = told("a", 40, [{ kind: "named", id: "temple", text: "temple" }], "2008-08-04", "injured", stampede("jama-temple"));
    const mosque = told("b", 50, [{ kind: "named", id: "mosque", text: "mosque" }], "2008-08-04", "injured", stampede("jama-mosque"));
    expect(sameThing(mosque, temple)).toBeNull();
  });
});
