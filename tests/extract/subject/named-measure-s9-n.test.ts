/**
 * Session 9 readers of measures of things: parts listed by their measures (part-list.ts), a
 * vehicle's speed at an accident (vehicle-speed.ts), the crossing a new bridge or tunnel
 * replaces (named-route.ts), names and figures paired in order (paired-list.ts), and "X is a
 * N-unit <noun>" (named-frames.ts isA). Texts are made up for the shapes; the corpus entries
 * (tests/corpus/check/named-measures-s9-n.json) hold the paraphrased real ones.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

const claims = (body: string) => extractClaims({ id: "t", published: "2024-03-09", body } as Parameters<typeof extractClaims>[0]);
/** "<measure>:<head>" of a figure read as a measure of a thing, else null. */
const read = (body: string, text: string) => {
  const claim = claims(body).find((c) => c.text === text);
  const frame = claim?.subject?.frame;
  return frame?.rules?.includes("frame.named-measure") ? `${frame.measure.id}:${claim!.subject!.head}` : null;
};
const measure = (body: string, text: string) => claims(body).find((c) => c.text === text)?.subject?.frame?.measure.id ?? null;

describe("parts listed by their measures", () => {
  const lead = "The Sela Tunnel opened on Saturday.\n\n";
  it("ranks a counted list by size, whatever its order", () => {
    const body = `${lead}Comprising two tunnels, with length of 1595 meters and 1003 meters, respectively, the project has T1 and T2 tubes.`;
    expect(read(body, "1595 meters")).toBe("length:sela-tunnel-tunnel-1of2");
    expect(read(body, "1003 meters")).toBe("length:sela-tunnel-tunnel-2of2");
    const reversed = `${lead}The project has two tunnels spanning 475 metres and 1,790 metres along with 980 metre escape tubes.`;
    expect(read(reversed, "1,790 metres")).toBe("length:sela-tunnel-tunnel-1of2");
    expect(read(reversed, "475 metres")).toBe("length:sela-tunnel-tunnel-2of2");
    // The escape tubes stand outside the list: no rank of the tunnels.
    expect(read(reversed, "980 metre")).toBeNull();
  });
  it("ranks numbered parts by size, not by their numbers", () => {
    const body = `${lead}It comprises Tunnel 1, a 980-metre-long single tube tunnel, and Tunnel 2, a 1555-metre-long twin tube tunnel.`;
    expect(read(body, "1555-metre")).toBe("length:sela-tunnel-tunnel-1of2");
    expect(read(body, "980-metre")).toBe("length:sela-tunnel-tunnel-2of2");
  });
  it("reads towers of the story's one bridge", () => {
    const body = "The Harrow Strait Bridge opened on Monday. Its deck hangs from two towers of 318 metres and 312 metres.";
    expect(read(body, "312 metres")).toBe("length:harrow-strait-tower-2of2");
  });
  it("gives no thing when the list cannot be ranked or has no whole", () => {
    // A count that is not the list's length, equal figures, mixed units, no named whole.
    expect(read(`${lead}It has three tunnels of 1,595 m and 1,003 m.`, "1,595 m")).toBeNull();
    expect(read(`${lead}It has two tunnels of 1,003 m and 1,003 m.`, "1,003 m")).toBeNull();
    expect(read(`${lead}It has two tunnels of 1.5 km and 1,003 m.`, "1,003 m")).toBeNull();
    expect(read("The project has two tunnels of 1,595 m and 1,003 m.", "1,595 m")).toBeNull();
    // Another measure than the parts' lengths: a depth, a distance apart.
    expect(read(`${lead}It has two tunnels at depths of 300 m and 250 m.`, "300 m")).toBeNull();
    expect(read(`${lead}It has two tunnels, 40 m and 60 m below the pass.`, "40 m")).toBeNull();
  });
});

describe("a vehicle's speed at an accident", () => {
  it("is the story's vehicle's speed, tied by the story's names", () => {
    const body = "A train collision near Kavarapettai derailed 12 coaches of the Bagmati Express.\n\nThe accident happened when the passenger train, traveling at 80 km/h, collided with a goods train.";
    const claim = claims(body).find((c) => c.text === "80 km/h")!;
    expect(claim.subject?.frame?.measure.id).toBe("speed.train");
    expect(claim.subject?.frame?.rules).toContain("frame.vehicle-speed");
    expect(claim.subject?.frame?.rules).not.toContain("frame.named-measure");
    expect(measure("The bus, travelling at a speed of 90 km/h, overturned on the highway.", "90 km/h")).toBe("speed.bus");
  });
  it("reads no limit, difference, design speed or earlier accident", () => {
    expect(measure("The train was travelling 128 km/h in a 48 km/h zone when it derailed.", "48 km/h")).not.toBe("speed.train");
    expect(measure("The train was travelling at more than 80 km/h above the limit when it derailed.", "more than 80 km/h")).not.toBe("speed.train");
    expect(measure("The new trains can run at 160 km/h, officials said after the crash.", "160 km/h")).not.toBe("speed.train");
    expect(measure("In 2015, a train in Philadelphia was traveling at 170 km/h when it derailed.", "170 km/h")).not.toBe("speed.train");
    // No accident in the sentence: a train running at a speed says nothing of one.
    expect(measure("The train was travelling at 80 km/h through the valley.", "80 km/h")).not.toBe("speed.train");
  });
  it("reads neither of two speeds of one class in one article", () => {
    const body = "The express, travelling at 110 km/h, crashed into the freight train. The freight train was travelling at 30 km/h when the collision happened.";
    expect(measure(body, "110 km/h")).not.toBe("speed.train");
    expect(measure(body, "30 km/h")).not.toBe("speed.train");
    // A conversion of the same speed is no second speed.
    expect(measure("The train was travelling at 80 mph (128 km/h) when it derailed.", "80 mph")).toBe("speed.train");
  });
});

describe("the crossing a new bridge or tunnel replaces", () => {
  const lead = "The Harbour Crossing Tunnel opened on Tuesday.\n\n";
  it("tells the time by ferry (before) from the time through the link", () => {
    const body = `${lead}The crossing used to take 90 minutes by ferry. The new tunnel cuts the crossing to 15 minutes.`;
    expect(read(body, "90 minutes")).toBe("travel-time.before:crossing-harbour-crossing");
    expect(read(body, "15 minutes")).toBe("travel-time:crossing-harbour-crossing");
    expect(read(`${lead}Crossing the harbour takes roughly 40 minutes via a ferry.`, "roughly 40 minutes")).toBe("travel-time.before:crossing-harbour-crossing");
  });
  it("reads no wait, and no time it cannot place before or after the link", () => {
    expect(read(`${lead}The trip across used to take an hour by ferry, with delays of up to five hours.`, "up to five hours")).toBeNull();
    expect(read(`${lead}It would take about an hour and a half to get you across.`, "about an hour and a half")).toBeNull();
    // No named link in the lead: no crossing to measure.
    expect(read("Officials met on Tuesday.\n\nThe crossing used to take 90 minutes by ferry.", "90 minutes")).toBeNull();
  });
});

describe("names and figures paired by their order", () => {
  it("pairs each name with the figure at its position", () => {
    const body = "The Akashi Kaikyo Bridge and the Great Belt Bridge have main spans of 1,991 m and 1,624 m respectively.";
    expect(read(body, "1,991 m")).toBe("span:akashi-kaikyo");
    expect(read(body, "1,624 m")).toBe("span:great-belt");
    const tall = "Tokyo Tower and the Eiffel Tower are 333 metres and 330 metres tall, respectively.";
    expect(read(tall, "330 metres")).toBe("height:eiffel-tower");
    expect(read("The Burj Khalifa and the Shanghai Tower stand 828 metres and 632 metres tall.", "632 metres")).toBe("height:shanghai-tower");
  });
  it("gives no thing when the counts differ or no word names the measure", () => {
    expect(read("The Burj Khalifa, the Shanghai Tower and the Lotte Tower stand 828 metres and 632 metres tall.", "632 metres")).toBeNull();
    expect(read("The Burj Khalifa and the Shanghai Tower are 828 metres and 632 metres.", "632 metres")).toBeNull();
  });
});

describe("a name said to be a thing of a size", () => {
  it("measures the name, not every thing of its common noun", () => {
    expect(read("Yosemite Falls is a three-tiered, 2425 ft waterfall, situated in California.", "2425 ft")).toBe("extent:yosemite-falls");
    expect(read("The Dali is a 984-foot container ship.", "984-foot")).toBe("extent:dali");
    // A name placing another ("... of Pisa in Italy is a 55 m high belltower") is no thing measured.
    expect(read("The Leaning Tower of Pisa in Italy is a 55 m high belltower.", "55 m")).toBeNull();
    // No name before "is a": nothing named is measured.
    expect(read("It is a 2425 ft waterfall in California.", "2425 ft")).toBeNull();
  });
});

describe("a thing renamed in the sentence that names it", () => {
  it("files the measure under the new name", () => {
    const body = "The 8.8-km-long Rohtang tunnel, which links Himachal Pradesh with Ladakh, will now be known as the 'Atal Tunnel'. Prime Minister Modi said so.";
    expect(read(body, "8.8-km")).toBe("length:atal-tunnel");
    expect(read("The 310-metre Shard was renamed the Glass Tower.", "310-metre")).toBe("extent:glass-tower");
  });
  it("never gives another thing's new name", () => {
    expect(read("The 1,000-metre Old Bridge was replaced by the New Bridge, which is now known as the Harbour Bridge.", "1,000-metre")).toBe("extent:old-bridge");
    expect(read("The Kerch Bridge is 19 km long. It was called the Crimean Bridge by others.", "19 km")).toBe("length:kerch-bridge");
  });
});
