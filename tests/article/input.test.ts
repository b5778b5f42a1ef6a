import { describe, expect, it } from "vitest";
import { articleIdFor, decodeEntities, htmlToText, readFrontMatter } from "../../core/index.js";

describe("article input", () => {
  it("decodes double-escaped entities as news feeds send them", () => {
    expect(decodeEntities("Syria&rsquo;s war &amp;mdash; 30&nbsp;km")).toBe("Syria\u2019s war \u2014 30\u00a0km");
    expect(decodeEntities("&#8220;x&#x201D; &bogus; &#xD800;")).toBe("\u201cx\u201d &bogus; \ufffd");
  });

  it("turns HTML into text: scripts and styles dropped, blocks become lines", () => {
    const text = htmlToText("<style>p{}</style><p>One&nbsp;<b>30-km</b> strip</p><script>alert(1)</script><p>Two</p><!-- 99 -->");
    expect(text).toBe("One\u00a030-km strip\n\nTwo");
  });

  it("reads front matter keys and reports unknown ones", () => {
    const parsed = readFrontMatter("---\nid: a1\npublished: \"2023-01-11\"\nauthor: x\n---\nBody 30 km.");
    expect(parsed.fields).toEqual({ id: "a1", published: "2023-01-11" });
    expect(parsed.unknown).toEqual(["author"]);
    expect(parsed.body).toBe("Body 30 km.");
    expect(readFrontMatter("No front matter --- here").body).toBe("No front matter --- here");
  });

  it("derives ids: given, else from the url ignoring tracking, else from the text", () => {
    expect(articleIdFor({ id: " x ", body: "b" })).toBe("x");
    const a = articleIdFor({ url: "https://e.com/story/?utm_source=t#top", body: "one" });
    const b = articleIdFor({ url: "https://E.com/story", body: "two" });
    expect(a).toBe(b);
    expect(articleIdFor({ body: "one" })).not.toBe(articleIdFor({ body: "two" }));
  });
});
