/**
 * A bare count is lent the story's one event (core/check/frame/story.ts inStory) unless its
 * sentence tells where it was counted. Session 12 (V): a count over the whole country
 * ("Nationwide, ...") and a count of a place that "had" or "reported" it are not the event's.
 * Texts are real: Bianet English on the Kayseri unrest (5 Jul 2024), Capital FM on Kenya's
 * protests (2 Jul 2024).
 */
import { describe, expect, it } from "vitest";
import { inStory, STORY_EVENT, storyEvent } from "../../core/check/frame/story.js";
import { PLACE_COUNTED, WIDER_THAN_STORY } from "../../core/check/data/counted-where.js";
import { checkClaims, extractClaims } from "../../core/index.js";
import type { Finding } from "../../core/model.js";
import { article } from "./support.js";

function internal(body: string, published: string): Finding[] {
  const doc = article("s", body, published);
  return checkClaims({ article: doc, claims: extractClaims(doc), related: { claims: [], articles: [] } }).filter((f) => f.kind === "internal-conflict");
}

/** Whether the bare claim (no event of its own) whose text is `text` is lent the story's event. */
function lent(body: string, published: string, text: string): boolean {
  const doc = article("s", body, published);
  const claims = extractClaims(doc);
  const claim = claims.find((c) => c.text === text && !c.subject?.frame?.event);
  if (!claim) throw new Error(`no bare claim ${text}`);
  return Boolean(inStory(claim, storyEvent(claims), body).subject?.frame?.rules?.includes(STORY_EVENT));
}

const KAYSERI = "More than a thousand individuals have been detained across Turkey following anti-refugee violence that erupted in the central Anatolian city of Kayseri and spread to other regions. The unrest began on a Sunday in Kayseri's Melikgazi district after allegations surfaced that a Syrian national had sexually assaulted a minor.\n\"Following the despicable incident on June 30, several actions took place in Kayseri. As a result, 855 individuals were taken into custody, with 13 arrested and 145 placed under judicial control,\" Yerlikaya stated.\n";
const NATIONWIDE = "The violence has not been confined to Kayseri alone. Nationwide, similar incidents have led to the detention of 1,065 individuals, with 28 arrested and 187 subjected to judicial control measures.";

describe("a count over the whole country is not the story's event's", () => {
  it("does not call Kayseri's 855 and the nationwide 1,065 one count", () => {
    expect(internal(KAYSERI + NATIONWIDE, "2024-07-05")).toEqual([]);
    expect(lent(KAYSERI + NATIONWIDE, "2024-07-05", "1,065")).toBe(false);
  });
  it("still lends the event to a count whose sentence names no place (Kayseri's 855)", () => {
    expect(lent(KAYSERI + NATIONWIDE, "2024-07-05", "855")).toBe(true);
  });
  it("reads 'nationwide' standing alone, not naming the event ('the nationwide protests')", () => {
    expect(WIDER_THAN_STORY.test("Nationwide, similar incidents have led to the detention of 1,065 individuals")).toBe(true);
    expect(WIDER_THAN_STORY.test("arrested in connection with riots and disorder around the country")).toBe(true);
    expect(WIDER_THAN_STORY.test("At least 39 people have been killed since the beginning of the nationwide anti-Finance Bill protests")).toBe(false);
  });
});

const KENYA = "At least 39 people killed during anti-Finance Bill protests – KNCHR\nNAIROBI, Kenya, Jul 2 – At least 39 people have been killed since the beginning of the nationwide anti-Finance Bill protests in Kenyan, according to the Kenya National Commission on Human Rights (KNCHR).\nThe Commission’s chairperson Roseline Odede indicated that data collected shows that Nairobi leads the number of fatalities standing at 17.\nUasin Gishu reported 4 fatalies while Nakuru, Kajiado and Mombasa reported 3 deaths each. Kisumu had 2 deaths related to the chaos.";

describe("a count of a place that had or reported it is that place's", () => {
  it("does not call Mombasa's 3 and Kisumu's 2 one toll", () => {
    expect(internal(KENYA, "2024-07-02")).toEqual([]);
    expect(lent(KENYA, "2024-07-02", "2")).toBe(false);
  });
  it("still lends the event to a toll whose place leads without counting ('Nairobi leads ... at 17')", () => {
    expect(lent(KENYA, "2024-07-02", "17")).toBe(true);
  });
  it("reads the name right before a verb of counting", () => {
    expect([..."Kisumu had 2 deaths related to the chaos.".matchAll(PLACE_COUNTED)].map((m) => m[1])).toEqual(["Kisumu"]);
    expect([..."Uasin Gishu reported 4 fatalies while Nakuru, Kajiado and Mombasa reported 3 deaths each.".matchAll(PLACE_COUNTED)].map((m) => m[1])).toEqual(["Uasin Gishu", "Mombasa"]);
    expect([..."As a result, 855 individuals were taken into custody".matchAll(PLACE_COUNTED)]).toEqual([]);
  });
});
