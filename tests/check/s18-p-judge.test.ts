/**
 * The judgement of two figures once they are taken for one thing (s18-p): counts of things read
 * to the unit, two nouns of one counted thing, a limit measure's ceiling, and a figure its own
 * report tells was revised away. Wording after real reports: Dar and The Mind Circle on the
 * Iconic Tower (2021, 2023); AFP and AP on the Banaran landslide (Ponorogo, 2017); AFP and Cruise
 * Ship Sinking on the Joola (2002); WeNews and Al Jazeera on the Katesh landslides (Tanzania, 2023);
 * teleSUR and MSN on Cyclone Jude (Mozambique, 2025).
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { revisedAway } from "../../core/check/revised-away.js";
import { isTally } from "../../core/check/tally.js";
import { runEntry } from "./corpus-runner.js";
import { article } from "./support.js";

const crossTexts = (...articles: { id: string; published: string; body: string }[]) =>
  runEntry({ name: "s18-p", articles }).filter((f) => f.kind === "cross-article-conflict").map((f) => f.claims.map((c) => c.text).sort().join(" | "));

const tower = (floors: string) => ({
  id: "tower-a", published: "2021-06-18",
  body: `Iconic Tower tops out as Africa’s tallest skyscraper\nThe crown jewel among 18 skyscrapers that characterise the Central Business District, the 385-metre-high ${floors} Iconic Tower was designed by Dar.`,
});
const towerLater = (floors: string) => ({
  id: "tower-b", published: "2023-02-01",
  body: `The Iconic Tower: Africa’s Tallest Building\nLocated in Cairo, Egypt, in the New Administrative Capital, the Iconic Tower has become the tallest building in Africa. It has an impressive height of 400 meters and ${floors} covering an area of 265,000 m2 in total.`,
});

describe("a count of things is read to the unit below a hundred", () => {
  it("sets an 80-floor tower against 77 floors", () => {
    expect(crossTexts(tower("80-floor"), towerLater("77 floors"))).toEqual(["77 | 80-floor"]);
  });
  it("leaves 'some 79 floors' with an 80-floor tower: the 'some' reaches it", () => {
    expect(crossTexts(tower("80-floor"), towerLater("some 79 floors"))).toEqual([]);
  });
  it("reads a counted noun as a tally, a unit of measurement not", () => {
    const [floors] = extractClaims(article("t", "The tower has 80 floors.")).filter((c) => c.value === 80);
    const [metres] = extractClaims(article("m", "The tower is 80 metres tall.")).filter((c) => c.value === 80);
    expect(floors && isTally(floors)).toBe(true);
    expect(metres && isTally(metres)).toBe(false);
  });
});

const homes = (figure: string) => ({
  id: "slide-a", published: "2017-04-01",
  body: `Landslide in Indonesia leaves dozens missing\nSpokesman Sutopo Purwo Nugroho said ${figure} in Banaran village of Ponorogo district in East Java were destroyed due to the landslide.`,
});
const houses = (figure: string) => ({
  id: "slide-b", published: "2017-04-02",
  body: `Heavy rain halts search for missing in Indonesia landslide\nThe landslide hit ${figure} and farmers harvesting ginger in Banaran village in East Java province's Ponorogo district.`,
});

describe("two nouns of one counted thing are one unit", () => {
  it("sets 'almost 30 homes' against 'some 23 houses'", () => {
    expect(crossTexts(homes("almost 30 homes"), houses("some 23 houses"))).toHaveLength(1);
  });
  it("leaves 'almost 30 homes' and 'some 28 houses' in agreement", () => {
    expect(crossTexts(homes("almost 30 homes"), houses("some 28 houses"))).toEqual([]);
  });
  it("keeps 18 houses and about 3,500 homes of one weak match apart as a part and its whole", () => {
    const a = { id: "jude-a", published: "2025-03-10", body: "Cyclone Jude destroyed approximately 3,500 homes, the authorities said." };
    const b = { id: "jude-b", published: "2025-03-10", body: "In the district, 18 houses were destroyed, the authorities said." };
    expect(crossTexts(a, b)).toEqual([]);
  });
});

const ferry = (id: string, published: string, words: string) => ({ id, published, body: `The Joola ferry capsized off the Gambia. The Joola was equipped to carry ${words}.` });

describe("a ceiling of a capacity is the capacity", () => {
  it("sets 'a maximum of about 550 passengers' against 'a maximum of 580 passengers'", () => {
    expect(crossTexts(ferry("j-a", "2002-09-27", "a maximum of about 550 passengers"), ferry("j-b", "2002-09-28", "a maximum of 580 passengers"))).toHaveLength(1);
  });
  it("leaves 'a maximum of 580' and 'about 575 passengers' in agreement", () => {
    expect(crossTexts(ferry("j-a", "2002-09-27", "about 575 passengers"), ferry("j-b", "2002-09-28", "a maximum of 580 passengers"))).toEqual([]);
  });
});

describe("a figure its own report tells was revised away", () => {
  const revised = article("k-b", "At least 65 people have been killed in landslides in northern Tanzania, Prime Minister Kassim Majaliwa said on Tuesday, revising the death toll of 68 given by regional officials a day earlier.", "2023-12-06");
  const given = article("k-c", "Regional officials in northern Tanzania gave a death toll of 68 from the landslides on Monday.", "2023-12-05");
  it("reads the old level of a told revision", () => {
    const old = extractClaims(revised).find((c) => c.value === 68);
    const current = extractClaims(revised).find((c) => c.value === 65);
    expect(old && revisedAway(old)).toBe(true);
    expect(current && revisedAway(current)).toBe(false);
  });
  it("does not read a toll merely given", () => {
    const toll = extractClaims(given).find((c) => c.value === 68);
    expect(toll && revisedAway(toll)).toBe(false);
  });
  it("sets the revised-away figure against no other report's", () => {
    const first = { id: "k-a", published: "2023-12-05", body: "The death toll from landslides and flooding in northern Tanzania has risen to 63, Prime Minister Kassim Majaliwa said at a ceremony in Katesh." };
    expect(crossTexts(first, { ...revised, published: "2023-12-06" }).filter((pair) => pair.includes("68"))).toEqual([]);
  });
});
