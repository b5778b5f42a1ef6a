import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the date claim written `words` in `body`. */
function frameOf(body: string, words: string, published = "2021-11-06"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame;
}
const rules = (frame: Frame | undefined) => frame?.rules ?? [];
const TOLL_DAY = "frame.toll-day";

/** A story of one happening, with names in its body (the toll day's frame is known by the story's names). */
const STORY = (headline: string, lead: string) => `${headline}\n\n${lead}\n\nRescue teams from Freetown searched the Wellington junction near Choithram. Hospitals in Freetown treated the injured.`;

describe("the day of a story's happening told by its toll, the happening after the day (occurrence-toll.ts)", () => {
  it("reads the dead, the day, then 'when' and the happening (Reuters, Freetown, 5 November 2021)", () => {
    const frame = frameOf(STORY("Tanker blast in Freetown", "Ninety-one people were killed and more than 100 injured in Sierra Leone's capital on Friday when a fuel tanker exploded after a collision, the central morgue said."), "Friday");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.event?.id).toBe("attack");
    expect(rules(frame)).toContain(TOLL_DAY);
    expect(frame?.scope.map((e) => e.id)).toContain("name:freetown");
  });
  it("reads 'in a <happening>' after the day (Hathras, 2 July 2024)", () => {
    const body = "Stampede at religious gathering\n\nA total of 116 persons were killed on Tuesday in a stampede at a religious gathering in Hathras district.\n\nThe satsang at Phulrai village in Hathras drew thousands. Police in Hathras registered a case.";
    const frame = frameOf(body, "Tuesday", "2024-07-02");
    expect(frame?.event?.id).toBe("stampede");
    expect(rules(frame)).toContain(TOLL_DAY);
  });
  it("does not read a later or added death, a count of the missing as of a day, a saying, or a happening with a day of its own", () => {
    const more = frameOf(STORY("Tanker blast in Freetown", "Two more people died on Monday after a fuel tanker exploded in the capital."), "Monday");
    expect(rules(more)).not.toContain(TOLL_DAY);
    // MV Nyerere (The EastAfrican, 22 September 2018): the missing are counted on Friday; the ferry sank on Thursday.
    const missing = frameOf(STORY("Ferry disaster", "More than 130 people died and more than 100 others were missing on Friday, after a ferry travelling between Bugolora and Ukara Island sank on Thursday afternoon."), "Friday", "2018-09-22");
    expect(rules(missing)).not.toContain(TOLL_DAY);
    const said = frameOf(STORY("Tanker blast in Freetown", "Ninety-one people were killed, officials said on Friday when a fuel tanker exploded."), "Friday");
    expect(rules(said)).not.toContain(TOLL_DAY);
    const hospital = frameOf(STORY("Tanker blast in Freetown", "A man injured in the blast died on Sunday in hospital."), "Sunday");
    expect(rules(hospital)).not.toContain(TOLL_DAY);
  });
  it("does not read a toll's day without a happening after it, nor outside the lead", () => {
    expect(rules(frameOf(STORY("Tanker blast in Freetown", "Ninety-one people were killed in Sierra Leone's capital on Friday."), "Friday"))).not.toContain(TOLL_DAY);
    const late = `Tanker blast in Freetown\n\nA fuel tanker exploded in Freetown.\n\nRescue teams searched Wellington.\n\nHospitals in Freetown were full.\n\nMore wards opened in Freetown.\n\nIn 2019 a similar blast hit Tanzania.\n\nIn Morogoro, 57 people were killed on Saturday when a tanker exploded.`;
    expect(rules(frameOf(late, "Saturday"))).not.toContain(TOLL_DAY);
  });
});

describe("a person's name in a death's date, without a title or an office set off by a comma (person-dates.ts nameOnly)", () => {
  const deathOf = (body: string, words: string) => {
    const frame = frameOf(body, words, "2021-04-20");
    return frame ? `${frame.measure.id} ${frame.scope.map((e) => e.id).join(",")}` : null;
  };
  it("drops a title before a name and an office after a comma (AFP and Inside Ojodu on Idriss Déby, 20 April 2021)", () => {
    expect(deathOf("President Idriss Deby passed away at the age of 68 on 19th April 2021.", "19th April 2021")).toBe("date.death idriss-deby");
    expect(deathOf("Idriss Deby Itno, Chad’s President has died on Tuesday after sustaining injuries.", "Tuesday")).toBe("date.death idriss-deby-itno");
  });
  it("keeps a title when the name is one word without it, and a name whose words after a comma hold no title", () => {
    expect(deathOf("Pope Francis died on April 21, 2025.", "April 21, 2025")).toBe("date.death pope-francis");
    expect(deathOf("Jane Doe, who died on May 3, 2010, was a poet.", "May 3, 2010")).toBe("date.death jane-doe");
  });
});

describe("a day after the happening a toll is of, with the toll's verb after it, is the toll's (story-day.ts)", () => {
  const COLLAPSE = (lead: string) => `Chennai building collapse toll rises to 11\n\n${lead}\n\nRescue teams searched the site at Moulivakkam near Porur. Hospitals in Porur treated the injured.`;
  it("does not read 'The death toll in the building collapse in Chennai Sunday went up to 11' (IANS, 29 June 2014)", () => {
    const frame = frameOf(COLLAPSE("The death toll in the 11-storey building collapse in Chennai Sunday went up to 11, officials said."), "Sunday", "2014-06-29");
    expect(rules(frame)).not.toContain("frame.story-day");
  });
  it("still reads the happening's own day in the lead", () => {
    const frame = frameOf(COLLAPSE("An 11-storey building under construction collapsed in Moulivakkam Saturday evening, trapping over 50 people."), "Saturday evening", "2014-06-29");
    expect(frame?.measure.id).toBe("date.occurred");
  });
});

describe("a happening's verb, its places, then the day (occurrence-date.ts nounOccurrence)", () => {
  it("reads places joined by 'and' and a place set in the places it is in, up to the date's preposition", () => {
    expect(frameOf("The earthquake that struck Turkey and Syria on February 6 killed more than 50,000 people.", "February 6", "2023-03-01")?.event?.id).toBe("earthquake");
    // Agenzia Fides on the Gofa landslide (26 July 2024).
    const gofa = "These are the words sent to Fides Agency, in reference to the landslide that hit the area of Gofa, Kencho Shacha Gozdi Kebele, Geze Gofa Woreda, on July 22, causing a serious humanitarian crisis.";
    expect(frameOf(gofa, "July 22", "2024-07-26")?.event?.id).toBe("landslide");
  });
  it("does not read a photo caption's day after its places, nor a second clause joined by 'and'", () => {
    // AP's caption of the Dua Warna waterfall flood (16 May 2016): the day is the photo's.
    expect(frameOf("Rescuers carry the body of a victim after a flood hit Dua Warna waterfall in Sibolangit, North Sumatra, Indonesia, Monday, May 16, 2016.", "Monday, May 16, 2016", "2016-05-16")).toBeUndefined();
    expect(frameOf("The earthquake struck Turkey and killed 50 people on February 6.", "February 6", "2023-03-01")).toBeUndefined();
  });
});

describe("an aside on a name between the happening and its day (story-day.ts)", () => {
  const FIRE = (lead: string) => `Fire kills 18 boys at Kenyan school\n\n${lead}\n\nThe fire erupted around midnight in Endarasha. Officials in Nyeri said the dormitory at Endarasha housed 156 pupils.`;
  it("reads 'broke out in the dormitory of Hillside Endarasha Academy, a boarding school in central Kenya, during the early hours of Friday' (NYT, 6 September 2024)", () => {
    const frame = frameOf(FIRE("A devastating fire broke out in the dormitory of Hillside Endarasha Academy, a boarding school in central Kenya, during the early hours of Friday, killing at least 18 boys."), "Friday", "2024-09-06");
    expect(rules(frame)).toContain("frame.story-day");
    expect(frame?.event?.id).toBe("fire");
  });
  it("does not pass over an aside that says or counts", () => {
    const said = frameOf(FIRE("A devastating fire broke out in the dormitory of Hillside Endarasha Academy, a school that officials said was full, on Friday."), "Friday", "2024-09-06");
    expect(rules(said)).not.toContain("frame.story-day");
  });
});
