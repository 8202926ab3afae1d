// Page benchmark: JS shipped to an episode page (gzip, beyond what every page loads) and the
// longest main-thread task during 60 s of simulated playback from `at` seconds.
// Usage: tsx bench-page.ts <baseURL> [page path = episode A] [video length s = 1842] [at s = 480]
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS } from "../lib/chromium-flags.mjs";
import { listPageScripts } from "../lib/defer-framework-scripts.mjs";
import { FAKE_YOUTUBE_IFRAME_API } from "../../tests/player/fake-youtube-iframe-api";

const base = process.argv[2] ?? "http://127.0.0.1:3200";
const A = process.argv[3] ?? "/episodes/hugging-face-watsonx";
const duration = Number(process.argv[4] ?? 1842);
const at = Number(process.argv[5] ?? 480);

/** The page's scripts: its tags and those the server's loader adds after the first paint. */
async function scriptsOf(path: string): Promise<Set<string>> {
  const html = await (await fetch(base + path)).text();
  return new Set(listPageScripts(html).filter((src) => /\.js(\?|$)/.test(src)));
}

async function gzipBytes(src: string): Promise<number> {
  const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
  return gzipSync(body, { level: 9 }).length;
}

const pageScripts = await scriptsOf(A);
const frameworkScripts = await scriptsOf("/no-such-page-for-bench");
let total = 0;
let pageSpecific = 0;
for (const src of pageScripts) {
  const size = await gzipBytes(src);
  total += size;
  if (!frameworkScripts.has(src)) pageSpecific += size;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: CHROMIUM_FLAGS,
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript((duration: number) => {
  (window as unknown as { __fakeYTConfig: object }).__fakeYTConfig = { realtime: false, duration };
  const w = window as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({
    type: "longtask",
    buffered: true,
  });
}, duration);
await page.route("https://www.youtube.com/iframe_api", (route) =>
  route.fulfill({ contentType: "text/javascript", body: FAKE_YOUTUBE_IFRAME_API }),
);
await page.goto(base + A, { waitUntil: "networkidle" });
await page.getByRole("button", { name: /Play video/ }).click();
await page.locator("[data-fake-youtube-player]").waitFor();
// Loading is not playback: only tasks from here on count.
await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
await page.evaluate(
  (s) => (window as unknown as { __fakeYT: { advance(s: number): void } }).__fakeYT.advance(s),
  at,
);
// 60 s of playback, in 0.25 s steps at 4 frames each (the transcript follows, words change).
for (let step = 0; step < 240; step++) {
  await page.evaluate(() => (window as unknown as { __fakeYT: { advance(s: number): void } }).__fakeYT.advance(0.25));
  await page.waitForTimeout(16);
}
const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
await browser.close();
console.log(
  JSON.stringify({
    jsTotalGzipKB: total / 1024,
    jsPageSpecificGzipKB: pageSpecific / 1024,
    scripts: pageScripts.size,
    longTasks: tasks.length,
    longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
  }),
);
