// The one way tests, benchmarks and scripts start a browser: Debian's Chromium, headless,
// with nothing that reaches the network on its own (updates, sync, QUIC).
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Where Debian's chromium package puts the browser (`.ci/run` installs it). */
export const chromiumPath = "/usr/bin/chromium";

/** Whether Chromium is installed: browser tests skip, and say so, when it is not. */
export const hasChromium = existsSync(chromiumPath);

const launchArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts headless Chromium from {@link chromiumPath}. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: launchArgs });
}
