import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim } from "../../../core/model.js";

/** The measure class of the claim written `words` in `body`, or undefined when it has no frame. */
function measureOf(body: string, words: string, published = "2024-05-08"): string | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.text === words)?.subject?.frame?.measure.id;
}

describe("counts of people told by a clause after the figure", () => {
  it("reads 'N more are missing' and 'N others were hurt' as the counted people's status", () => {
    expect(measureOf("At least two workers have been killed and 13 more are missing feared dead after a blast at a factory.", "13")).toBe("missing");
    expect(measureOf("One miner died and 40 more were hurt when the roof gave way.", "40")).toBe("injured");
  });
  it("reads 'pronounced dead' as the dead", () => {
    expect(measureOf("At least 15 individuals were pronounced dead as a result of the collision.", "At least 15")).toBe("killed");
  });
  it("reads people taken to hospital as the injured, and those still there as the in-hospital subset", () => {
    expect(measureOf("The truck hit the bus near the town. Ten others were rushed to hospitals with severe injuries.", "Ten")).toBe("injured");
    expect(measureOf("The ferry caught fire off the coast; 23 people have been admitted to a nearby hospital.", "23")).toBe("injured");
    expect(measureOf("A woman died of her injuries on Tuesday. Nine people remain in hospital, four in critical care.", "Nine")).toBe("injured.in-hospital");
  });
  it("never makes carers sent to hospitals a count of the hurt", () => {
    expect(String(measureOf("After the blast, 200 doctors were sent to hospitals in the region.", "200"))).not.toMatch(/^injured/);
    expect(String(measureOf("After the crash, 12 ambulances were rushed to the hospital.", "12"))).not.toMatch(/^injured/);
  });
  it("reads a status past a dashed or 'mostly' aside, but not a verb with its own figure", () => {
    const body = "A head-on collision between a van and a coal truck left at least 20 people - including 18 preschoolers - dead and another 44, mostly children, injured on Wednesday.";
    expect(measureOf(body, "at least 20")).toBe("killed");
    expect(measureOf(body, "44")).toBe("injured");
    // "injured 30" has its own figure: the aside's status word is no verb of the count before it.
    expect(measureOf("The bomb killed 12 people, including three children, injured 30 and damaged the market.", "12")).toBe("killed");
  });
  it("reads the rescued past a reporter's adverb, and the taking-out verbs before the count", () => {
    expect(measureOf("The mudslide has killed at least 30 people; at least eight people have reportedly been pulled out alive.", "at least eight")).toBe("rescued");
    expect(measureOf("Rescuers pulled 22 people out of the rubble alive on Sunday.", "22")).toBe("rescued");
    expect(measureOf("Rescuers dug 14 survivors alive from the debris.", "14")).toBe("rescued");
    // Without "alive" a body taken out is no rescue.
    expect(measureOf("Rescuers pulled 22 people out of the river on Sunday.", "22")).not.toBe("rescued");
  });
  it("reads people a disaster forced out as evacuated or displaced", () => {
    expect(measureOf("The Caldor Fire has forced about 50,000 people to evacuate from its path.", "about 50,000")).toBe("evacuated");
    expect(measureOf("Fighting in the north has forced 3,000 people to flee their homes this week.", "3,000")).toBe("displaced");
    expect(measureOf("Flooding left 23 people dead and forced 5,000 from their homes in Kerala.", "5,000")).toBe("displaced");
    // Forced to do something else: no class of the displaced.
    expect(String(measureOf("The strike forced 3,000 people to walk to work.", "3,000"))).not.toMatch(/displaced|evacuated/);
  });
  it("counts arrests as the arrested, and the number of a rally's participants as a crowd", () => {
    expect(measureOf("Fewer than two dozen protesters were arrested on Wednesday, as the total number of arrests for the week topped 1,700.", "topped 1,700")).toBe("arrested");
    expect(measureOf("The authorities estimate the number of participants at about 150,000.", "about 150,000")).toBe("crowd");
  });
});

describe("the missing presumed dead", () => {
  it("reads 'were feared dead' and 'are presumed dead' as the missing, apart from the dead found", () => {
    const body = "A day after a mudslide hit the hamlet, 42 people were found dead and over 120 were feared dead under the slush.";
    expect(measureOf(body, "42")).toBe("killed");
    expect(measureOf(body, "over 120")).toBe("missing");
    expect(measureOf("Six people are presumed dead after the bridge came down, officials said.", "Six")).toBe("missing");
    expect(measureOf("Eleven fishermen are feared to have drowned after their boat sank.", "Eleven")).toBe("missing");
    // "believed killed" is an early, unconfirmed count of the dead, not of the missing.
    expect(measureOf("A U.S. official said at least 10 American military members were believed killed in the explosions at the airport.", "at least 10")).toBe("killed");
  });
  it("keeps the dead found, and 'dead or feared dead' their sum", () => {
    expect(measureOf("Rescuers said 14 people were found dead in the rubble.", "14")).toBe("killed");
    expect(measureOf("The number of people dead or feared dead has risen to 80.", "80")).toBe("killed-or-missing");
  });
});

describe("roles of one class", () => {
  it("takes the residents evacuated or displaced as all of them, and residents killed as a part", () => {
    expect(measureOf("The Caldor Fire has forced about 50,000 residents to evacuate from its path.", "about 50,000")).toBe("evacuated");
    expect(measureOf("Floods have displaced 12,000 residents of the district this week.", "12,000")).toBe("displaced");
    expect(measureOf("The shelling killed three residents of the village on Monday.", "three")).toBe("killed.resident");
  });
});

describe("survivors someone took out, and places between a count and its clause", () => {
  it("reads survivors rescued or picked up as the rescued, and survivors alone as survivors", () => {
    expect(measureOf("A total of 33 survivors were rescued two days after the ferry capsized.", "A total of 33")).toBe("rescued");
    expect(measureOf("The body was found, while eight more survivors were picked up from the rough seas.", "eight")).toBe("rescued");
    expect(measureOf("Only 104 survivors remained after the ship went down.", "104")).toBe("survivor");
  });
  it("reads 'forced N residents of <place> to leave their homes' past the named place", () => {
    expect(measureOf("The blaze had forced about 23,000 residents of El Dorado County to leave their homes.", "about 23,000")).toBe("displaced");
    // A lowercase phrase between is no place: the clause is not read past it.
    expect(String(measureOf("The blaze had forced about 23,000 residents of the hills to walk for hours.", "about 23,000"))).not.toMatch(/displaced|evacuated/);
  });
});

describe("the dead told by where they died", () => {
  it("reads 'died at the scene' and 'died in hospital' as parts of the toll, the toll itself as the dead", () => {
    const body = "Twelve people, including nine in the mini-bus, died at the scene. Five others died in hospital after treatment failed. The crash killed 17 people.";
    expect(measureOf(body, "Twelve", "2011-08-06")).toBe("killed.at-scene");
    expect(measureOf(body, "Five", "2011-08-06")).toBe("killed.in-hospital");
    expect(measureOf(body, "17", "2011-08-06")).toBe("killed");
    expect(measureOf("The toll rose to 12 after two more people later died in hospital.", "12")).toBe("killed");
  });
  it("keeps the dead whose place of death is no subset ('died in the blast', 'died in Kabul')", () => {
    expect(measureOf("Twelve people died in the blast on Monday.", "Twelve")).toBe("killed");
    expect(measureOf("Twelve people died in Kabul on Monday.", "Twelve")).toBe("killed");
  });
});
