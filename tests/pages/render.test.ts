import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extractClaims, type Claim } from "../../core/index.js";
import { auth, postJson, startHarness, type Harness } from "../http/harness.js";
import { exampleJson } from "../http/examples.js";
import { postForm as postAnyForm, signedInCookie } from "./forms.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ publicUrl: "https://desk.example" });
});
afterAll(() => h.close());

/** Dry runs on a server with keys need a signed-in editor, as storing does. */
async function postForm(harness: Harness, path: string, fields: Record<string, string>): Promise<Response> {
  return postAnyForm(harness, path, fields, { Cookie: await signedInCookie(harness) });
}

/** The marks of the article text only (the legend has marks too). */
function storyMarks(page: string): { id: string; cls: string; text: string }[] {
  const story = page.slice(page.indexOf('<div class="story">'), page.indexOf("</section>"));
  return [...story.matchAll(/<mark id="([^"]+)" class="([^"]+)"[^>]*>([^<]*)<\/mark>/g)].map((m) => ({ id: m[1]!, cls: m[2]!, text: m[3]! }));
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

describe("the article page", () => {
  test("marks every claim the extractor found, once, with its kind, and keeps the text exactly", async () => {
    const json = exampleJson("002_6b1df5c4a6363f3e");
    expect((await postJson(h, "/articles", json)).status).toBe(201);
    const page = await (await h.app.request(`/review/articles/${json.id}`)).text();
    const claims: Claim[] = extractClaims({ id: json.id!, body: json.body!, published: json.published });
    const marks = storyMarks(page);
    expect(marks.map((m) => m.id)).toEqual(claims.map((c) => `claim-${c.id}`));
    marks.forEach((m, i) => {
      expect(unescape(m.text)).toBe(claims[i]!.text);
      expect(m.cls.split(" ")).toContain(`k-${claims[i]!.kind}`);
    });
    // Tips and tags aside, the story is the body, character for character.
    const story = page.slice(page.indexOf('<div class="story">') + '<div class="story">'.length, page.indexOf("</div></section>"));
    expect(unescape(story.replace(/<span class="tip"[^>]*>[^<]*<\/span>/g, "").replace(/<[^>]+>/g, ""))).toBe(json.body);
  });

  test("each mark is focusable and described by a tip with qualifier, subject and modality", async () => {
    const json = exampleJson("003_dc684d5a7ef49d7d");
    await postJson(h, "/articles", json);
    const page = await (await h.app.request(`/review/articles/${json.id}`)).text();
    const approx = /<mark id="(claim-[^"]+)"[^>]*tabindex="0" aria-describedby="tip-\1">around 1\.5 million<\/mark><span class="tip" role="tooltip" id="tip-\1">([^<]*)<\/span>/.exec(page);
    expect(approx, "the 'around 1.5 million' mark and its tip").not.toBeNull();
    expect(approx![2]).toMatch(/approximately \(“around”\)/);
    expect(approx![2]).toMatch(/about: /);
    expect(approx![2]).toMatch(/asserted|quoted/);
  });

  test("the API keeps answering JSON on its own paths", async () => {
    const json = exampleJson("001_9fa802cff792e669");
    await postJson(h, "/articles", json);
    for (const path of [`/articles/${json.id}`, "/findings", `/articles/${json.id}/findings`, "/health"]) {
      const res = await h.app.request(path, { headers: { Accept: "text/html" } });
      expect(res.headers.get("Content-Type"), path).toMatch(/^application\/json/);
    }
    expect((await h.app.request("/no-such-route")).headers.get("Content-Type")).toBe("application/problem+json");
  });

  test("an unknown article is a 404 page in HTML", async () => {
    const res = await h.app.request("/review/articles/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(await res.text()).toMatch(/No stored article with id &#39;nope&#39;/);
  });
});

describe("escaping", () => {
  const evil = `</textarea><script>alert(1)</script><img src=x onerror=alert(2)> "quoted" & 'single' 30 km`;

  test("title, outlet and text from a form are escaped on the result page", async () => {
    const res = await postForm(h, "/review/check", { title: evil, source: evil, body: evil, mode: "dry" });
    const page = await res.text();
    expect(res.status).toBe(200);
    expect(page).not.toMatch(/<script>alert|<img src=x/);
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;");
  });

  test("a form that needs fixing echoes the text escaped, and cannot close its textarea", async () => {
    const res = await postForm(h, "/review/check", { body: evil, published: "not a date", mode: "dry" });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toMatch(/published: /);
    const textarea = /<textarea id="body" name="body" required>([\s\S]*?)<\/textarea>/.exec(page);
    expect(unescape(textarea![1]!)).toBe(evil);
  });

  test("a stored article's text with </script> cannot break out of the embedded JSON-LD", async () => {
    const article = { id: "evil-1", title: "</script><script>alert(1)</script>", published: "2023-01-11",
      body: "The 30-mile (18.6-mile) strip </script><script>alert(3)</script> ends here." };
    expect((await postJson(h, "/articles", article)).status).toBe(201);
    const page = await (await h.app.request("/review/articles/evil-1")).text();
    const scripts = [...page.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![0]).toMatch(/^<script type="application\/ld\+json">/);
    const reviews = JSON.parse(scripts[0]![1]!) as { claimReviewed: string; itemReviewed: { name: string } }[];
    expect(reviews[0]!.itemReviewed.name).toBe(article.title);
    expect(reviews[0]!.claimReviewed).toContain("</script><script>alert(3)</script>");
  });

  test("an article URL that is not http(s) never becomes a link", async () => {
    await postJson(h, "/articles", { id: "ftp-1", url: "ftp://files.example/a", body: "A 30-km strip.", published: "2023-01-11" });
    const page = await (await h.app.request("/review/articles/ftp-1")).text();
    expect(page).not.toContain('href="ftp://');
  });
});

describe("ClaimReview export", () => {
  test("a finding as schema.org ClaimReview with the article, the rating and the newsroom", async () => {
    const json = exampleJson("001_9fa802cff792e669");
    const posted = (await (await postJson(h, "/articles", json)).json()) as { findings: { id: string; explanation: string }[] };
    const finding = posted.findings[0]!;
    // The Host a client sends is not where the reviews live: URLs come from the configured public URL.
    const res = await h.app.request(`http://attacker.example/review/findings/${finding.id}/claimreview.json`);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/ld\+json/);
    const review = (await res.json()) as {
      "@context": string; "@type": string; claimReviewed: string; reviewBody: string; datePublished: string;
      itemReviewed: Record<string, unknown>; reviewRating: Record<string, unknown>; author: Record<string, unknown>;
    };
    expect(review["@context"]).toBe("https://schema.org");
    expect(review["@type"]).toBe("ClaimReview");
    expect(review.claimReviewed).toContain("30-mile (18.6-mile)");
    expect(review.itemReviewed).toMatchObject({ "@type": "CreativeWork", datePublished: "2023-01-11", author: { "@type": "Organization", name: json.source } });
    expect(review.itemReviewed.url).toBe(`https://desk.example/review/articles/${json.id}`);
    expect(review.reviewRating).toMatchObject({ "@type": "Rating", alternateName: "Contradiction", ratingValue: 1 });
    expect(review.author).toMatchObject({ "@type": "Organization", url: "https://desk.example" });
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(review.reviewBody).toBe(finding.explanation);
    const page = await (await h.app.request(`/review/findings/${finding.id}`)).text();
    expect(page).toContain('<script type="application/ld+json">');
  });

  test("only http(s) URLs are exported: an article url of javascript: falls back to the review page", async () => {
    const posted = (await (await postJson(h, "/articles", { id: "js-url", url: "javascript:alert(1)", published: "2023-01-11", body: "The 30-mile (18.6-mile) deep strip." })).json()) as { findings: { id: string }[] };
    expect(posted.findings.length).toBeGreaterThan(0);
    const review = (await (await h.app.request(`/review/findings/${posted.findings[0]!.id}/claimreview.json`)).json()) as { url: string; itemReviewed: { url: string } };
    expect(review.itemReviewed.url).toBe("https://desk.example/review/articles/js-url");
    expect(review.url).toMatch(/^https:\/\/desk\.example\/review\/findings\//);
    expect(JSON.stringify(review)).not.toMatch(/javascript:/i);
  });

  test("without a configured public URL, no URL of this site is exported at all", async () => {
    const bare = await startHarness();
    try {
      const posted = (await (await postJson(bare, "/articles", exampleJson("001_9fa802cff792e669"))).json()) as { findings: { id: string }[] };
      const review = (await (await bare.app.request(`http://attacker.example/review/findings/${posted.findings[0]!.id}/claimreview.json`)).json()) as Record<string, unknown>;
      expect(JSON.stringify(review)).not.toMatch(/attacker\.example|localhost/);
      expect(review.url).toBeUndefined();
    } finally {
      await bare.close();
    }
  });

  test("a dry run's findings link to no finding page and offer no actions: they are not stored", async () => {
    const res = await postForm(h, "/review/check", { body: "The 30-mile (18.6-mile) deep strip.", published: "2023-01-11", mode: "dry" });
    const page = await res.text();
    expect(page).toMatch(/conversion-mismatch/);
    expect(page).not.toMatch(/claimreview\.json|Dismiss|to dismiss or resolve|application\/ld\+json/);
  });

  test("an unknown finding is a 404", async () => {
    expect((await h.app.request("/review/findings/f-0/claimreview.json")).status).toBe(404);
  });
});

describe("the findings page", () => {
  test("open findings newest first, filtered by severity and kind; an empty select means any", async () => {
    for (const name of ["003_dc684d5a7ef49d7d", "001_9fa802cff792e669", "002_6b1df5c4a6363f3e"]) await postJson(h, "/articles", exampleJson(name));
    const api = (await (await h.app.request("/findings?status=open&limit=100", { headers: auth })).json()) as { findings: { id: string; severity: string; kind: string }[] };
    const ids = (page: string) => [...page.matchAll(/<li class="finding [^"]+" id="finding-([^"]+)"/g)].map((m) => m[1]);
    const all = await (await h.app.request("/review/findings?severity=&kind=")).text();
    expect(ids(all)).toEqual(api.findings.slice(0, 25).map((f) => f.id));
    const notes = await (await h.app.request("/review/findings?severity=note")).text();
    expect(ids(notes)).toEqual(api.findings.filter((f) => f.severity === "note").map((f) => f.id));
    expect(ids(notes).length).toBeGreaterThan(0);
    const cross = await (await h.app.request("/review/findings?kind=cross-article-conflict")).text();
    expect(ids(cross)).toEqual(api.findings.filter((f) => f.kind === "cross-article-conflict").map((f) => f.id));
    expect(cross).toMatch(/<option value="cross-article-conflict" selected>/);
  });

  test("the stylesheet is served, small, with the legend's four kinds", async () => {
    const res = await h.app.request("/assets/claimcheck.css");
    expect(res.headers.get("Content-Type")).toMatch(/^text\/css/);
    const css = await res.text();
    expect(css.length).toBeLessThan(8000);
    for (const kind of ["quantity", "percent", "date", "duration"]) expect(css).toMatch(new RegExp(`\\.k-${kind}::after\\{content:"`));
  });
});
