import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser, type Page } from "playwright-core";
import { startHarness, type Harness } from "../http/harness.js";
import type { AppDeps } from "../../functions/http/deps.js";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * Chromium tests run wherever Debian's chromium is installed, and MUST run in CI (.ci/run
 * installs it there): only a developer machine without it may skip them.
 */
export function chromiumSkipReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  if (process.env.CI === "true") throw new Error(`${CHROMIUM} is missing in CI: .ci/run should have installed chromium`);
  return `${CHROMIUM} is not installed`;
}

export interface Site {
  url: string;
  harness: Harness;
  close(): Promise<void>;
}

/** The real app over the real embedded store, served by @hono/node-server on a random loopback port. */
export async function startSite(overrides: Partial<AppDeps> = {}): Promise<Site> {
  const harness = await startHarness(overrides);
  const server = await new Promise<ServerType>((done, fail) => {
    const s = serve({ fetch: harness.app.fetch, hostname: "127.0.0.1", port: 0 }, () => done(s));
    s.once("error", fail);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    harness,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await harness.close();
    },
  };
}

/** Headless Chromium as the issue prescribes: no sandbox (containers), no network chatter. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

const SHOTS = new URL("../../test-results/screenshots/", import.meta.url);

/** Saves what the window shows, for a reviewer, under test-results/screenshots/ (gitignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname });
}
