/**
 * A line ends a sentence (sentences.ts), so a casualty verb at the end of a headline is not the
 * verb of the count that opens the next line (casualty.ts casualtyKind). Headline and lead after
 * IANS's Anekal derailment copy (13 February 2015), whose headline had no full stop.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

const measures = (body: string) =>
  extractClaims({ id: "l", published: "2015-02-13", body }).map((c) => [c.text, c.subject?.frame?.measure.id ?? null]);

describe("a casualty verb on the line before a count", () => {
  it("is not the count's: the lead's 'Nine passengers were killed' stays killed under 'Nine dead, ten hurt'", () => {
    expect(measures("Nine dead, ten hurt\nNine passengers were killed early Friday.")).toContainEqual(["Nine", "killed.passenger"]);
  });

  it("still reads the verb before a count on its own line", () => {
    expect(measures("Nine dead, ten hurt\nThe derailment killed nine passengers early Friday.")).toContainEqual(["nine", "killed.passenger"]);
  });
});
