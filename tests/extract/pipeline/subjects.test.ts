import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../core/extract/pipeline.js";
import type { Mention } from "../../../core/extract/mention.js";
import { sameSubject } from "../../../core/subject-match.js";
import type { Subject } from "../../../core/model.js";
import { fixedFinders, mention } from "./mentions.js";

/** The subject the pipeline gives `words` in `text`, the number finders replaced by a hand-made mention. */
function subjectOf(text: string, words: string, fields: Partial<Mention> = {}, occurrence = 0): Subject | undefined {
  const m = mention(text, words, fields, occurrence);
  const { drafts } = runPipeline(text, "2024-01-01", fixedFinders([m]));
  return drafts.find((d) => d.mention.start === m.start)?.subject;
}

describe("subjects of counts of people", () => {
  const residing = subjectOf("The anger is about the 3.6 million Syrian refugees residing in Turkey, as well as prices.", "3.6 million", { value: 3_600_000 });
  const hosting = subjectOf("This puts a major strain on Turkey since it's already hosting 3.5 million Syrian refugees.", "3.5 million", { value: 3_500_000 });
  const lebanon = subjectOf("There are 1.5 million Syrian refugees in Lebanon.", "1.5 million", { value: 1_500_000 });

  it("reads noun, demonym and place phrase", () => {
    expect(residing).toMatchObject({ key: "refugee|syrian|turkey", head: "refugee", group: "syrian", place: "turkey", text: "Syrian refugees residing in Turkey" });
  });
  it("resolves 'it' before a host verb to the place named before its clause", () => {
    expect(hosting).toMatchObject({ key: "refugee|syrian|turkey" });
    expect(sameSubject(residing!, hosting!)).toBe(true);
  });
  it("keeps refugees in Lebanon apart from refugees in Turkey", () => {
    expect(lebanon).toMatchObject({ key: "refugee|syrian|lebanon" });
    expect(sameSubject(residing!, lebanon!)).toBe(false);
  });
  it("takes the subject of a host verb, not a place inside an apposition", () => {
    const text = "Northern Idlib, near the border with Turkey, already hosts around 1.5 million displaced Syrians.";
    expect(subjectOf(text, "around 1.5 million")).toMatchObject({ head: "displaced", group: "syrian", place: "idlib" });
  });
  it("reads a host verb with a named country on new text", () => {
    expect(subjectOf("Jordan hosts about 650,000 registered Syrian refugees.", "about 650,000")).toMatchObject({ head: "refugee", group: "syrian", place: "jordan" });
  });
  it("turns a plural demonym into people of that group", () => {
    expect(subjectOf("The plan covers around 2 million Syrians.", "around 2 million")).toMatchObject({ key: "person|syrian" });
  });
  it("reads an origin as the group: refugees from Afghanistan", () => {
    expect(subjectOf("Iran shelters 780,000 refugees from Afghanistan.", "780,000")).toMatchObject({ head: "refugee", group: "afghan", place: "iran" });
  });
  it("does not read the place a journey starts from as the group's origin", () => {
    expect(subjectOf("Some 50,000 refugees returned from Turkey.", "Some 50,000", { value: 5e4 })?.group).toBeUndefined();
  });
  it("gives no subject to people counted only by a place", () => {
    expect(subjectOf("About 4.1 million people in Syria need aid.", "About 4.1 million", { value: 4.1e6 })).toBeUndefined();
  });
  it("stops the noun phrase at the verb: refugees arrive", () => {
    expect(subjectOf("Officials expect two million more refugees arrive in Greece.", "two million")).toMatchObject({ head: "refugee", place: "greece" });
  });
  it("keeps one country's troops apart from another's", () => {
    const russia = subjectOf("Russia has 1,000 troops in Syria.", "1,000");
    const turkey = subjectOf("Turkey has deployed 5,000 troops in Syria.", "5,000");
    const turkish = subjectOf("About 5,000 Turkish troops are in Syria.", "About 5,000");
    expect(russia).toMatchObject({ head: "troop", group: "russian", place: "syria" });
    expect(turkey).toMatchObject({ group: "turkish" });
    expect(sameSubject(russia!, turkey!)).toBe(false);
    expect(sameSubject(turkey!, turkish!)).toBe(true);
  });
  it("gives no subject to a small count that refers back: the two countries", () => {
    expect(subjectOf("Talks between the two countries resumed.", "two")).toBeUndefined();
    expect(subjectOf("Talks between two countries resumed.", "two")).toMatchObject({ head: "country" });
  });
  it("falls back to the counted noun the quantity step saw", () => {
    const text = "Shelling hit 40 (mostly rural) villages.";
    const at = text.indexOf("villages");
    expect(subjectOf(text, "40", { noun: { start: at, end: at + 8, text: "villages" } })).toMatchObject({ head: "village" });
  });
  it("reads initials as one name: U.S. troops are American", () => {
    expect(subjectOf("About 12,000 U.S. troops remain in Syria.", "About 12,000", { value: 12000 })).toMatchObject({ head: "troop", group: "american", place: "syria" });
  });
  it("gives no subject to a generic head without group, place or event", () => {
    expect(subjectOf("About 5 million people watched the final on television.", "About 5 million", { value: 5e6 })).toBeUndefined();
  });
  it("reads 'a country of N people' as that country's population, not a count of people", () => {
    expect(subjectOf("Lebanon, a country of about 5 million people, is small.", "about 5 million", { value: 5e6 })?.key).toBe("lebanon|population");
  });
  it("does not take a capitalized modifier for a place: in the Hamas-led attack", () => {
    expect(subjectOf("Some 40 hostages were taken in the Hamas-led attack.", "Some 40", { value: 40 })?.place).toBeUndefined();
  });
  it("gives no subject to a number with no noun, verb or event", () => {
    expect(subjectOf("The score was 3 to 1 in the end.", "3")).toBeUndefined();
  });
});

describe("subjects of casualty counts", () => {
  const text = "Ankara struck back after their Nov. 13 attack on Istanbul’s Istiklal Street that killed six people and left 81 injured.";
  const killed = subjectOf(text, "six");
  const injured = subjectOf(text, "81");
  const war = subjectOf("The conflict in Syria, which has killed hundreds of thousands of people, goes on.", "hundreds of thousands");

  it("reads the casualty verb before the count and the event before it", () => {
    expect(killed).toMatchObject({ head: "killed", event: "istiklal-attack", place: "istanbul" });
    expect(injured).toMatchObject({ head: "injured", event: "istiklal-attack" });
  });
  it("keeps the dead of the attack apart from the dead of the war", () => {
    expect(war).toMatchObject({ head: "killed", event: "war", place: "syria" });
    expect(sameSubject(killed!, war!)).toBe(false);
  });
  it("reads a passive casualty verb and the event after it", () => {
    const s = subjectOf("More than 1,300 civilians have been killed by air strikes since April.", "More than 1,300");
    expect(s).toMatchObject({ head: "killed", event: "airstrike" });
  });
  it("reads an earthquake's toll on new text", () => {
    const s = subjectOf("The earthquake in southern Turkey on Feb. 6 killed more than 50,000 people.", "more than 50,000");
    expect(s).toMatchObject({ head: "killed", event: "earthquake", place: "turkey" });
  });
  it("names an event by the name before it, and keeps its place apart", () => {
    const s = subjectOf("At least 1,200 people were killed in the Hamas-led attack on Israel.", "At least 1,200", { value: 1200 });
    expect(s).toMatchObject({ head: "killed", event: "hamas-attack", place: "israel" });
  });
  it("names the same attack alike whether the name comes before or after the noun", () => {
    const before = subjectOf("Last year’s Istiklal Street attack killed six people.", "six", { value: 6 });
    const after = subjectOf("The attack on Istiklal Street in November killed six people.", "six", { value: 6 });
    expect(before).toMatchObject({ event: "istiklal-attack" });
    expect(after).toMatchObject({ event: "istiklal-attack" });
  });
  it("reads a death toll as a count of the killed", () => {
    expect(subjectOf("The death toll from the earthquake rose to 50,000.", "50,000", { value: 50000 })).toMatchObject({ head: "killed" });
  });
  it("reads fleeing as displacement", () => {
    expect(subjectOf("Since December, 300,000 have fled their homes.", "300,000")).toMatchObject({ head: "displaced" });
  });
});

describe("subjects of measures", () => {
  const deep = subjectOf("complete the 30-mile (18.6-mile) deep security strip objective despite opposition", "30-mile", { unit: "mi", dimension: "length" });
  const plain = subjectOf("Russia pledged to clear a 30-km strip along the Turkish-Syrian border.", "30-km", { unit: "km", dimension: "length" });

  it("reads the measure word past a parenthetical conversion, and skips a goal word", () => {
    expect(deep).toMatchObject({ head: "strip", measure: "depth" });
  });
  it("leaves a bare length without a measure, compatible with the deep one", () => {
    expect(plain).toMatchObject({ head: "strip" });
    expect(plain!.measure).toBeUndefined();
    expect(sameSubject(deep!, plain!)).toBe(true);
  });
  it("keeps a wall's height apart from its length", () => {
    const height = subjectOf("They built a 3-meter-tall wall.", "3-meter-tall", { unit: "m", dimension: "length" });
    const length = subjectOf("They built a 764-km-long wall.", "764-km-long", { unit: "km", dimension: "length" });
    expect(height).toMatchObject({ head: "wall", measure: "height" });
    expect(length).toMatchObject({ head: "wall", measure: "length" });
    expect(sameSubject(height!, length!)).toBe(false);
  });
  it("reads the thing measured before a verb of being: the strip is 18.6 miles deep", () => {
    expect(subjectOf("The strip is 18.6 miles deep and busy.", "18.6 miles", { unit: "mi", dimension: "length" })).toMatchObject({ head: "strip", measure: "depth" });
    expect(subjectOf("The new wall stands 3 meters tall.", "3 meters", { unit: "m", dimension: "length" })).toMatchObject({ head: "wall", measure: "height" });
  });
  it("does not read a verb of being before a count as a measure", () => {
    expect(subjectOf("The answer is 42.", "42")).toBeUndefined();
  });
  it("reads a share of a country as a share of its territory", () => {
    expect(subjectOf("Kurdish-led forces control about a quarter of Syria.", "about a quarter", { kind: "percent" })).toMatchObject({ head: "territory", place: "syria", group: "kurdish-led" });
  });
  it("reads the clause subject before a verb of reaching, with its place", () => {
    expect(subjectOf("Inflation in Turkey hit 85% in October.", "85%", { kind: "percent" })).toMatchObject({ head: "inflation", place: "turkey" });
    expect(subjectOf("Turkey's population reached 85 million in 2023.", "85 million", { value: 85e6 })).toMatchObject({ head: "population", place: "turkey" });
  });
  it("gives a long thing's bare length the measure length", () => {
    expect(subjectOf("The 764-km wall is finished.", "764-km", { unit: "km", dimension: "length" })).toMatchObject({ head: "wall", measure: "length" });
  });
  it("reads the rate a percentage gives", () => {
    expect(subjectOf("Youth unemployment stood at 31%.", "31%", { kind: "percent" })).toMatchObject({ head: "unemployment", measure: "share" });
    expect(subjectOf("It was 31% in the end.", "31%", { kind: "percent" })).toBeUndefined();
  });
  it("reads a measure noun before the number", () => {
    expect(subjectOf("a buffer zone with a depth of up to 32 km", "32 km", { unit: "km", dimension: "length" })).toMatchObject({ measure: "depth" });
  });
  it("reads the share of a territory and who holds it", () => {
    const damascus = subjectOf("Despite support from Iran, Damascus still controls only 70% of Syrian territory.", "70%", { kind: "percent" });
    const rebels = subjectOf("Meanwhile the SDF holds about 25% of Syrian territory.", "about 25%", { kind: "percent" });
    expect(damascus).toMatchObject({ head: "territory", measure: "share", place: "syria", group: "damascus" });
    expect(rebels).toMatchObject({ head: "territory", group: "sdf" });
    expect(sameSubject(damascus!, rebels!)).toBe(false);
  });
});

describe("subjects of dates and durations", () => {
  it("dates an event named right after the date", () => {
    const s = subjectOf("their Nov. 13 attack on Istanbul’s Istiklal Street", "Nov. 13", { kind: "date", value: "2022-11-13" });
    expect(s).toMatchObject({ head: "attack", measure: "date", event: "istiklal-attack" });
  });
  it("reads the start of a war", () => {
    const s = subjectOf("talks since the Syrian war began in 2011 and", "2011", { kind: "date", value: "2011" });
    expect(s).toMatchObject({ key: "war|start|syria" });
  });
  it("reads the date of a raid on new text, comparable across wordings", () => {
    const a = subjectOf("The raid on 26 October 2019 killed him.", "26 October 2019", { kind: "date", value: "2019-10-26" });
    const b = subjectOf("It was the 27 October 2019 raid that ended it.", "27 October 2019", { kind: "date", value: "2019-10-27" });
    expect(a).toMatchObject({ head: "raid", measure: "date" });
    expect(sameSubject(a!, b!)).toBe(true);
  });
  it("gives no subject to a date that only frames its sentence", () => {
    expect(subjectOf("On 25 July, Italy became the first member to act.", "25 July", { kind: "date", value: "2024-07-25" })).toBeUndefined();
  });
  it("reads the length of a conflict", () => {
    const s = subjectOf("After 13 years of conflict in Syria, states move on.", "13 years", { kind: "duration", unit: "year", dimension: "time" });
    expect(s).toMatchObject({ key: "war|duration|syria" });
  });
});

describe("conversions", () => {
  it("give the restated claim the subject of its original", () => {
    const text = "the 30-mile (18.6-mile) deep security strip";
    const original = mention(text, "30-mile", { unit: "mi", dimension: "length" });
    const conversion = mention(text, "18.6-mile", { unit: "mi", dimension: "length", conversionOf: { start: original.start, end: original.end } });
    const { drafts } = runPipeline(text, undefined, fixedFinders([original, conversion]));
    expect(drafts[1]!.subject).toEqual(drafts[0]!.subject);
    expect(drafts[1]!.rules).toContain("subject.conversion");
  });
});
