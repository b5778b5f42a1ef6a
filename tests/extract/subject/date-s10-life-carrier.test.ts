import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the date claim written `words` in `body`. */
function frameOf(body: string, words: string, published = "2024-05-08"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame;
}

describe("a birth told with words between the verb and its date (life-dates.ts)", () => {
  it("reads the name given at birth: 'X, born Agnes Gonxha Bojaxhiu on DATE'", () => {
    const frame = frameOf("Mother Teresa, born Agnes Gonxha Bojaxhiu on August 26, 1910, in Skopje, was a nun.", "August 26, 1910");
    expect(frame?.measure.id).toBe("date.birth");
    expect(frame?.scope.map((s) => s.id)).toEqual(["mother-teresa"]);
  });
  it("reads two places set off by commas: 'was born in Skopje, in Macedonia, on DATE'", () => {
    const frame = frameOf("Mother Teresa was born in Skopje, in Macedonia, on August 27, 1910, into a wealthy family.", "August 27, 1910");
    expect(frame?.measure.id).toBe("date.birth");
    expect(frame?.scope[0]?.id).toBe("mother-teresa");
  });
  it("reads a time of day and a 'he' for the person the sentence before opens with", () => {
    // The headline's last words and the next line's first are no one name ("Tres Coracoes\n\nPele"), nor "King Pele".
    const body = "King Pele: the man registered in Tres Coracoes\n\nPele's first document was registered in Tres Coracoes. His birth certificate shows that he was born at 3 a.m. on October 21, 1940.";
    const frame = frameOf(body, "3 a.m. on October 21, 1940");
    expect(frame?.measure.id).toBe("date.birth");
    expect(frame?.scope[0]?.id).toBe("pele");
  });
  it("takes no 'he' for a one-word name the article writes once, opening a sentence", () => {
    const body = "Records are thin. Pele's first document was lost. His certificate shows that he was born at 3 a.m. on October 21, 1940.";
    expect(frameOf(body, "3 a.m. on October 21, 1940")?.measure.id ?? "none").toBe("none");
  });
  it("dates no birth by the day she kept as her birthday", () => {
    const body = "She later considered 27 August, the day she was baptised, her true birthday. She was baptised in Skopje.";
    expect(frameOf(body, "27 August")?.measure.id ?? "none").toBe("none");
  });
});

describe("a vehicle's happening told by a verb (date-thing-carrier.ts)", () => {
  const cnn = "A charter airplane with more than 80 people on board, including players from the Brazilian soccer team Chapecoense, crashed near Rionegro, Colombia, outside Medellin, on Monday, November 28.";
  it("dates the crash, anchored on whom the plane carried, not on a nationality", () => {
    const frame = frameOf(cnn, "Monday, November 28", "2016-11-29");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.event?.id).toBe("crash");
    expect(frame?.scope.map((s) => s.id)).toEqual(["chapecoense"]);
  });
  it("takes the names after the date in the verb's clause, and 'late' in the date", () => {
    const body = "According to reports, 75 people died when an aircraft crashed late 28 November 2016 with 81 people on board, including players of the Brazilian soccer club Chapecoense.";
    const frame = frameOf(body, "late 28 November 2016", "2016-12-01");
    expect(frame?.event?.id).toBe("crash");
    expect(frame?.scope.map((s) => s.id)).toEqual(["chapecoense"]);
  });
  it("reads no crash that did not happen, nor a day something else was done", () => {
    expect(frameOf("The pilot said the plane could have crashed on Monday.", "Monday", "2016-11-29")?.measure.id ?? "none").toBe("none");
    expect(frameOf("The plane crashed, officials said on Monday.", "Monday", "2016-11-29")?.measure.id ?? "none").toBe("none");
    expect(frameOf("The driver whose car crashed was charged on Monday.", "Monday", "2016-11-29")?.measure.id ?? "none").toBe("none");
  });
  it("reads no vehicle's crash when the clause names no vehicle", () => {
    expect(frameOf("The market crashed on Monday, November 28.", "Monday, November 28", "2016-11-29")?.measure.id ?? "none").toBe("none");
  });
});

describe("a pronoun's person named in full (life-person.ts)", () => {
  it("reads 'Kim's date of birth. He was born' as Kim Jong Un's birth when the article names him in full", () => {
    const body = "Some basic information regarding North Korea's leader, Kim Jong Un, has been missed. Yesterday, the US Treasury Department identified Kim's date of birth. He was born on January 8, 1984.";
    expect(frameOf(body, "January 8, 1984", "2016-07-10")?.scope[0]?.id).toBe("kim-jong-un");
  });
  it("keeps the short name when the article names two people holding it", () => {
    const body = "Kim Jong Un succeeded Kim Jong Il. Officials identified Kim's date of birth. He was born on January 8, 1984.";
    expect(frameOf(body, "January 8, 1984", "2016-07-10")?.scope[0]?.id).toBe("kim");
  });
});

describe("a life told by a lifespan, a possessive or a particle (life-dates.ts)", () => {
  it("reads a lifespan of two full dates after a name as the birth", () => {
    const frame = frameOf("Mother Teresa (26 August 1910 – 5 September 1997) was a Roman Catholic nun.", "26 August 1910 – 5 September 1997", "2016-09-04");
    expect(frame?.measure.id).toBe("date.birth");
    expect(frame?.scope[0]?.id).toBe("mother-teresa");
  });
  it("reads no years in brackets after a name, which may be a term of office", () => {
    expect(frameOf("Prime Minister David Cameron (2010–2016) called the vote.", "2010–2016")?.measure.id ?? "none").toBe("none");
  });
  it("reads 'Pele's death on DATE', and no country's 'birth'", () => {
    expect(frameOf("Fans mourned Pele's death on 29 December 2022 in Sao Paulo.", "29 December 2022", "2023-01-03")?.measure.id).toBe("date.death");
    expect(frameOf("Historians date Israel's birth in 1948 to the declaration.", "1948", "2023-01-03")?.measure.id ?? "none").toBe("none");
  });
  it("takes 'do' inside a Portuguese name", () => {
    expect(frameOf("The legend Edson Arantes do Nascimento (born 23 October 1940) was known as Pele.", "23 October 1940", "2023-01-03")?.scope[0]?.id).toBe("edson-arantes-do-nascimento");
  });
});

describe("a vessel's happening 'on the morning of' (date-thing-carrier.ts)", () => {
  it("reads 'The ferry MV Sewol capsized on the morning of DATE' under the vessel's own name", () => {
    const frame = frameOf("The ferry MV Sewol capsized on the morning of 16 April 2014.", "16 April 2014", "2014-04-20");
    expect(frame?.event?.id).toBe("capsizing");
    expect(frame?.scope.map((s) => s.id)).toEqual(["sewol"]);
  });
});

describe("a name with a particle after an opening participle (life-person.ts)", () => {
  it("reads 'Born on October 23, 1940, Edson Arantes do Nascimento ...' as the whole name's birth", () => {
    const frame = frameOf("Born on October 23, 1940, Edson Arantes do Nascimento, better known to the world as Pele, was a master of the game.", "October 23, 1940", "2010-01-01");
    expect(frame?.scope[0]?.id).toBe("edson-arantes-do-nascimento");
  });
});
