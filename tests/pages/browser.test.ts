import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readFrontMatter } from "../../core/index.js";
import { API_KEY } from "../http/harness.js";
import { exampleText } from "../http/examples.js";
import { chromiumSkipReason, launchChromium, screenshot, startSite, type Site } from "./site.js";

const skip = chromiumSkipReason();

/** Fills the paste form as an editor would, from an example file's front matter and body. */
async function pasteArticle(page: Page, site: Site, name: string, mode: "dry" | "store"): Promise<void> {
  const { fields, body } = readFrontMatter(exampleText(name));
  await page.goto(`${site.url}/`);
  await page.fill("#title", fields.title ?? "");
  await page.fill("#published", fields.published ?? "");
  await page.fill("#source", fields.source ?? "");
  await page.fill("#body", body);
  await page.check(mode === "dry" ? "#mode-dry" : "#mode-store");
  if (name.startsWith("001")) await screenshot(page, "00-paste-form");
  await Promise.all([page.waitForLoadState("load"), page.click("button[type=submit]:has-text('Check')")]);
}

async function signIn(page: Page, site: Site): Promise<void> {
  await page.goto(`${site.url}/review/sign-in`);
  await page.fill("#key", API_KEY);
  await page.click("button:has-text('Sign in')");
  await expect.poll(() => page.textContent("header .who")).toContain("Signed in");
}

describe.skipIf(skip !== null)("review pages in headless Chromium", { timeout: 120_000 }, () => {
  let site: Site;
  let browser: Browser;
  beforeAll(async () => {
    site = await startSite();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test("the 30-mile article: both figures marked, the conversion finding, its link highlights the words", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, site); // dry runs need a signed-in key on a server with keys
    await pasteArticle(page, site, "001_9fa802cff792e669", "dry");
    const story = page.locator(".story");
    await expect.poll(() => story.locator("mark", { hasText: /^30-mile$/ }).count()).toBe(1);
    expect(await story.locator("mark", { hasText: /^18\.6-mile$/ }).count()).toBe(1);
    const card = page.locator(".finding", { hasText: "conversion-mismatch" });
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toMatch(/contradiction/);
    expect(await card.textContent()).toMatch(/30 km/);

    await card.locator("a", { hasText: "“18.6-mile”" }).click();
    const target = page.locator("mark:target");
    expect(await target.textContent()).toBe("18.6-mile");
    expect(page.url()).toMatch(/#claim-c-[0-9a-f]{16}$/);
    // A string, so it runs in the page: DOM types are not in this Node project.
    expect(await page.evaluate("getComputedStyle(document.querySelector('mark:target')).outlineStyle")).toBe("solid");
    await screenshot(page, "01-conversion-finding-target");

    // Keyboard only: Enter on the other link moves focus onto the marked words, whose tip shows
    // what the checker read in them; Tab goes on to the next claim.
    await card.locator("a", { hasText: "“30-mile”" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate("document.activeElement && document.activeElement.textContent")).toBe("30-mile");
    const focused = page.locator("mark:focus");
    const tip = page.locator(`#tip-${await focused.getAttribute("id")}`);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/^quantity · 30 mi · as stated · about: .*strip.* · asserted · as of 2023-01-11$/);
    await screenshot(page, "02-claim-tip-on-focus");
    await page.keyboard.press("Tab");
    expect(await page.locator("mark:focus").textContent()).toBe("18.6-mile");
    expect(await tip.isVisible()).toBe(false);
    await page.close();
  });

  test("two articles that disagree: the cross-article finding quotes both passages", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, site);
    await pasteArticle(page, site, "003_dc684d5a7ef49d7d", "store");
    expect(page.url()).toContain("/review/articles/");
    await pasteArticle(page, site, "002_6b1df5c4a6363f3e", "store");
    const card = page.locator(".finding", { hasText: "cross-article-conflict" }).filter({ hasText: "3.5 million" });
    expect(await card.count()).toBe(1);
    await card.locator("a", { hasText: "“3.6 million”" }).click();
    expect(await page.locator(".story mark:target").textContent()).toBe("3.6 million");
    // The other article's sentence, quoted with its figure marked, and a link to its page.
    const quoted = card.locator("blockquote mark", { hasText: "3.5 million" });
    expect(await quoted.count()).toBe(1);
    expect(await card.locator("blockquote").first().textContent()).toMatch(/Syrian refugees/);
    await card.locator("a", { hasText: "“3.5 million”" }).click();
    expect(await page.locator("blockquote mark:target").textContent()).toBe("3.5 million");
    await screenshot(page, "03-cross-article-finding");

    await Promise.all([page.waitForEvent("load"), card.locator("a", { hasText: /TRT World/ }).click()]);
    expect(page.url()).toMatch(/\/review\/articles\/[^/#]+#claim-c-[0-9a-f]{16}$/);
    expect(await page.locator("h1").textContent()).toBe("Turkish and Syrian intelligence chiefs meet in Moscow");
    expect(await page.locator(".story mark:target").textContent()).toBe("3.5 million");
    await screenshot(page, "04-other-article-target");
    // A phone: the findings follow the text instead of sitting beside it.
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "07-narrow-screen");
    await page.close();
  });

  test("dismissing a finding after signing in takes it off the open list", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, site);
    await page.goto(`${site.url}/review/findings?kind=cross-article-conflict`);
    const card = page.locator(".finding").filter({ hasText: "3.5 million" }).filter({ hasText: "3.6 million" });
    expect(await card.count()).toBe(1);
    const id = (await card.getAttribute("id"))!.replace(/^finding-/, "");
    await card.locator("input[name=note]").fill("different years, both right");
    await Promise.all([page.waitForLoadState("load"), card.locator("button", { hasText: "Dismiss" }).click()]);
    expect(await page.locator(`#finding-${id}`).count()).toBe(0);
    expect((await site.harness.embedded.store.getFinding(id))?.status).toBe("dismissed");
    await page.goto(`${site.url}/review/findings?status=dismissed`);
    expect(await page.locator(`#finding-${id}`).textContent()).toMatch(/different years, both right/);
    await screenshot(page, "05-dismissed-list");
    await page.close();
  });

  test("an article containing <script> renders as text and runs nothing", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, site); // on a server with keys an anonymous dry run is refused with the way to sign in
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = `<script>alert("body")</script> The strip is 30 km deep <img src=x onerror="alert('img')"> and 30 mi wide.`;
    await page.goto(`${site.url}/`);
    await page.fill("#title", `<script>alert("title")</script>`);
    await page.fill("#published", "2024-08-06");
    await page.fill("#body", hostile);
    await Promise.all([page.waitForLoadState("load"), page.click("button:has-text('Check')")]);
    // innerText: what a reader sees (the hidden claim tips are left out).
    expect(await page.locator(".story").innerText()).toBe(hostile);
    expect(await page.locator("h1").textContent()).toBe(`<script>alert("title")</script>`);
    expect(await page.locator("main script, main img").count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await screenshot(page, "06-script-article-inert");
    await page.close();
  });
});
