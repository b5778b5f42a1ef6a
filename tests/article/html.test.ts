import { describe, expect, it } from "vitest";
import { extractClaims, htmlToText } from "../../core/index.js";

describe("htmlToText keeps what a reader sees apart", () => {
  it("table cells are separate figures, rows separate lines", () => {
    const text = htmlToText("<table><tr><th>Dead</th> <th>Hurt</th></tr>\n<tr><td>30</td><td>40</td></tr></table>");
    expect(text).toBe("Dead\tHurt\n30\t40");
    expect(text).not.toContain("3040");
    const values = extractClaims({ id: "t", body: htmlToText("<table><tr><td>30 km</td><td>400 people</td></tr></table>") }).map((c) => c.value);
    expect(values).toEqual([30, 400]);
  });

  it("definition lists, asides, main and other blocks are separate text", () => {
    expect(htmlToText("<dl><dt>Dead</dt><dd>30</dd><dt>Hurt</dt><dd>40</dd></dl>")).toBe("Dead\n30\nHurt\n40");
    expect(htmlToText("<main>12 killed</main><aside>13 hurt</aside><nav>Home</nav><figcaption>14 cars</figcaption>"))
      .toBe("12 killed\n\n13 hurt\n\nHome\n\n14 cars");
    expect(htmlToText("<p>The <b>30</b>-km strip</p>")).toBe("The 30-km strip");
  });

  it("a '<' that opens no tag keeps the text around it", () => {
    expect(htmlToText("<p>5 < 10 and 20 > 3 people</p>")).toBe("5 < 10 and 20 > 3 people");
    expect(htmlToText("x <= 4, y <3 and a < b")).toBe("x <= 4, y <3 and a < b");
  });

  it("decodes every named reference of HTML, and double-escaped ones", () => {
    expect(htmlToText("<p>&notin; &Aacute; &ohm; &frac78; &NotNestedGreaterGreater; &hellip;</p>")).toBe("\u2209 \u00c1 \u03a9 \u215e \u2aa2\u0338 \u2026");
    expect(htmlToText("<p>Syria&amp;rsquo;s war &amp;mdash; 30&nbsp;km, &#8220;x&#x201D;</p>")).toBe("Syria\u2019s war \u2014 30\u00a0km, \u201cx\u201d");
    expect(htmlToText("<p>&bogus; &#xD800;</p>")).toBe("&bogus; \ufffd");
  });

  it("drops code, styling, embedded documents and the head; collapses source whitespace", () => {
    const page = "<html><head><title>T 1</title><style>p{}</style></head><body><p>Hi\n   <br>there</p>"
      + "<svg><text>99</text></svg><script>if (a<b) x()</script><!-- 7 --><p>After</p><pre>  a\n   b</pre></body></html>";
    expect(htmlToText(page)).toBe("Hi\nthere\n\nAfter\n\n  a\n   b");
    expect(htmlToText("<svg/><p>Kept 5</p>")).toBe("Kept 5");
  });
});

/** CPU time of this process in ms: unlike wall time, it does not count waiting for a core. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The least CPU time of `runs` interleaved runs of each input, in ms. CPU time, because the
 * shared 2-core machine runs at a load of 10-15 and wall time then measures the queue; the
 * best of five, because a GC pause lands on single runs.
 */
function bestTimes(inputs: string[], runs = 5): number[] {
  const best = inputs.map(() => Infinity);
  for (let run = 0; run < runs; run++) {
    inputs.forEach((input, i) => {
      const started = cpuMs();
      htmlToText(input);
      best[i] = Math.min(best[i]!, cpuMs() - started);
    });
  }
  return best;
}

describe("htmlToText is linear in its input", () => {
  // The patterns that made the regex reader quadratic, and ones that stress a tokenizer's states.
  const patterns = ["<svg", "<svg>", "<a href='x", "<", "&amp", "<b></i>", "<td>1", "<pre> ", "<script></scrip", "<!--", "a<b c=d e"];
  for (const pattern of patterns) {
    it(`1 MiB of ${JSON.stringify(pattern)} costs about 4 times 256 KiB, not 16 times`, () => {
      const of = (bytes: number) => pattern.repeat(Math.ceil(bytes / pattern.length)).slice(0, bytes) + " 30 km";
      const [small, large] = bestTimes([of(256 * 1024), of(1024 * 1024)]) as [number, number];
      // Linear gives 4; quadratic 16 (the regex reader took 14 s for 256 KiB of "<svg"). 12
      // leaves room for a loaded machine; the 2 ms floor keeps tiny timings from deciding.
      expect(large / Math.max(small, 2), `${small.toFixed(1)} ms -> ${large.toFixed(1)} ms`).toBeLessThan(12);
    }, 60_000);
  }
});
