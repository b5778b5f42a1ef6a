import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { withNamesOf } from "../../core/check/rules/date-names.js";
import { twoHappenings } from "../../core/check/rules/date-recurring.js";
import { pastVerbBetween } from "../../core/extract/subject/date-head-verb.js";
import type { Claim } from "../../core/model.js";
import { article, claimOn, subject } from "./support.js";
import { dateConflicts } from "./date-conflicts.js";

/**
 * Dates read by the head of their clause (core/extract/subject/date-head.ts): what the clause
 * says happened that day, with the clause's names and the story's, compared across reports
 * (rules/date-conflict.ts, frame/date-strength.ts). Sentences after real reports (session 13's
 * dev text: Lata Mangeshkar's admission, Le Joola's departure, the new Parliament's stone).
 */

const HEAD = "frame.date-head";

/** The head frame of the date claim whose words are `text`, as "<measure> <named ids>", or null. */
function headOf(body: string, text: string, published = "2022-02-06"): string | null {
  const claim = extractClaims(article("a", body, published)).find((c) => c.kind === "date" && c.text === text);
  const frame = claim?.subject?.frame;
  if (!frame?.rules?.includes(HEAD)) return null;
  return [frame.measure.id, ...frame.scope.filter((e) => !e.id.startsWith("name:")).map((e) => e.id)].join(" ");
}

describe("the head of a date's clause", () => {
  it("reads a verb before the date: an admission to a named hospital", () => {
    expect(headOf("Singer dies at 92\nHe was admitted to Breach Candy Hospital on January 11 after testing positive.", "January 11")).toBe("date.admission breach-candy-hospital");
  });

  it("reads the first head after a date opening its sentence, a headline run into it ending at its dash", () => {
    expect(headOf("Parliament opens\nOn December 20th, Prime Minister Narender Modi laid the foundation stone of the building.", "December 20th", "2023-05-25"))
      .toBe("date.foundation-stone prime-minister-narender-modi");
    expect(headOf("Ferry Capsizes 1000 Dead – On September 25, 2002, the ferry Le Joola set sail from Ziguinchor at about 1:30 pm.", "September 25, 2002", "2002-09-25"))
      ?.toMatch(/^date\.departure .*joola/);
  });

  it("reads a head past a time of day, an aside in parentheses and a list of names", () => {
    expect(headOf("Ferry sinks\nA ferry with 430 people aboard sank before dawn Saturday in a storm south of Manila.", "Saturday", "1998-09-19")).toMatch(/^date\.occurred/);
    expect(headOf("Dam bursts\nIt was reported that a mega dam burst in Solai in Nakuru county (Kenya) on Thursday, May 10, 2018 and over forty four people lost their lives.", "Thursday, May 10, 2018", "2018-05-12")).toMatch(/^date\.occurred/);
  });

  it("reads no head for a day something was said, a plan, a range, a count from another moment or the report's own day", () => {
    expect(headOf("Singer dies\nShe was admitted to hospital, officials said on January 11.", "January 11")).toBeNull();
    expect(headOf("Tunnel\nThe tunnel will be inaugurated on January 13 by the Prime Minister in Sonamarg.", "January 13", "2025-01-05")).toBeNull();
    expect(headOf("Arrivals\nMigrants who were admitted to Canary Island camps from October 16 to 30 numbered 6,708.", "from October 16 to 30", "2023-10-30")).toBeNull();
    expect(headOf("Kim Jong-il dies\nThe presenter announced that he had died two days earlier of a heart attack in Pyongyang.", "two days earlier", "2011-12-20")).toBeNull();
  });

  it("does not take a noun said by a saying verb for what happened that day", () => {
    expect(headOf("Kim Jong-il dies\nThe North Korean government announced Kim Jong-il's death on 19 December 2011 in Pyongyang.", "19 December 2011", "2011-12-20")).toBeNull();
  });

  it("reads 'laid' only with a foundation stone, a works verb only with building work", () => {
    expect(headOf("Flowers\nThe Prime Minister laid a wreath at Raj Ghat on December 20.", "December 20", "2023-12-21")).toBeNull();
    expect(headOf("Collapse\nRescue work began on Monday at the Uttarkashi tunnel site.", "Monday", "2023-11-14")).toBeNull();
    expect(headOf("Tunnel opens\nThe construction work on the Sonamarg project commenced in May 2015, officials recalled.", "May 2015", "2025-01-13")).toMatch(/^date\.construction-start/);
  });

  it("keeps to the clause of its head: the names of a clause joined by 'with' are another thing's", () => {
    const body = "Tunnel opens\nThe foundation stone of the Atal Tunnel was laid on June 3, 2000, with the foundation stone laid for the access road on May 26, 2002.";
    // The road's clause names nothing: no head frame, or one without the tunnel.
    expect(headOf(body, "May 26, 2002", "2020-10-03") ?? "").not.toMatch(/atal/);
  });
});

describe("the clause of a head", () => {
  it("keeps the subject an aside sets off by commas, and reads the finding of a body as the death", () => {
    expect(headOf("Sridevi dies\nBollywood's veteran actress, Sridevi, breathed her last today, on February 25, 2018, in Dubai.", "February 25, 2018", "2018-02-25"))?.toMatch(/^date\.death .*sridevi/);
    expect(headOf("Sridevi dies\nSridevi's husband, producer-director Boney Kapoor found her dead in the bathtub of her hotel room in Dubai on the night of February 24, 2018.", "February 24, 2018", "2019-02-24"))
      ?.toMatch(/^date\.death .*sridevi/);
  });

  it("stops at a verb in the past between a happening and the day, in every reader of the nearest happening", () => {
    expect(pastVerbBetween(" in Genoa ended overnight into ")).toBe(true);
    expect(pastVerbBetween(" in Solai in Nakuru county (Kenya) on ")).toBe(false);
    expect(pastVerbBetween(" aged 92 at Breach Candy Hospital on ")).toBe(false);
    const body = "Genoa bridge collapse: Search operation ends, death toll rises\n\nThe search for those missing after a motorway bridge collapsed in Genoa ended overnight into Sunday after the last three bodies were found. Officials put the death toll at 43.";
    const sunday = extractClaims(article("genoa", body, "2018-08-19")).find((c) => c.text === "Sunday");
    expect(sunday?.subject?.frame?.measure.id ?? "").not.toBe("date.occurred");
  });
});

describe("dates of one phase across reports", () => {
  it("never compares a date counted from another moment of the story", () => {
    const naija = article("naija", "North Korea's leader Kim Jong Il is dead\nThe highly controversial leader North Korea, Kim Jong Il, 69, died on Saturday , December 17, 2011 at 8.30 a.m.", "2011-12-19", "Naija Gists");
    const blog = article("blog", "Kim Jong-il\nThe North Korean government announced Kim Jong-il' death on 19 December 2011. The presenter announced that he had died two days earlier of a heart attack whilst travelling via train to an area outside Pyongyang.", "2011-12-20", "a blog");
    expect(dateConflicts(naija, blog)).toEqual([]);
  });

  const oneIndia = article("oneindia", "Lata Mangeshkar dies at 92\nMangeshkar, 92, died at a Mumbai hospital on Sunday. The singer had tested positive for COVID-19 with mild symptoms and was admitted on January 8 to Breach Candy Hospital's intensive care unit (ICU).", "2022-02-06", "OneIndia");
  const republic = article("republic", "Lata Mangeshkar no more\nLata Mangeshkar was admitted to the ICU ward of the Breach Candy Hospital in Mumbai on Tuesday, January 11, after she contracted the COVID-19 virus.", "2022-02-06", "Republic World");

  it("reports one admission to one named hospital dated two days apart", () => {
    expect(dateConflicts(oneIndia, republic)).toContain("January 8 | Tuesday, January 11");
  });

  it("ties two reports by where a phase happened only within the week of one story, and only weakly", () => {
    const blog = article("blog", "Princess of the Stars\nThe ferry left the port of Manila on June 21, 2008 on its way to Cebu City.", "2008-06-23", "a blog");
    const wire = article("wire", "Ferry missing in typhoon\nThe ferry left the port of Manila on June 20, 2008, en route to Cebu City.", "2008-06-22", "a wire");
    const mirror = { ...wire, id: "mirror", published: "2017-01-01" };
    expect(dateConflicts(wire, blog)).toEqual(["June 20, 2008 | June 21, 2008"]);
    expect(dateConflicts(mirror, blog)).toEqual([]);
  });

  it("does not report an admission and a readmission weeks apart", () => {
    const first = article("first", "Actor dies at 98\nHe was admitted to Hinduja Hospital on June 6 after he complained of breathlessness.", "2021-07-07", "India Today");
    const again = article("again", "Actor dies at 98\nOn June 30, he was admitted to Hinduja Hospital after he complained of breathing issues.", "2021-07-07", "Kalinga TV");
    expect(dateConflicts(first, again)).toEqual([]);
  });
});

describe("twoHappenings: phases that recur", () => {
  const doc = article("a", "admitted on 2021-06-06, 2021-06-30, 2022-01-08 and 2022-01-11");
  const admitted = (value: string): Claim => claimOn(doc, { text: value, value, subject: { ...subject("admission"), frame: { measure: { id: "date.admission", text: "admitted" }, scope: [] } } });

  it("holds for two admissions more than a week apart, not for a few days", () => {
    expect(twoHappenings(admitted("2021-06-06"), admitted("2021-06-30"))).toBe(true);
    expect(twoHappenings(admitted("2022-01-08"), admitted("2022-01-11"))).toBe(false);
  });
});

describe("withNamesOf: a story's name is matched apart", () => {
  it("does not give a clause's name the id of a story's name it holds", () => {
    const frame = (scope: { id: string; text: string }[]) => ({ measure: { id: "date.admission", text: "admitted" }, scope: scope.map((e) => ({ kind: "named" as const, ...e })) });
    const doc = article("a", "admitted on January 8");
    const claim = (scope: { id: string; text: string }[]) => claimOn(doc, { text: "January 8", value: "2022-01-08", subject: { ...subject("admission"), frame: frame(scope) } });
    const own = claim([{ id: "breach-candy-hospital", text: "Breach Candy Hospital" }]);
    const other = claim([{ id: "name:breach-candy", text: "Breach Candy" }]);
    expect(withNamesOf(own, other).subject?.frame?.scope[0]?.id).toBe("breach-candy-hospital");
  });
});
