import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/** The scope of the claim with these words (which must be read as a claim with a frame). */
function scopeOf(body: string, text: string) {
  const frame = extractClaims({ id: "a", body, published: "2019-06-03" }).find((c) => c.text === text)?.subject?.frame;
  expect(frame, `a claim "${text}" with a frame`).toBeDefined();
  return frame!.scope;
}
const names = (body: string, text: string) => scopeOf(body, text).filter((e) => e.id.startsWith("name:")).map((e) => e.id);

// A toll with no event and no place of its own is anchored by the rare names headline and lead share.
describe("story names (frame.story-names)", () => {
  it("names the headline or lead give where it happened anchor the lead's toll", () => {
    const body = "Crowd panic at Ruvenza bridge festival\nOfficials said 23 people died after panic broke out on the Ruvenza bridge in Tamokwe late on Saturday.\nThe festival was cancelled.";
    expect(names(body, "23")).toEqual(["name:ruvenza", "name:tamokwe"]);
  });
  it("a person named as who acted is no anchor, nor a country, a demonym, a month or a title", () => {
    const body = "President Okonkwo mourns 23 dead in Nigeria\nPresident Okonkwo said on Sunday that 23 Nigerian fans died in June at a match in Nigeria.\nHe ordered an inquiry.";
    expect(names(body, "23")).toEqual([]);
  });
  it("a count after the lead that is no toll ('Among those killed were 10') gets no names", () => {
    const body = "Crowd panic at Ruvenza bridge festival\nAt least 23 died on the Ruvenza bridge in Tamokwe. Among those killed were 10 people from one village.\nThe festival was cancelled.";
    expect(names(body, "10")).toEqual([]);
  });
  it("a figure of another event ('another crush ... two years ago') gets no names", () => {
    const body = "Crowd panic at Ruvenza bridge festival\nPanic on the Ruvenza bridge recalled another crush two years ago, in which 5 people died in Tamokwe.\nThe festival was cancelled.";
    expect(names(body, "5")).toEqual([]);
  });
  it("the day the lead tells the event on is kept with the name; a day something was said is not", () => {
    const told = "Crowd panic at Ruvenza bridge\n23 people died on the Ruvenza bridge on Saturday, officials said.\nMore below.";
    expect(scopeOf(told, "23").find((e) => e.id === "name:ruvenza")?.within).toEqual(["lead", "day:2019-06-01"]);
    const said = "Crowd panic at Ruvenza bridge\n23 people died on the Ruvenza bridge, officials said on Sunday.\nMore below.";
    expect(scopeOf(said, "23").find((e) => e.id === "name:ruvenza")?.within).toEqual(["lead"]);
  });
  it("the story's one class of event is kept with each name; a toll of a second event of the class gets no names", () => {
    const one = "Quake kills 12 in Tamokwe\nA strong earthquake struck Tamokwe on Saturday, killing 12 people, officials said.\nMore below.";
    expect(scopeOf(one, "12").find((e) => e.id === "name:tamokwe")?.within).toContain("class:earthquake");
    const two = "Second quake hits Tamokwe\nA second earthquake struck Tamokwe on Sunday, killing 3 people, officials said.\nMore below.";
    expect(scopeOf(two, "3").some((e) => e.id.startsWith("name:"))).toBe(false);
  });
});

// The story is the article's: every count of what its incident did to people that names no other event or place of its own.
describe("story names on every count of the story (s8)", () => {
  const story = "Fire sweeps Halvik Tower\nA fire that tore through the Halvik Tower block in Brennmoor on Tuesday killed 40 people.\n";
  it("a toll deep in the body, no toll word, no event, gets the story's names; so does the whole of '39 of the 128 dead'", () => {
    const body = `${story}Crews searched the upper floors.\nBy Friday, 63 people had died, officials said.\nOnly 39 of the 128 dead have been identified.\nAround 30 residents remain missing.`;
    expect(names(body, "63")).toEqual(["name:halvik", "name:brennmoor"]);
    expect(names(body, "128")).toEqual(["name:halvik", "name:brennmoor"]);
  });
  it("a count that made the toll rise, one of another place, or one under a label is a part", () => {
    const body = `${story}The toll rose to 51 after 11 bodies were recovered.\nIn Kelbrook, 4 people died of smoke.\nFIREFIGHTERS: Two crews were hurt, and 6 others were injured.`;
    expect(names(body, "11")).toEqual([]);
    expect(names(body, "4")).toEqual([]);
    expect(names(body, "6")).toEqual([]);
  });
  it("names an event by its place or its title ('the Cianjur earthquake', 'Hurricane Otis') and keeps a two-letter word of a name ('Tai Po')", () => {
    const quake = "Cianjur Earthquake Toll Rises\nThe toll of the Cianjur earthquake reached 329, the regent said.\nMore below.";
    expect(names(quake, "329")).toEqual(["name:cianjur"]);
    const storm = "Storm toll\nAt least 27 people were killed in the aftermath of Hurricane Otis, officials said.\nMore below.";
    expect(names(storm, "At least 27")).toEqual(["name:otis"]);
    const fire = "Blaze toll\nThe death toll from the fire at Wang Fuk Court in Tai Po has risen to 128.\nMore below.";
    expect(names(fire, "128")).toEqual(expect.arrayContaining(["name:tai-po", "name:wang-fuk-court"]));
  });
});

// Session 10 (issue 15), round 2: a known place opening a headline, and a dateline with no comma before its agency.
describe("a known place capitalised only by position (s10)", () => {
  // Reuters via The Straits Times, 1 Sep 2017 (the Bhendi Bazaar collapse).
  const reuters = "Mumbai building collapse toll rises to 33 as rescuers search for survivors\nMUMBAI (Reuters, AFP) - Rescuers in India's financial capital sifted through rubble on Friday (Sept 1) in a desperate search for survivors of the collapse of a 117-year-old condemned building, as the toll from the disaster rose to 33.\nOfficials said the residential building gave way on Thursday morning following heavy rains.";
  it("a known city opening the headline and the dateline (no comma, before the agency) is a lead name", () => {
    expect(scopeOf(reuters, "33").find((e) => e.id === "name:mumbai")?.within).toEqual(expect.arrayContaining(["lead", "known"]));
  });
  it("a headline opening with a known place the text also writes as a common word gives no name", () => {
    // 'Nice' is a city the gazetteer knows; this text also writes 'nice' as a common word.
    const body = "Nice weather ends as storm kills 4\nA storm killed 4 people on Saturday, officials said, after a nice week of sun.\nMore below.";
    expect(scopeOf(body, "4").some((e) => e.id === "name:nice")).toBe(false);
  });
});

// PTI, 28 Sep 2013: 'Mumbai building crash: Scribe among dead, toll mounts to 54'; Firstpost: 'the worst building crash this monsoon'.
describe("a structure's crash is a collapse (s10)", () => {
  it("'building crash' tells the story's class, a collapse; a bus crash stays a crash", () => {
    const building = "Mumbai building crash: toll mounts to 54\nThe death toll in the building crash in Mazgaon area here soared to 54 tonight, BMC officials said.\nThe five-storey building collapsed early yesterday morning.";
    expect(scopeOf(building, "54").find((e) => e.id === "name:mazgaon")?.within).toContain("class:collapse");
    const bus = "Kullu bus crash: toll mounts to 44\nThe death toll in the bus crash in Banjar area soared to 44 on Thursday, officials said.\nThe bus fell into a gorge.";
    expect(scopeOf(bus, "44").find((e) => e.id === "name:banjar")?.within).toContain("class:crash");
  });
});

// The Telegraph (India), 16 Jul 2019: 'collapsed in south Mumbai's Dongri on Tuesday'; brief: 'Mazgaon in south Mumbai'.
describe("a name the gazetteer lacks that its sentence puts in a known city (s10)", () => {
  const within = (body: string, text: string, slug: string) => scopeOf(body, text).find((e) => e.id === `name:${slug}`)?.within ?? [];
  it("'south Mumbai's Dongri' and 'Mazgaon in south Mumbai' mark the name as in Mumbai", () => {
    const dongri = "Century-old house takes lives in Mumbai\nAt least 11 people were killed when a century-old four-storey residential building collapsed in south Mumbai's Dongri on Tuesday.\nRescuers searched the rubble in Dongri through the night.";
    expect(within(dongri, "At least 11", "dongri")).toContain("in:mumbai");
    const mazgaon = "Building collapse kills 40\nThe five-storey building collapsed in Mazgaon in south Mumbai on Friday, killing 40 people, officials said.\nRescuers searched the rubble in Mazgaon through the night.";
    expect(within(mazgaon, "40", "mazgaon")).toContain("in:mumbai");
  });
  it("a name beside the city but not in it ('in Mazgaon and Mumbai', 'from Mumbai to Mazgaon') is not marked", () => {
    const listed = "Building collapse kills 40\nThe five-storey building collapsed in Mazgaon on Friday and rescue teams came from Mumbai, killing 40 people, officials said.\nRescuers searched the rubble in Mazgaon through the night.";
    expect(within(listed, "40", "mazgaon").some((w) => w.startsWith("in:"))).toBe(false);
  });
});

// Reports of one event by different outlets, as real pages write their places and datelines.
describe("story names across outlets' ways of writing (session 11)", () => {
  it("a division's word after a name is no part of it ('Jemblung Hamlet' is Jemblung), as another outlet writes it", () => {
    // BNPB via ReliefWeb, 16 Dec 2014 (paraphrased): the toll of the landslide at 'Jemblung Hamlet, Sampang Village, ...'.
    const release = "64 Killed, Heavy Rain Hampered the Search for Landslide Victims\nThe search for landslide victims at Jemblung Hamlet, Sampang Village, Karangkobar Sub-district was suspended, with 64 people dead.\nThere are still 44 people missing.";
    expect(names(release, "64")).toContain("name:jemblung");
    expect(names(release, "64")).not.toContain("name:jemblung-hamlet");
    const upazila = "Boat capsizes in Karatoya river\nAt least 15 people were killed as a boat capsized in the Karatoya river in Boda Upazila on Sunday.\nMany swam ashore.";
    expect(names(upazila, "At least 15")).toContain("name:boda");
  });
  it("a dateline of a known city with a colon or a dash ('COLOMBO: ...') is a lead name; capitals that are no known place are not", () => {
    // CNA (Reuters), 24 Apr 2019 (paraphrased).
    const colombo = "Sri Lanka toll rises\nCOLOMBO: The death toll from the Easter Sunday bombing attacks on churches and hotels in Sri Lanka rose to 359, police said on Wednesday.\nThe toll had been put at 321 on Tuesday.";
    expect(scopeOf(colombo, "359").find((e) => e.id === "name:colombo")?.within).toContain("lead");
    const heading = "Sri Lanka toll rises\nBREAKING: The death toll from the bombing attacks on churches in Sri Lanka rose to 359, police said on Wednesday.\nMore soon.";
    expect(names(heading, "359")).toEqual([]);
  });
  it("an ordinal that tallies past events ('the third deadly building collapse in six months') leaves the story its class; a second event of the story does not", () => {
    // Al Jazeera, 29 Sep 2013 (paraphrased).
    const tally = "Death toll rises in Mumbai building collapse\nAuthorities have confirmed that 61 people died when an apartment building in Mumbai collapsed on Friday.\nThe disaster was the third deadly building collapse in six months in Mumbai.";
    expect(scopeOf(tally, "61").find((e) => e.id === "name:mumbai")?.within).toContain("class:collapse");
    const second = "Death toll rises in Mumbai building collapse\nAuthorities have confirmed that 61 people died when an apartment building in Mumbai collapsed on Friday.\nA second building collapse on Saturday killed 4 more in the city.";
    expect(scopeOf(second, "61").find((e) => e.id === "name:mumbai")?.within ?? []).not.toContain("class:collapse");
  });
});
