import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the date claim written `words` in `body`. */
function frameOf(body: string, words: string, published = "2021-08-14"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame;
}
const rules = (frame: Frame | undefined) => frame?.rules ?? [];

const STORY = (lead: string) => `Taliban capture Pul-e-Alam, 70 kms from Kabul\n${lead}\nThe Taliban fighters did not face much resistance in Pul-e-Alam, he said. Most officials fled to Kabul.`;

describe("the day of a report's event told by its lead's verb (lead-event-day.ts)", () => {
  it("reads the verb before the day as the event's class, with the story's names", () => {
    const frame = frameOf(STORY("The Taliban captured the Afghan city of Pul-e-Alam on Saturday, around 70 kilometres from the capital Kabul, a council member said."), "Saturday");
    expect(frame?.measure.id).toBe("date.capture");
    expect(rules(frame)).toContain("frame.lead-day");
    expect(frame?.scope.map((e) => e.id)).toContain("name:pul-e-alam");
  });
  it("reads one class for two verbs of one happening, and the first verb after a day opening the sentence", () => {
    expect(frameOf(STORY("The Taliban seized the Afghan city of Pul-e-Alam on Saturday, near Kabul."), "Saturday")?.measure.id).toBe("date.capture");
    expect(frameOf(STORY("On Saturday, the Taliban overran the Afghan city of Pul-e-Alam near Kabul."), "Saturday")?.measure.id).toBe("date.capture");
  });
  it("reads nothing for a day of saying, a bound, a day outside the lead, or a lead telling two days", () => {
    expect(rules(frameOf(STORY("The Taliban captured the Afghan city of Pul-e-Alam, near Kabul, a council member told Reuters on Saturday."), "Saturday"))).not.toContain("frame.lead-day");
    expect(rules(frameOf(STORY("The Taliban have held the Afghan city of Pul-e-Alam near Kabul since Saturday."), "Saturday"))).not.toContain("frame.lead-day");
    const later = `${STORY("The Taliban captured the Afghan city of Pul-e-Alam, around 70 kilometres from Kabul.")}\nThe Taliban captured the district of Mohammad Agha on Friday.`;
    expect(rules(frameOf(later, "Friday"))).not.toContain("frame.lead-day");
    const two = frameOf(STORY("The Taliban captured the Afghan city of Pul-e-Alam on Saturday, a day after they took Ghazni near Kabul on Friday."), "Saturday");
    expect(rules(two)).not.toContain("frame.lead-day");
  });
  it("reads a participle its agent follows as no verb of the event ('punctuated by fireworks')", () => {
    const body = "Dubai closes Expo 2020\nDUBAI: Dubai shuttered Expo 2020 with a colorful closing ceremony punctuated by fireworks on Thursday, leaving a mini-city in the desert.\nExpo 2020 Dubai drew visitors from every country to Dubai.";
    expect(frameOf(body, "Thursday", "2022-03-31")?.measure.id).toBe("date.closure");
  });
  it("reads nothing for a plan, a pronoun's verb, a day of work that goes on, or a story that names its own event", () => {
    expect(rules(frameOf(STORY("The Taliban are expected to capture the Afghan city of Pul-e-Alam on Saturday, near Kabul."), "Saturday"))).not.toContain("frame.lead-day");
    expect(rules(frameOf(STORY("It captured the Afghan city of Pul-e-Alam on Saturday, near Kabul."), "Saturday"))).not.toContain("frame.lead-day");
    expect(rules(frameOf(STORY("Thousands of residents gathered in the Afghan city of Pul-e-Alam on Saturday, near Kabul."), "Saturday"))).not.toContain("frame.lead-day");
    const landslide = "Landslide buries Xinmo village\nRescuers retrieved 10 bodies on Sunday after a massive landslide buried Xinmo village in Maoxian county.\nThe landslide in Xinmo, Maoxian county, buried 62 homes.";
    expect(rules(frameOf(landslide, "Sunday", "2017-06-25"))).not.toContain("frame.lead-day");
  });
});
