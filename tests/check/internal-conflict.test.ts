import { describe, expect, it } from "vitest";
import { checkClaims } from "../../core/check/index.js";
import type { Article, Claim } from "../../core/model.js";
import { paragraphOf } from "../../core/check/context.js";
import { setAside } from "../../core/check/superseded.js";
import { marksSuperseded } from "../../core/check/rules/revision.js";
import { article, claimOn, subject } from "./support.js";

function check(doc: Article, claims: Claim[]) {
  return checkClaims({ article: doc, claims, related: { claims: [], articles: [] } }).filter((f) => f.rule === "internal-conflict");
}

const killed = subject("killed|istiklal-attack", { text: "people killed in the Istiklal attack", event: "istiklal-attack" });

describe("internal-conflict", () => {
  it("reports one subject given two values for the same time", () => {
    const doc = article("a", "The attack killed six people. Later in the piece: the attack, which killed nine people, shocked the city.");
    const findings = check(doc, [
      claimOn(doc, { text: "six people", value: 6, unit: "person", subject: killed }),
      claimOn(doc, { text: "nine people", value: 9, unit: "person", subject: killed }),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "internal-conflict", severity: "contradiction" });
    expect(findings[0]?.claims.map((c) => c.text)).toEqual(["six people", "nine people"]);
    expect(findings[0]?.explanation).toContain("people killed in the Istiklal attack");
    expect(findings[0]?.explanation).toContain("6 people");
    expect(findings[0]?.explanation).toContain("9 people");
  });

  it("converts units before comparing: 30 km here, 30 miles there", () => {
    const strip = subject("strip|depth", { measure: "depth" });
    const doc = article("a", "A 30 km strip was agreed. The 30 miles deep strip is not yet cleared.");
    const findings = check(doc, [
      claimOn(doc, { text: "30 km", value: 30, unit: "km", subject: strip }),
      claimOn(doc, { text: "30 miles", value: 30, unit: "mi", subject: strip }),
    ]);
    expect(findings).toHaveLength(1);
  });

  it("says when one of the figures is quoted", () => {
    const doc = article("a", "The attack killed six people. \"It killed nine people,\" the mayor said.");
    const findings = check(doc, [
      claimOn(doc, { text: "six people", value: 6, unit: "person", subject: killed }),
      claimOn(doc, { text: "nine people", value: 9, unit: "person", subject: killed, modality: "quoted" }),
    ]);
    expect(findings[0]?.explanation).toContain("“nine people” is quoted");
    expect(findings[0]?.severity).toBe("discrepancy");
  });

  it("only notes counts far apart in size: likely a part and the whole", () => {
    const displaced = subject("displaced|syrian|idlib", { text: "displaced Syrians in Idlib", group: "syrian", place: "idlib" });
    const doc = article("a", "Four hundred thousand displaced Syrians in Idlib must return home. Idlib already hosts around 1.5 million displaced Syrians.");
    const findings = check(doc, [
      claimOn(doc, { text: "Four hundred thousand", value: 400_000, unit: "person", subject: displaced }),
      claimOn(doc, { text: "around 1.5 million", value: 1.5e6, unit: "person", qualifier: "approx", qualifierText: "around", subject: displaced }),
    ]);
    expect(findings.map((f) => f.severity)).toEqual(["note"]);
    expect(findings[0]?.explanation).toContain("a part and the whole");
  });

  const negatives: [string, string, Partial<Claim>, Partial<Claim>][] = [
    ["a revision marked by 'up from'", "The toll is now nine people, up from six people reported on Monday.", {}, {}],
    ["a figure 'initially reported'", "Officials initially reported six people dead. The attack killed nine people.", {}, {}],
    ["different times", "By 2019 the attack had killed six people. It has killed nine people since.", { asOf: "2019" }, {}],
    ["a hypothetical", "The attack killed six people. If nine people had died, the city would have closed.", {}, { modality: "hypothetical" }],
    ["a negation", "The attack killed six people, not nine people as rumoured.", {}, { modality: "negated" }],
    ["values that agree within their precision", "About six people died. The attack killed 6 people.", { qualifier: "approx" }, {}],
    ["a bound that holds", "At least six people were killed. The attack killed nine people.", { qualifier: "atLeast" }, {}],
  ];
  it.each(negatives)("does not report %s", (_name, body, first, second) => {
    const doc = article("a", body);
    const six = /six people|6 people/.exec(body)?.[0] ?? "";
    const nine = /nine people|6 people/.exec(body.slice(body.indexOf(six) + six.length))?.[0] ?? "";
    const claims = [
      claimOn(doc, { text: six, value: 6, unit: "person", subject: killed, ...first }),
      claimOn(doc, { text: nine, value: nine === "6 people" ? 6 : 9, unit: "person", subject: killed, ...second, nth: nine === six ? 1 : 0 }),
    ];
    expect(check(doc, claims)).toEqual([]);
  });

  it("does not compare different subjects: killed vs injured, Turkey vs Lebanon, height vs length", () => {
    const doc = article("a", "It killed six people and left 81 injured. Turkey hosts 3.6 million refugees and Lebanon 1.5 million refugees. The wall is 3 meters high and 900 meters long.");
    const claims = [
      claimOn(doc, { text: "six people", value: 6, unit: "person", subject: killed }),
      claimOn(doc, { text: "81", value: 81, unit: "person", subject: subject("injured|istiklal-attack", { event: "istiklal-attack" }) }),
      claimOn(doc, { text: "3.6 million", value: 3.6e6, unit: "person", subject: subject("refugee|turkey", { place: "turkey" }) }),
      claimOn(doc, { text: "1.5 million", value: 1.5e6, unit: "person", subject: subject("refugee|lebanon", { place: "lebanon" }) }),
      claimOn(doc, { text: "3 meters", value: 3, unit: "m", subject: subject("wall|height", { measure: "height" }) }),
      claimOn(doc, { text: "900 meters", value: 900, unit: "m", subject: subject("wall|length", { measure: "length" }) }),
    ];
    expect(check(doc, claims)).toEqual([]);
  });

  it("does not compare counts whose subject is only a bare head: 'killed' in Turkey and in Syria", () => {
    const doc = article("a", "In Turkey, at least 2,921 people were killed, while in Syria 1,444 people died.");
    expect(check(doc, [
      claimOn(doc, { text: "2,921", value: 2921, unit: "person", subject: subject("killed") }),
      claimOn(doc, { text: "1,444", value: 1444, unit: "person", subject: subject("killed") }),
    ])).toEqual([]);
  });

  it("does not count a conversion and its original as two statements", () => {
    const doc = article("a", "a 30-mile (18.6-mile) strip");
    const x = claimOn(doc, { text: "30-mile", value: 30, unit: "mi", subject: subject("strip") });
    const y = { ...claimOn(doc, { text: "18.6-mile", value: 18.6, unit: "mi", subject: subject("strip") }), conversionOf: x.id };
    const all = checkClaims({ article: doc, claims: [x, y], related: { claims: [], articles: [] } });
    expect(all.map((f) => f.rule)).toEqual(["conversion-mismatch"]);
  });
});

describe("internal-conflict: figures the article sets side by side on purpose", () => {
  it("never reports two values of one measure inside one sentence", () => {
    const doc = article("s", "A blast killed two people on Tuesday in the town where eight people died at the weekend.");
    const findings = check(doc, [
      claimOn(doc, { text: "two people", value: 2, unit: "person", subject: killed }),
      claimOn(doc, { text: "eight people", value: 8, unit: "person", subject: killed }),
    ]);
    expect(findings).toEqual([]);
  });

  it("still reports them in two sentences", () => {
    const doc = article("t", "A blast killed two people on Tuesday. The blast killed eight people, the mayor's office said.");
    const findings = check(doc, [
      claimOn(doc, { text: "two people", value: 2, unit: "person", subject: killed }),
      claimOn(doc, { text: "eight people", value: 8, unit: "person", subject: killed }),
    ]);
    expect(findings).toHaveLength(1);
  });

  it("reads an ordinal ('2nd explosion') as bringing in another event", () => {
    const doc = article("u", "2nd explosion kills 3 in port town. An explosion on Saturday killed 11 people in the same town.");
    const findings = check(doc, [
      claimOn(doc, { text: "3", value: 3, unit: "person", subject: killed }),
      claimOn(doc, { text: "11 people", value: 11, unit: "person", subject: killed }),
    ]);
    expect(findings).toEqual([]);
  });
});

describe("figures the story sets aside", () => {
  it("reads words of error or unconfirmed estimates in a paragraph, never words of change", () => {
    expect(marksSuperseded("Initially, an officer received an oral report. Around 100 people had died.")).toBe(true);
    expect(marksSuperseded("The figure was an estimate and had not yet been confirmed.")).toBe(true);
    expect(marksSuperseded("That figure differs from the 162 deaths; there was an error in the counting.")).toBe(true);
    expect(marksSuperseded("The toll rose to 62 on Monday, officials said.")).toBe(false);
    expect(marksSuperseded("He had no way to confirm whether the terrorists were locals.")).toBe(false);
    expect(marksSuperseded("The prefect confirmed a toll of 35, denying reports that put it at 38.")).toBe(true);
  });

  it("sets a figure aside only when every mention of it stands in such a paragraph", () => {
    const doc = article("s", "A report of 18 killed on Tuesday was wrong, police said.\n\nHe said 18 people were killed on Monday.\n\nInitially, about 100 were feared dead.");
    const wrong18 = claimOn(doc, { text: "18", value: 18, unit: "person", subject: killed });
    const plain18 = claimOn(doc, { text: "18", nth: 1, value: 18, unit: "person", subject: killed });
    const feared = claimOn(doc, { text: "100", value: 100, unit: "person", subject: killed });
    const aside = setAside([wrong18, plain18, feared], doc.body);
    expect([...aside].map((c) => c.text)).toEqual(["100"]);
  });
});

describe("a claim's paragraph", () => {
  it("is the text between the line breaks around it, and never more than a thousand characters each side", () => {
    const doc = article("p", "First para.\n\nThe toll is 12 now.\nNext para.");
    expect(paragraphOf(claimOn(doc, { text: "12", value: 12 }), doc.body)).toBe("The toll is 12 now.");
    const long = article("q", `${"word ".repeat(3000)}12 ${"word ".repeat(3000)}`);
    expect(paragraphOf(claimOn(long, { text: "12", value: 12 }), long.body).length).toBeLessThanOrEqual(2000);
  });
});
