import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 22: a venue's capacity, two groups sharing one figure aboard a vehicle (after the Bangkok school bus fire,
 * 2024, and the Santiago de Compostela derailment, 2013), and "opened fire" as a shooting in the
 * story's class (after the Highland Park parade shooting, 2022), each with what must stay apart.
 */
const claimsOf = (body: string) => extractClaims({ id: "a", body, published: "2024-10-02" });
const measureOf = (body: string, text: string): string | undefined =>
  claimsOf(body).find((c) => c.kind === "quantity" && c.text.startsWith(text))?.subject?.frame?.measure.id;

describe("two groups sharing one figure aboard", () => {
  it("reads 'a bus carrying 44 students and teachers' and 'carrying 218 passengers plus crew' as everyone aboard", () => {
    expect(measureOf("At least 23 people died after a school bus, carrying 44 students and teachers caught fire.", "44")).toBe("aboard");
    expect(measureOf("The train was carrying 218 passengers plus crew when it crashed.", "218")).toBe("aboard");
  });
  it("leaves two figures, a school's roll and a crowd apart", () => {
    expect(measureOf("The bus carrying 30 students and two teachers overturned.", "30")).not.toBe("aboard");
    expect(measureOf("The school has 500 students and teachers.", "500")).not.toBe("aboard");
    expect(measureOf("Some 500,000 students and teachers took to the square.", "Some 500,000")).toBe("crowd");
  });
});

describe("'opened fire' in a story's class", () => {
  const storyClass = (body: string) =>
    claimsOf(body).find((c) => c.slot?.story?.length)?.slot?.story?.[0]?.within?.find((w) => w.startsWith("class:"));
  it("is a shooting, not a blaze", () => {
    expect(storyClass("Six killed in Highland Park parade\n\nA gunman opened fire on the parade in Highland Park on Monday. Shots rang out at 10:14 a.m.")).toBe("class:attack");
    expect(storyClass("Six killed in Highland Park warehouse blaze\n\nA fire broke out at a warehouse in Highland Park on Monday. The fire broke out at 10:14 a.m.")).toBe("class:fire");
  });
});

describe("a venue's capacity told as the people it holds (after the Estadio Azteca, Tokyo's National Stadium and Ahmedabad's stadium reports)", () => {
  it("reads a capacity frame before spectators, visitors or a bare figure as the capacity", () => {
    expect(measureOf("Designed by architects, the stadium has a capacity of over 87,000 spectators.", "over 87,000")).toBe("capacity");
    expect(measureOf("The new infrastructure, able to host 60,000 visitors, is going to be a central venue.", "60,000")).toBe("capacity");
    expect(measureOf("The stadium, with a seating capacity of 68,000, will host the final.", "68,000")).toBe("capacity");
  });
  it("leaves the people there on a day, and a capacity of something else", () => {
    expect(measureOf("About 60,000 visitors came to the stadium on Sunday.", "About 60,000")).not.toBe("capacity");
    expect(measureOf("The plant has a capacity of 500 megawatts.", "500")).not.toBe("capacity");
  });
});

describe("the area a fire burned, told by the verb before it (after the Palisades, Fort McMurray and Carmel fires)", () => {
  it("reads 'has burned 23,700 acres', 'consuming more than 8,000 acres' and 'destroyed 2,000 acres of forest' as one measure with 'acres burned'", () => {
    expect(measureOf("The fire has burned 23,700 acres.", "23,700 acres")).toBe("area.burned");
    expect(measureOf("The fire spread rapidly, consuming more than 8,000 acres.", "more than 8,000 acres")).toBe("area.burned");
    expect(measureOf("The fire destroyed 2,000 acres of forest.", "2,000 acres")).toBe("area.burned");
    expect(measureOf("More than 73,000 hectares burnt in the fire.", "More than 73,000 hectares")).toBe("area.burned");
  });
  it("keeps several fires' area apart from one fire's, and a verb that burns nothing without a fire", () => {
    expect(measureOf("Combined with smaller fires, these blazes have scorched nearly 39,000 acres in the county.", "nearly 39,000 acres")).toBe("area.burned-all");
    expect(measureOf("The flood destroyed 2,000 acres of crops.", "2,000 acres")).not.toBe("area.burned");
  });
});

describe("a sum written before a named built thing is its cost (after the New Suez Canal and Queensferry Crossing openings)", () => {
  it("reads the sum after a headline's verb of opening or an apposition's comma", () => {
    expect(measureOf("Egyptian president inaugurates $9bn 'new' Suez Canal", "$9bn")).toBe("cost");
    expect(measureOf("Britain's tallest bridge, £1.35bn Queensferry Crossing, opens to traffic.", "£1.35bn")).toBe("cost");
  });
  it("leaves a sum worth of goods", () => {
    expect(measureOf("The company opened $2 billion worth of new stores.", "$2 billion")).not.toBe("cost");
  });
});

describe("a measure of one of several events (after the Ridgecrest sequence reports of July 2019)", () => {
  it("leaves the magnitude of the quake the story's quake 'follows' or 'preceded' unframed, and frames the story's own", () => {
    expect(measureOf("The latest quake follows a 6.4-magnitude quake that struck the same area.", "6.4-magnitude")).toBeUndefined();
    expect(measureOf("A magnitude 4.2 quake preceded the main quake by about 30 minutes.", "4.2")).toBeUndefined();
    expect(measureOf("A 7.1-magnitude earthquake hit southern California on Friday.", "7.1-magnitude")).toBe("magnitude.earthquake");
  });
});
