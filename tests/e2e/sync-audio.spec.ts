import AxeBuilder from "@axe-core/playwright";
import { test, expect, type Page } from "@playwright/test";
import { readMarksAndSeeks, recordMarksAndSeeks } from "./helpers/record-marks";
import { serveTone } from "./helpers/serve-tone";

const TONE = "/episodes/sync-test-tone";

const currentIndex = (page: Page) =>
  page.evaluate(() => {
    const sentences = [...document.querySelectorAll("#transcript [data-sentence]")];
    return sentences.findIndex((s) => s.getAttribute("aria-current") === "true");
  });

const audioTime = (page: Page) => page.locator("audio").evaluate((a: HTMLAudioElement) => a.currentTime);

/** Opens the tone episode once its transcript answers clicks (a click before hydration does nothing). */
async function openTone(page: Page) {
  await page.goto(TONE);
  await expect(page.locator("#transcript[data-synced]")).toBeAttached();
}

test.beforeEach(async ({ page }) => {
  await serveTone(page);
});

test("playing moves aria-current through the sentences in order", async ({ page }) => {
  await openTone(page);
  const transcript = page.getByRole("region", { name: "Transcript" });
  await expect(transcript.getByText("Alpha is sentence number 1")).toBeVisible();
  await page.locator("audio").evaluate((a: HTMLAudioElement) => a.play());
  const seen: number[] = [];
  await expect
    .poll(
      async () => {
        const index = await currentIndex(page);
        if (index >= 0 && seen.at(-1) !== index) seen.push(index);
        return seen.length;
      },
      { timeout: 15_000, intervals: [100] },
    )
    .toBeGreaterThanOrEqual(4);
  // In order: each newly marked sentence comes after the previous one.
  for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThan(seen[i - 1]!);
  // Only one sentence is current at a time.
  await expect(transcript.locator('[aria-current="true"]')).toHaveCount(1);
});

test("clicking a sentence seeks the audio there and plays", async ({ page }) => {
  await openTone(page);
  const target = page.getByText("Kilo is sentence number 11", { exact: false });
  const start = Number(await target.getAttribute("data-start"));
  expect(start).toBeCloseTo(15, 1);
  // This test is about seeking; on a loaded machine the file's metadata can take seconds, and
  // how a click before it behaves is the browser's (it keeps the position as the start).
  await expect
    .poll(() => page.locator("audio").evaluate((a: HTMLAudioElement) => a.readyState))
    .toBeGreaterThan(0);
  await recordMarksAndSeeks(page);
  await target.click();
  // The first sentence marked after the click is the one clicked, and the audio lands at its start.
  await expect
    .poll(async () => (await readMarksAndSeeks(page)).marked[0])
    .toBe(await target.getAttribute("id"));
  await expect.poll(async () => (await readMarksAndSeeks(page)).landed.length).toBeGreaterThan(0);
  const [landed = Number.NaN] = (await readMarksAndSeeks(page)).landed;
  expect(landed).toBeGreaterThanOrEqual(start - 0.05);
  expect(landed).toBeLessThan(start + 1.5); // within the sentence
  await expect.poll(() => page.locator("audio").evaluate((a: HTMLAudioElement) => a.paused)).toBe(false);
  // Playing on from there: the sentences after it are marked in turn.
  await expect
    .poll(async () => (await readMarksAndSeeks(page)).marked.at(-1))
    .not.toBe(await target.getAttribute("id"));
  const starts = (await readMarksAndSeeks(page)).marked.map((id) => Number(id.replace("s-", "")));
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
});

test("scrolling away while playing shows Back to now, which returns to the current sentence", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 400 });
  await openTone(page);
  await page.getByText("Echo is sentence number 5", { exact: false }).click();
  await expect.poll(() => currentIndex(page)).toBeGreaterThanOrEqual(4);
  const back = page.getByRole("button", { name: "Back to now" });
  await expect(back).toBeHidden();
  await page.mouse.move(500, 300);
  await page.mouse.wheel(0, 3000);
  await expect(back).toBeVisible();
  await back.click();
  await expect(back).toBeHidden();
  await expect(page.locator('#transcript [aria-current="true"]')).toBeInViewport();
});

test("Back to now meets the contrast minimum in dark mode too", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 1000, height: 400 });
  await openTone(page);
  await page.getByText("Echo is sentence number 5", { exact: false }).click();
  await expect.poll(() => currentIndex(page)).toBeGreaterThanOrEqual(4);
  await page.mouse.move(500, 300);
  await page.mouse.wheel(0, 3000);
  await expect(page.getByRole("button", { name: "Back to now" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => n.failureSummary))).toEqual([]);
});

test("the current word is marked inside the current sentence", async ({ page }) => {
  await openTone(page);
  await page.getByText("Hotel is sentence number 8", { exact: false }).click();
  const word = page.locator('#transcript [aria-current="true"] [data-w][data-active]');
  await expect(word).toHaveCount(1);
});

test("word times come with playback, not with the page", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/word-starts.json")) fetched.push(new URL(request.url()).pathname);
  });
  const html = await (await page.request.get(TONE)).text();
  expect(html).toContain("Hotel is sentence number 8");
  expect(html).not.toContain("data-words"); // no per-word data in the page
  await page.goto(TONE, { waitUntil: "networkidle" });
  await expect(page.getByRole("region", { name: "Transcript" })).toBeVisible();
  expect(fetched).toEqual([]);
  await page.getByText("Hotel is sentence number 8", { exact: false }).click();
  await expect.poll(() => fetched).toEqual([`${TONE}/word-starts.json`]);
  await expect(page.locator('#transcript [aria-current="true"] [data-w][data-active]')).toHaveCount(1);
});

test("keyboard: Space pauses and plays, arrows move by 5 seconds", async ({ page }) => {
  await openTone(page);
  await page.getByText("Delta is sentence number 4", { exact: false }).click();
  await expect.poll(() => page.locator("audio").evaluate((a: HTMLAudioElement) => a.paused)).toBe(false);
  await page.locator("body").press("Space");
  await expect.poll(() => page.locator("audio").evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
  const before = await audioTime(page);
  await page.locator("body").press("ArrowRight");
  await expect.poll(() => audioTime(page)).toBeGreaterThanOrEqual(before + 4.9);
  await page.locator("body").press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
});
