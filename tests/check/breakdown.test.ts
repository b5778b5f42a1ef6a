import { expect, it } from "vitest";
import { inBreakdowns } from "../../core/check/frame/breakdown.js";
import { internalConflict } from "../../core/check/rules/internal-conflict.js";
import { article, claimOn, subject } from "./support.js";

const body = "One million Syrians have fled. About 330,000 Syrians have fled to Lebanon, 320,000 to Jordan, 185,000 to Turkey. Officials said 700,000 Syrians have fled.";
const doc = article("b", body);
const fled = subject("refugee|syrian", { group: "syrian" });
const claims = [
  claimOn(doc, { text: "One million", value: 1e6, unit: "person", subject: fled }),
  claimOn(doc, { text: "About 330,000", value: 330000, unit: "person", qualifier: "approx", qualifierText: "About", subject: fled }),
  claimOn(doc, { text: "320,000", value: 320000, unit: "person", subject: fled }),
  claimOn(doc, { text: "185,000", value: 185000, unit: "person", subject: fled }),
  claimOn(doc, { text: "700,000", value: 700000, unit: "person", subject: fled }),
];

it("takes three figures of one measure in one sentence for a breakdown, and compares none of them", () => {
  expect([...inBreakdowns(claims, body)].map((c) => c.text)).toEqual(["About 330,000", "320,000", "185,000"]);
  const findings = internalConflict.check({ article: doc, claims, related: [], articles: new Map() });
  // Listed by place, the figures are parts even when the reader gives them no common measure.
  const bare = claims.map((c) => (c.text === "320,000" || c.text === "185,000" ? { ...c, subject: undefined } : c));
  expect([...inBreakdowns(bare, body)].map((c) => c.text)).toEqual(["About 330,000", "320,000", "185,000"]);
  // One million against 700,000 still conflicts; no part of the list is set against them.
  expect(findings.map((f) => f.claims.map((c) => c.text).join(" | "))).toEqual(["One million | 700,000"]);
});

it("takes two figures listed by place, in words or digits, for parts of a total", () => {
  const text = "Eight people were killed in the bombings. The explosions killed six people at the Marriott and two at the Ritz-Carlton.";
  const story = article("p", text);
  const killed = subject("killed");
  const all = [
    claimOn(story, { text: "Eight", value: 8, unit: "person", subject: killed }),
    claimOn(story, { text: "six", value: 6, unit: "person", subject: killed }),
    claimOn(story, { text: "two", value: 2, unit: "person", subject: killed }),
  ];
  expect([...inBreakdowns(all, text)].map((c) => c.text)).toEqual(["six", "two"]);
});
