import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import { storyClass } from "../../../core/extract/subject/story-class.js";
import { findEvent } from "../../../core/extract/subject/event.js";

// The class a story's names carry (story-class.ts), read from its headline and lead: `end` is the lead's end.
const classOf = (lead: string) => storyClass(lead, lead.length);

describe("an event noun after a verb of causing is a consequence, not the story's happening", () => {
  it("The Hindu/Outlook: 'a small dam collapsed ..., causing a flash flood' tells no flood", () => {
    // No event noun but the consequence's: the lead's verb tells the collapse (session 19, story-class.ts leadVerbClass).
    expect(classOf("Casualties after a small dam collapsed in Chhattisgarh\n\nAt least four people were killed and two went missing after a portion of a small dam collapsed in Chhattisgarh's Balrampur district on Wednesday, causing a flash flood.")).toBe("collapse");
  });
  it("India TV: 'dam collapse triggers flash flood' and 'collapsed and triggered a flash flood' are a collapse", () => {
    // The headline without its counts ("three missing as collapse" reads as three collapses, story-class.ts ANOTHER).
    expect(classOf("Collapse of a dam triggers flash flood in Chhattisgarh's Balrampur district\n\nAt least four people were killed and three others went missing after a portion of a small dam collapsed and triggered a flash flood in Chhattisgarh's Balrampur district.")).toBe("collapse");
  });
  it("Devdiscourse: 'a dam collapse ... led to a flash flood' is a collapse", () => {
    expect(classOf("Four people were killed and three went missing after a dam collapse in Chhattisgarh's Balrampur district led to a flash flood.")).toBe("collapse");
  });
  it("FEMA: 'The 1964 Alaskan earthquake triggered a tsunami' is an earthquake", () => {
    expect(classOf("The 1964 Alaskan earthquake triggered a tsunami that affected sea levels as far away as California, causing 10 deaths.")).toBe("earthquake");
  });
  it("negative: 'caused by' names the cause, and the cause is the consequence's kind of story still", () => {
    expect(classOf("A flash flood caused by heavy rain swept through the village of Dasht in eastern Tajikistan, killing 20.")).toBe("flood");
  });
  it("negative: BBC 'heavy rainfall caused a dam collapse' (no happening before the cue) keeps the collapse", () => {
    expect(classOf("Eighteen people have died after heavy rainfall caused a dam collapse which flooded a village in Maharashtra.")).toBe("collapse");
  });
});

describe("a breach is a collapse only of a structure that holds water back", () => {
  it("BBC: 'Ratnagiri dam: Eighteen die as India breach floods village' with 'a dam breach' is a collapse", () => {
    // (its headline's "breach floods village" reads "floods" as a flood: a verb the lexicon takes for a noun)
    expect(classOf("Eighteen people have died after heavy rainfall caused a dam breach which flooded a village in Maharashtra.")).toBe("collapse");
  });
  it("NS Energy: 'the 125-year-old dam near Katangi ... breached' and Indian outlets' 'the breach in the Luti reservoir'", () => {
    expect(classOf("The 125-year-old dam near Katangi breached on 21 August 2002 after it developed cracks. One hundred people are feared dead.")).toBe("collapse");
    expect(classOf("Four killed in Balrampur\n\nThe breach in the Luti reservoir, located in Dhaneshpur village, was reported late on Tuesday night.")).toBe("collapse");
  });
  it("water that breached a levee: a collapse", () => {
    expect(classOf("Rising water breached the levee on the Feather River, forcing 13,000 people to flee.")).toBe("collapse");
  });
  it("negative: a data breach, a breach of contract, a ceasefire breached are no collapse", () => {
    expect(classOf("A data breach at the insurer exposed the records of 5 million customers.")).toBeUndefined();
    expect(classOf("The club sued the player for breach of contract, seeking $2 million.")).toBeUndefined();
    expect(classOf("Rebels breached the ceasefire on Sunday, officials said.")).not.toBe("collapse");
  });
});

// The story's event (story-event.ts) as the day of its happening carries it (story-day.ts asks it for the class).
const dayEvent = (body: string, day: string) =>
  extractClaims({ id: "a", body, published: "2025-09-03" }).find((c) => c.text === day)?.subject?.frame?.event?.id;

describe("the story's event: a consequence is not it, a dam's breach is a collapse", () => {
  it("Hindustan Times: 'dam breach triggers flash flood' ... 'The breach in the Luti reservoir ... occurred late Tuesday night' is a collapse", () => {
    const body = "Chhattisgarh: 4 killed after dam breach triggers flash flood in Balrampur\n\nThe breach in the Luti reservoir, located in Dhaneshpur village, occurred late Tuesday night following heavy rainfall in the region.";
    expect(dayEvent(body, "late Tuesday night")).toBe("collapse");
  });
  it("Devdiscourse: 'after a dam collapse ... led to a flash flood' ... 'The collapse ... late Tuesday night' is a collapse", () => {
    const body = "Four people were killed and three went missing after a dam collapse in Chhattisgarh's Balrampur district led to a flash flood.\n\nThe collapse at the Lutti reservoir in Dhaneshpur village happened late Tuesday night, Balrampur Collector Rajendra Katara said.";
    expect(dayEvent(body, "late Tuesday night")).toBe("collapse");
  });
  it("negative: a flood the lead tells first stays the story's ('caused by' a breach names the cause)", () => {
    const body = "Flash flood kills 4 in Balrampur\n\nA flash flood caused by heavy rainfall swept through Dhaneshpur village in Chhattisgarh's Balrampur district late Tuesday night.";
    expect(dayEvent(body, "late Tuesday night")).toBe("flood");
  });
});

// The event a count's own sentence gives it (event.ts findEvent): a consequence after a verb of causing is not it.
const eventOfCount = (text: string, count: string) => {
  const start = text.indexOf(count);
  return findEvent(text, { start: 0, end: text.length }, start, start + count.length)?.kind;
};
const frameEventOf = (text: string, count: string) => extractClaims({ id: "t", body: text, published: "2025-08-28" }).find((c) => c.text === count)?.subject?.frame?.event?.id;

describe("a count's event is the happening, not what it brought about", () => {
  it("India TV: '4 killed after dam breach triggers flash flood' is the breach's (a collapse), not the flood's", () => {
    const headline = "Chhattisgarh: 4 killed after dam breach triggers flash flood in Balrampur";
    expect(eventOfCount(headline, "4")).toBe("collapse");
    expect(frameEventOf(headline, "4")).toBe("collapse");
  });
  it("FEMA: 'The 1964 Alaskan earthquake triggered a tsunami ..., causing 10 deaths' is the earthquake's", () => {
    const text = "The 1964 Alaskan earthquake triggered a tsunami that affected sea levels as far away as California, causing 10 deaths and approximately $15 million in damage in Crescent City from a 21-foot wave.";
    expect(eventOfCount(text, "10")).toBe("earthquake");
  });
  it("Financial Express: '3 killed, many missing after dam breach' is a collapse told in its own sentence", () => {
    const text = "3 killed, many missing after dam breach in rain-ravaged Maharashtra";
    expect(eventOfCount(text, "3")).toBe("collapse");
  });
  it("negative: BBC 'heavy rainfall caused a dam collapse' (no happening before the cue) keeps the collapse", () => {
    expect(eventOfCount("Eighteen people have died after heavy rainfall caused a dam collapse which flooded a village in Maharashtra.", "Eighteen")).toBe("collapse");
  });
  it("negative: a flood after no verb of causing is the count's ('lost their lives in the flooding')", () => {
    expect(eventOfCount("At least 39 people have lost their lives in the flooding, which has stretched across more than 70 cities and displaced more than 6,000 people, according to Brazil Reports.", "At least 39")).toBe("flood");
  });
  it("negative: FTC 'The Equifax data breach ... 147 million people' is no collapse", () => {
    expect(eventOfCount("The Equifax data breach exposed the personal information of 147 million people.", "147 million")).toBeUndefined();
  });
});
