import { describe, expect, it } from "vitest";
import type { Claim, EventFrame, Frame, ScopeEntity } from "../../core/model.js";
import { compareClaims, sameThing } from "../../core/check/same-thing.js";
import { article, claimOn, subject } from "./support.js";

const kabul: ScopeEntity = { kind: "place", id: "kabul", text: "Kabul", within: ["afghanistan"] };
const herat: ScopeEntity = { kind: "place", id: "herat", text: "Herat", within: ["afghanistan"] };
const afghanistan: ScopeEntity = { kind: "place", id: "afghanistan", text: "Afghanistan" };
const bombing = (date?: string, place = "kabul"): EventFrame => ({ id: "attack", text: "bombing", place, ...(date ? { date } : {}) });

function frame(measure: string, words: string, scope: ScopeEntity[], event?: EventFrame): Frame {
  return { measure: { id: measure, text: words }, scope, ...(event ? { event } : {}) };
}

/** A claim "<value> <words>" in its own article, with the frame given. */
function framed(id: string, value: number, f: Frame, published = "2021-05-04", extra: Partial<Claim> = {}): Claim {
  const body = `Officials said ${value} people were ${f.measure.text}.`;
  const source = article(id, body, published);
  return claimOn(source, { text: `${value}`, value, unit: "person", dimension: "count", subject: subject(f.measure.id, { frame: f }), ...extra });
}

describe("sameThing with frames", () => {
  it("matches wounded and injured in one bombing, and says why", () => {
    const match = sameThing(
      framed("a", 12, frame("injured", "wounded", [kabul], bombing("2021-05-03"))),
      framed("b", 15, frame("injured", "injured", [kabul], bombing("2021-05-03"))),
    );
    expect(match?.strength).toBe("strong");
    expect(match?.why).toBe("both: “wounded” / “injured” in the bombing in Kabul, 3 May 2021");
  });

  it("never compares two bombings in one city on different dates", () => {
    const a = framed("a", 12, frame("killed", "killed", [kabul], bombing("2021-05-03")));
    const b = framed("b", 15, frame("killed", "killed", [kabul], bombing("2021-05-10")), "2021-05-11");
    expect(sameThing(a, b)).toBeNull();
    expect(compareClaims(a, b).stop).toBe("events-differ");
  });

  it("says where a comparison stopped", () => {
    const a = framed("a", 12, frame("killed", "killed", [kabul], bombing("2021-05-03")));
    expect(compareClaims(a, framed("b", 15, frame("injured", "injured", [kabul], bombing("2021-05-03")))).stop).toBe("measure");
    expect(compareClaims(a, framed("c", 15, frame("killed", "killed", [herat], bombing("2021-05-03", "herat")))).stop).toBe("events-differ");
    expect(compareClaims(a, framed("d", 15, frame("killed", "killed", [kabul], bombing("2021-05-03")))).stop).toBeUndefined();
  });

  it("lets a month agree with a day in it", () => {
    const a = framed("a", 12, frame("killed", "killed", [kabul], bombing("2021-05")));
    const b = framed("b", 15, frame("killed", "killed", [kabul], bombing("2021-05-03")));
    expect(sameThing(a, b)?.strength).toBe("strong");
  });

  it("does not take undated bombings in one city a week apart for one event", () => {
    const a = framed("a", 12, frame("killed", "killed", [kabul], bombing()), "2021-05-03");
    const b = framed("b", 15, frame("killed", "killed", [kabul], bombing()), "2021-05-10");
    expect(sameThing(a, b)).toBeNull();
    expect(sameThing(a, framed("c", 15, frame("killed", "killed", [kabul], bombing()), "2021-05-04"))?.strength).toBe("strong");
  });

  it("takes an undated event placed on one side only, in one news cycle, for a weak match only", () => {
    const placed = framed("a", 11, frame("killed", "killed", [kabul], bombing()), "2021-05-03");
    const unplaced = framed("b", 10, frame("killed", "killed", [], { id: "attack", text: "blast" }), "2021-05-05");
    expect(sameThing(placed, unplaced)?.strength).toBe("weak");
    // Reported within a day of each other, still weak: the blast may be another city's that day.
    expect(sameThing(placed, framed("c", 10, frame("killed", "killed", [], { id: "attack", text: "blast" }), "2021-05-04"))?.strength).toBe("weak");
    // A week later, an undated blast is not known to be the same one.
    expect(sameThing(placed, framed("d", 10, frame("killed", "killed", [], { id: "attack", text: "blast" }), "2021-05-10"))).toBeNull();
  });

  it("keeps two cities apart, and a city apart from its country when no event ties them", () => {
    const inKabul = framed("a", 3000, frame("displaced", "displaced", [kabul]));
    expect(sameThing(inKabul, framed("b", 4000, frame("displaced", "displaced", [herat])))).toBeNull();
    expect(sameThing(inKabul, framed("c", 9000, frame("displaced", "displaced", [afghanistan])))).toBeNull();
    expect(sameThing(inKabul, framed("d", 4000, frame("displaced", "displaced", [kabul])))?.why).toBe("both: “displaced”; Kabul");
  });

  it("takes a street and its city as one scope inside one event", () => {
    const street: ScopeEntity = { kind: "place", id: "istiklal-street", text: "Istiklal Street", within: ["istanbul", "turkey"] };
    const istanbul: ScopeEntity = { kind: "place", id: "istanbul", text: "Istanbul", within: ["turkey"] };
    const blast = (place: string): EventFrame => ({ id: "attack", text: "blast", place, date: "2022-11-13" });
    const a = framed("a", 6, frame("killed", "killed", [street], blast("istiklal-street")));
    const b = framed("b", 8, frame("killed", "dead", [istanbul], blast("istanbul")));
    expect(sameThing(a, b)?.strength).toBe("strong");
  });

  it("never matches two different named towers", () => {
    const body = "The towers of A were 300 metres high, and B's 200-metre towers.";
    const source = article("t", body);
    const tower = (id: string, text: string): Frame => frame("height.tower", "high", [{ kind: "named", id, text }]);
    const a = claimOn(source, { text: "300 metres", value: 300, unit: "m", dimension: "length", subject: subject("tower", { frame: tower("a", "A") }) });
    const b = claimOn(source, { text: "200-metre", value: 200, unit: "m", dimension: "length", subject: subject("tower", { frame: tower("b", "B") }) });
    expect(sameThing(a, b)).toBeNull();
  });

  it("compares an amount of change only with another amount of change", () => {
    const f = frame("inflation", "inflation", [{ kind: "place", id: "turkey", text: "Turkey" }]);
    const level = framed("a", 61, f);
    const by = framed("b", 14, f, "2021-05-04", { change: { direction: "up", role: "by", text: "up" } });
    expect(sameThing(level, by)).toBeNull();
    expect(sameThing(by, framed("c", 12, f, "2021-05-04", { change: { direction: "up", role: "by", text: "up" } }))?.strength).toBe("strong");
  });

  it("is weak when only one side names the event", () => {
    const a = framed("a", 12, frame("killed", "killed", [kabul], bombing("2021-05-03")));
    const b = framed("b", 15, frame("killed", "killed", [kabul]));
    expect(sameThing(a, b)?.strength).toBe("weak");
  });

  it("needs an anchor: the same measure alone is not the same thing", () => {
    expect(sameThing(framed("a", 12, frame("killed", "killed", [])), framed("b", 15, frame("killed", "killed", [])))).toBeNull();
  });

  it("keeps 'twin blasts' apart from one car bomb", () => {
    const twin = framed("a", 20, frame("killed", "killed", [kabul], { id: "attack", text: "twin blasts", place: "kabul" }));
    const car = framed("a", 2, frame("killed", "killed", [kabul], { id: "attack", text: "car bomb", place: "kabul" }));
    expect(sameThing(twin, car)).toBeNull();
    const attacks = framed("a", 20, frame("killed", "killed", [kabul], { id: "attack", text: "the attacks", place: "kabul" }));
    expect(sameThing(attacks, car)).toBeNull();
    // A possessive is no plural: "the explosion near the Dominican Republic's capital" is one event.
    const possessive = framed("b", 3, frame("killed", "killed", [kabul], { id: "attack", text: "explosion near the capital's", place: "kabul" }));
    expect(sameThing(possessive, car)?.strength).toBe("strong");
  });

  it("never compares different measure classes", () => {
    expect(sameThing(framed("a", 12, frame("killed", "killed", [kabul])), framed("b", 12, frame("injured", "hurt", [kabul])))).toBeNull();
  });

  it("is symmetric", () => {
    const claims = [
      framed("a", 12, frame("killed", "killed", [kabul], bombing("2021-05-03"))),
      framed("b", 15, frame("killed", "killed", [kabul])),
      framed("c", 15, frame("killed", "killed", [herat], bombing())),
      framed("d", 15, frame("killed", "killed", [afghanistan], bombing("2021-05"))),
    ];
    for (const x of claims) for (const y of claims) expect(sameThing(x, y)?.strength).toBe(sameThing(y, x)?.strength);
  });
});

describe("events recur: what pins one down across articles, and inside one story", () => {
  const quake = (date?: string, place?: string): EventFrame => ({ id: "earthquake", text: "earthquake", ...(place ? { place } : {}), ...(date ? { date } : {}) });
  const beirut: ScopeEntity = { kind: "place", id: "beirut", text: "Beirut", within: ["lebanon"] };
  const market: ScopeEntity = { kind: "named", id: "market", text: "market" };

  it("is weak when the same date ties two quakes but only one side names where", () => {
    const placed = framed("a", 173, frame("killed", "killing", [beirut], quake("2016-01-07", "beirut")), "2016-01-07");
    const nowhere = framed("b", 31, frame("killed", "killing", [], quake("2016-01-07")), "2016-01-07");
    expect(sameThing(placed, nowhere)?.strength).toBe("weak");
    expect(sameThing(placed, framed("c", 168, frame("killed", "killing", [beirut], quake("2016-01-07", "beirut")), "2016-01-08"))?.strength).toBe("strong");
  });

  it("takes a venue noun ('the market') for no anchor, a proper name for one", () => {
    const inKabul = framed("a", 20, frame("killed", "killing", [market, kabul], bombing("2016-01-04")), "2016-01-04");
    const somewhere = framed("b", 9, frame("killed", "killing", [market], { id: "attack", text: "car bomb", date: "2016-01-04" }), "2016-01-04");
    expect(sameThing(inKabul, somewhere)?.strength).toBe("weak");
    const sylhet: ScopeEntity = { kind: "named", id: "sylhet", text: "sylhet" };
    const flood = (id: string, n: number, published: string) => framed(id, n, frame("killed", "killed", [sylhet], { id: "flood", text: "floods in Sylhet" }), published);
    expect(sameThing(flood("c", 52, "2022-06-20"), flood("d", 40, "2022-06-22"))?.strength).toBe("strong");
  });

  it("takes two reports of one day that name no place at all for one event: nothing tells them apart", () => {
    const a = framed("a", 41, frame("killed", "killed", [], quake("2023-02-06")), "2023-02-08");
    const b = framed("b", 45, frame("killed", "killed", [], quake()), "2023-02-08");
    expect(sameThing(a, b)?.strength).toBe("strong");
  });

  it("keeps a standing count (refugees a country hosts) comparable years apart", () => {
    const turkey: ScopeEntity = { kind: "place", id: "turkey", text: "Turkey" };
    const syrian: ScopeEntity = { kind: "group", id: "syrian", text: "Syrian" };
    const a = framed("a", 3.5e6, frame("refugee", "refugees", [turkey, syrian]), "2020-03-01");
    const b = framed("b", 3.6e6, frame("refugee", "refugees", [turkey, syrian]), "2024-03-01");
    expect(sameThing(a, b)?.strength).toBe("strong");
  });

  it("inside one story, takes a lone event dated days before the story for another event", () => {
    const body = "The bus bombing killed 12 people. The city's last major attack, on January 5, killed 23 people.";
    const story = article("s", body, "2003-03-06");
    const twelve = claimOn(story, { text: "12", value: 12, unit: "person", dimension: "count", subject: subject("killed", { frame: frame("killed", "killed", [], { id: "attack", text: "bombing" }) }) });
    const recalled = (date: string) => claimOn(story, { text: "23", value: 23, unit: "person", dimension: "count", subject: subject("killed", { frame: frame("killed", "killed", [], { id: "attack", text: "attack", date }) }) });
    expect(sameThing(twelve, recalled("2003-01-05"))).toBeNull();
    // Dated the day before the story: the story's own event.
    expect(sameThing(twelve, recalled("2003-03-05"))?.strength).toBe("strong");
  });

  it("reads 'twin' or 'a series of' before the event's words in the subject as several events", () => {
    const church: ScopeEntity = { kind: "named", id: "church", text: "church" };
    const body = "A week after more than 80 were killed in a twin suicide bomb attack on a church.";
    const story = article("w", body, "2013-09-30");
    const twin = claimOn(story, { text: "80", value: 80, unit: "person", dimension: "count", subject: subject("killed", { frame: frame("killed", "killed", [church], { id: "attack", text: "bomb attack" }), text: "80 were killed in a twin suicide bomb attack" }) });
    const one = framed("o", 42, frame("killed", "killed", [kabul], { id: "attack", text: "attack", place: "kabul" }), "2013-09-30");
    expect(sameThing(twin, one)).toBeNull();
  });

  it("counts people whatever noun follows a casualty figure ('injured 38 others', 'wounded 60 people')", () => {
    const body = "The bomb killed 14 people and injured 38 others; another report said it wounded 60 people.";
    const story = article("u", body);
    const f = frame("injured", "injured", [], { id: "attack", text: "bomb" });
    const others = claimOn(story, { text: "38", value: 38, unit: "other", dimension: "count", subject: subject("injured", { frame: f }) });
    const people = claimOn(story, { text: "60", value: 60, unit: "person", dimension: "count", subject: subject("injured", { frame: f }) });
    expect(sameThing(others, people)?.strength).toBe("strong");
  });

  it("places an event by a name its own words give ('the shooting at Las Vegas'), so it is not another city's", () => {
    const vegas: ScopeEntity = { kind: "named", id: "las-vegas", text: "las-vegas" };
    const orlando: ScopeEntity = { kind: "place", id: "orlando", text: "orlando", within: ["united-states"] };
    const here = framed("a", 58, frame("killed", "killed", [vegas], { id: "attack", text: "shooting at Las Vegas" }), "2017-10-03");
    const there = framed("b", 49, frame("killed", "killed", [orlando], { id: "attack", text: "attack at an Orlando nightclub", place: "orlando" }), "2017-10-02");
    expect(sameThing(here, there)).toBeNull();
    const again = framed("c", 59, frame("killed", "killed", [vegas], { id: "attack", text: "Las Vegas shooting" }), "2017-10-02");
    expect(sameThing(here, again)?.strength).toBe("strong");
  });

  it("never takes a count added to another ('three more people died') for the toll", () => {
    const body = "The toll rose to 42 after three more people died.";
    const story = article("m", body);
    const f = frame("killed", "died", [kabul], bombing());
    const more = claimOn(story, { text: "three", value: 3, unit: "person", dimension: "count", subject: subject("killed", { frame: f, text: "toll rose to 42 after three more people died" }) });
    expect(sameThing(more, framed("b", 42, f))).toBeNull();
  });
});

describe("sameThing without frames (claims stored before frames)", () => {
  it("falls back on the subject words", () => {
    const source = article("s", "Turkey hosts 3.6 million Syrian refugees, and 3.5 million Syrian refugees.");
    const refugees = subject("refugee|syrian|turkey", { group: "syrian", place: "turkey" });
    const a = claimOn(source, { text: "3.6 million", value: 3.6e6, unit: "person", subject: refugees });
    const b = claimOn(source, { text: "3.5 million", value: 3.5e6, unit: "person", subject: refugees });
    expect(sameThing(a, b)).toEqual({ strength: "strong", why: "both: refugee, syrian, turkey" });
  });
});

describe("scopes read as two kinds", () => {
  it("takes one id read as a named thing and as a place for one entity", () => {
    const beirutNamed: ScopeEntity = { kind: "named", id: "beirut", text: "Beirut" };
    const beirutPlace: ScopeEntity = { kind: "place", id: "beirut", text: "Beirut", within: ["lebanon"] };
    const a = framed("a", 50, frame("killed", "killed", [beirutNamed]), "2020-08-04");
    const b = framed("b", 60, frame("killed", "killed", [beirutPlace]), "2020-08-04");
    expect(sameThing(a, b)?.why).toBe("both: “killed”; Beirut");
  });
});

describe("dates of events", () => {
  function dated(id: string, value: string, f: Frame, published: string): Claim {
    const body = `The attack happened on ${value}.`;
    return claimOn(article(id, body, published), { text: value, value, subject: subject(f.measure.id, { frame: f }) });
  }
  const occurred = (scope: ScopeEntity[]) => frame("date.occurred", "happened", scope, { id: "attack", text: "attack", place: "kabul" });

  it("never takes a city's attacks dated a day apart for one event misdated: bombings in one city recur", () => {
    expect(sameThing(dated("a", "2021-05-03", occurred([kabul]), "2021-05-04"), dated("b", "2021-05-04", occurred([kabul]), "2021-05-05"))).toBeNull();
  });
  it("takes a venue noun for no name", () => {
    const market: ScopeEntity = { kind: "named", id: "market", text: "market" };
    expect(sameThing(dated("a", "2021-05-03", occurred([kabul, market]), "2021-05-04"), dated("b", "2021-05-04", occurred([kabul, market]), "2021-05-05"))).toBeNull();
  });
  it("is sure of it when the place is inside a city (a street)", () => {
    const street: ScopeEntity = { kind: "place", id: "istiklal-street", text: "Istiklal Street", within: ["istanbul", "turkey"] };
    const onStreet = frame("date.occurred", "attack", [street], { id: "attack", text: "attack", place: "istiklal-street" });
    expect(sameThing(dated("a", "2022-11-13", onStreet, "2022-11-20"), dated("b", "2022-11-12", onStreet, "2022-11-25"))?.strength).toBe("strong");
  });
  it("never takes attacks in one place a week apart for one event", () => {
    expect(sameThing(dated("a", "2021-05-03", occurred([kabul]), "2021-05-04"), dated("b", "2021-05-10", occurred([kabul]), "2021-05-11"))).toBeNull();
  });
  it("compares an occurrence tied to one named person whatever the gap", () => {
    const person: ScopeEntity = { kind: "named", id: "osama-bin-laden", text: "Osama bin Laden" };
    const killing = frame("date.occurred", "killed", [person], { id: "raid", text: "raid" });
    expect(sameThing(dated("a", "2011-05-02", killing, "2021-05-02"), dated("b", "2011-05-01", killing, "2022-05-01"))?.strength).toBe("strong");
  });
  it("takes a person's short name and full name for one person, never two people sharing one name", () => {
    const death = (id: string, text: string) => frame("date.death", "died", [{ kind: "named", id, text }]);
    const short = dated("a", "2016-11-25", death("fidel-castro", "Fidel Castro"), "2016-11-26");
    expect(sameThing(short, dated("b", "2016-11-26", death("fidel-alejandro-castro-ruz", "Fidel Alejandro Castro Ruz"), "2017-01-15"))?.strength).toBe("strong");
    expect(sameThing(short, dated("c", "2016-11-26", death("raul-castro", "Raúl Castro"), "2017-01-15"))).toBeNull();
    // One word in common is not a name in common.
    expect(sameThing(dated("d", "2016-11-25", death("castro", "Castro"), "2016-11-26"), dated("e", "2016-11-26", death("raul-castro", "Raúl Castro"), "2017-01-15"))).toBeNull();
  });
});
