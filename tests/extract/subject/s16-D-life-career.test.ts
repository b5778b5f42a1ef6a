import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the date claim written `words` in `body`. */
function frameOf(body: string, words: string, published = "2024-09-12"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame;
}
const scope = (frame: Frame | undefined) => frame?.scope.map((e) => e.id);

/** An obituary's lead: the person named in full, then by surname. */
const OBIT = (name: string, rest: string) => `Former President ${name} dies at 86\n\nFormer President ${name} died on Wednesday at his home, his family said. ${name.split(" ").pop()} had been ill for months.\n\n${rest}`;

describe("a public life's happenings as date claims (life-career.ts)", () => {
  it("dates a sentence told after a date opening its sentence, by 'he', as the report's person's, with its length", () => {
    const frame = frameOf(OBIT("Alberto Fujimori", "In 2009, he was convicted of kidnap and murder and sentenced to 25 years in prison."), "2009");
    expect(frame?.measure.id).toBe("date.sentenced");
    expect(scope(frame)).toEqual(["alberto-fujimori"]);
    expect(frame?.event?.id).toBe("sentence-25");
  });
  it("dates a diagnosis with its illness, the person before the verb", () => {
    const frame = frameOf(OBIT("Jose Mujica", "Mujica was diagnosed with cancer of the oesophagus in May 2024, which then spread to his liver."), "May 2024", "2025-05-14");
    expect(frame?.measure.id).toBe("date.diagnosed");
    expect(frame?.event?.id).toBe("diagnosis-cancer");
    expect(scope(frame)).toEqual(["jose-mujica"]);
  });
  it("dates a taking of power by force apart from an office", () => {
    const frame = frameOf(OBIT("Muhammadu Buhari", "Buhari ruled Nigeria as a military head of state when he seized power in 1984 from a civilian president."), "1984", "2025-07-13");
    expect(frame?.measure.id).toBe("date.office-start");
    expect(frame?.event?.id).toBe("rule-seized");
    expect(scope(frame)).toEqual(["muhammadu-buhari"]);
  });
  it("dates a participle's happening as its sentence's subject's (AP on Jerry Rawlings, 12 November 2020)", () => {
    const body = OBIT("Jerry Rawlings", "He won the elections and was sworn in as president in 1993 and served two elected four-year terms, leaving office in 2001.");
    const frame = frameOf(body, "2001", "2020-11-12");
    expect(frame?.measure.id).toBe("date.office-end");
    expect(scope(frame)).toEqual(["jerry-rawlings"]);
    expect(frameOf(OBIT("Jerry Rawlings", "The party governed for a decade, leaving office in 2001."), "2001", "2020-11-12")?.measure.id).not.toBe("date.office-end");
  });
  it("dates becoming president by its office (ZeroHedge, 17 June 2019)", () => {
    const frame = frameOf("Egypt's Former President, Mohamed Morsi, Has Died In Court\n\nMorsi, who was visited by Hillary Clinton in July 2012, became president in June 2012.", "June 2012", "2019-06-17");
    expect(frame?.measure.id).toBe("date.office-start");
    expect(frame?.event?.id).toBe("rule-president");
  });
  it("does not take a group named in an aside for the person (AP, 17 June 2019)", () => {
    const body = "Mohammed Morsi, ousted Egyptian president, dies in court\n\nMorsi, a leader of Egypt's largest Islamist group, the now outlawed Muslim Brotherhood, was elected president in 2012 in the country's first free elections.";
    expect(scope(frameOf(body, "2012", "2019-06-17")) ?? []).not.toContain("muslim-brotherhood");
  });
  it("dates leaving office", () => {
    const frame = frameOf(OBIT("Jerry Rawlings", "Rawlings left office in 2001 after two elected terms."), "2001", "2020-11-12");
    expect(frame?.measure.id).toBe("date.office-end");
  });
  it("does not read another's happening, a plan, another office, a relative, or a diagnosis without its illness", () => {
    expect(frameOf(OBIT("Alberto Fujimori", "A judge sentenced Vladimiro Montesinos in 2006 to 20 years."), "2006")?.measure.id).not.toBe("date.sentenced");
    expect(frameOf(OBIT("Alberto Fujimori", "His successor will be sworn in on July 28, 2026."), "July 28, 2026")?.measure.id).not.toBe("date.office-start");
    expect(frameOf(OBIT("Jose Mujica", "Mujica was elected to the Senate in 1999."), "1999", "2025-05-14")?.measure.id).not.toBe("date.elected");
    expect(frameOf(OBIT("Jose Mujica", "His brother was diagnosed with cancer in 2010."), "2010", "2025-05-14")?.measure.id).not.toBe("date.diagnosed");
    expect(frameOf(OBIT("Jose Mujica", "Mujica was diagnosed in 2010, his doctors said."), "2010", "2025-05-14")?.measure.id).not.toBe("date.diagnosed");
  });
  it("does not give 'he' to the report's person when another person was named last", () => {
    const body = OBIT("Mwai Kibaki", "His successor Uhuru Kenyatta spoke of him at length. He took office in 2013 after an election.");
    expect(scope(frameOf(body, "2013", "2022-04-22")) ?? []).not.toContain("mwai-kibaki");
  });
  it("does not read a second happening of a class as the first", () => {
    expect(frameOf(OBIT("Muhammadu Buhari", "Buhari was elected for a second term in 2019."), "2019", "2025-07-13")?.measure.id).not.toBe("date.elected");
  });
});

describe("a term of the top office as a span of years (life-term.ts)", () => {
  it("reads the span after the office, for the report's person named short", () => {
    const frame = frameOf("Former President Mwai Kibaki is dead\n\nKibaki served as the third president of the Republic of Kenya from 2002 to 2013.\n\nKibaki died on Friday.", "from 2002 to 2013", "2022-04-22");
    expect(frame?.measure.id).toBe("date.office-start");
    expect(frame?.event?.id).toBe("rule-president");
    expect(scope(frame)).toEqual(["mwai-kibaki"]);
  });
  it("tells a prime minister's term from a president's (DW, 6 September 2019)", () => {
    const body = "Zimbabwe ex-president Robert Mugabe dies at 95\n\nRobert Mugabe, who served as prime minister of Zimbabwe from 1980 to 1987 and then as president from 1987 to 2017, has died, aged 95.";
    expect(frameOf(body, "from 1980 to 1987", "2019-09-06")?.event?.id).toBe("rule-prime-minister");
    expect(frameOf(body, "from 1987 to 2017", "2019-09-06")?.event?.id).toBe("rule-president");
  });
  it("reads years in brackets after the office (Politics Nigeria, 22 April 2022)", () => {
    const frame = frameOf("Former president dies at 90\n\nKenya’s third president (from 2003 to 2013), Mwai Kibaki, has died aged 90. Kibaki had been in and out of hospital.", "from 2003 to 2013", "2022-04-22");
    expect(frame?.measure.id).toBe("date.office-start");
    expect(scope(frame)).toEqual(["mwai-kibaki"]);
  });
  it("takes the clause's first person, not a name after 'the'; reads no party office and no decade", () => {
    const fidel = "Fidel Castro dies at 90\n\nFidel governed the Republic of Cuba as Prime Minister from 1959 to 1976 and then as President from 1976 to 2008. Castro died on Friday.";
    expect(scope(frameOf(fidel, "from 1959 to 1976", "2016-11-26"))).toEqual(["fidel-castro"]);
    const party = "Fidel Castro dies at 90\n\nCastro also served as the First Secretary of the Communist Party of Cuba from 1961 until 2011. Castro died on Friday.";
    expect(frameOf(party, "from 1961 until 2011", "2016-11-26")?.measure.id).not.toBe("date.office-start");
    const decade = "Ronald Reagan dies at 93\n\nDuring his years in office, throughout most of the 1980s, Reagan underwent surgery. Reagan died on Saturday.";
    expect(frameOf(decade, "1980s", "2004-06-06")?.measure.id).not.toBe("date.office-start");
  });
  it("does not read years in brackets after a name", () => {
    expect(frameOf("Peruvian President Alberto Fujimori (1990-2000) died on Wednesday at the age of 86. Fujimori had cancer.", "1990-2000")?.measure.id).not.toBe("date.office-start");
  });
  it("does not read an office of something that is no country, nor a span with no office", () => {
    expect(frameOf("Former President Mwai Kibaki is dead. Kibaki was president of the Kenya Football Federation from 1990 to 1994.", "from 1990 to 1994", "2022-04-22")?.measure.id).not.toBe("date.office-start");
    expect(frameOf("Former President Mwai Kibaki is dead. Kibaki studied at Makerere from 1950 to 1955.", "from 1950 to 1955", "2022-04-22")?.measure.id).not.toBe("date.office-start");
  });
});

describe("a relative's life and a weekday are not the report's person (life-relatives.ts, person-dates.ts)", () => {
  it("gives a relative's death told in passing no frame", () => {
    const body = "Former president dies at 90\n\nKenya's third president, Mwai Kibaki, has died aged 90. The deceased is survived by four children. His wife, Lucy Kibaki, died in 2016.";
    expect(frameOf(body, "2016", "2022-04-22")).toBeUndefined();
  });
  it("leaves the weekday out of the name of who died", () => {
    const body = "Former president dies at 90\n\nKenya's third president, Mwai Kibaki, has died aged 90. According to President Uhuru Kenyatta on Friday, Kibaki died on Thursday night.";
    const frame = frameOf(body, "Thursday night", "2022-04-22");
    expect(frame?.measure.id).toBe("date.death");
    expect(scope(frame)?.some((id) => id.includes("friday"))).toBe(false);
  });
});
