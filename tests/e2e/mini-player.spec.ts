import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { serveTone } from "./helpers/serve-tone";
import { FAKE_YOUTUBE_IFRAME_API } from "../player/fake-youtube-iframe-api";

const A = "/episodes/hugging-face-watsonx";
const TONE = "/episodes/sync-test-tone";

const bar = (page: Page) => page.getByRole("region", { name: "Player" });
const audio = (page: Page) => page.locator("audio");
const audioState = (page: Page) =>
  audio(page).evaluate((a: HTMLAudioElement) => ({
    time: a.currentTime,
    paused: a.paused,
    rate: a.playbackRate,
  }));

async function fakeYouTube(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __fakeYTConfig: object }).__fakeYTConfig = { realtime: false, duration: 1842 };
  });
  await page.route("https://www.youtube.com/iframe_api", (route) =>
    route.fulfill({ contentType: "text/javascript", body: FAKE_YOUTUBE_IFRAME_API }),
  );
}

for (const [width, height] of [
  [1366, 900],
  [390, 844],
] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${width}×${height} ${scheme}: the bar stays in view at the end of episode A and passes axe`, async ({
      page,
    }) => {
      // axe walks every element of episode A (~1,500 sentences): seconds, not ms.
      test.slow();
      await fakeYouTube(page);
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(A);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
      await expect(bar(page)).toBeInViewport({ ratio: 1 });
      for (const name of ["Play", "Back 15 seconds", "Forward 15 seconds"])
        await expect(bar(page).getByRole("button", { name, exact: true })).toBeInViewport();
      await expect(bar(page).getByRole("slider", { name: "Seek" })).toHaveAttribute(
        "aria-valuetext",
        /^0:00 of \d+:\d\d$/,
      );
      await expect(bar(page).getByRole("combobox", { name: "Playback speed" })).toBeInViewport();
      // The page ends above the bar: the last of the content is not hidden under it.
      const gap = await page.evaluate(() => {
        const last = document.querySelector("main")!.getBoundingClientRect().bottom;
        const top = document.querySelector("[data-mini-player]")!.getBoundingClientRect().top;
        return top - last;
      });
      // Less than a pixel of overlap is sub-pixel layout (fractional line heights), not hidden content.
      expect(gap).toBeGreaterThanOrEqual(-1);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }
}

test.describe("with the audio file", () => {
  test.beforeEach(async ({ page }) => {
    await serveTone(page);
  });

  test("play, pause, ±15 s and the scrubber drive the audio", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(TONE);
    const controls = bar(page);
    await controls.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(async () => (await audioState(page)).paused).toBe(false);
    await controls.getByRole("button", { name: "Pause", exact: true }).click();
    await expect.poll(async () => (await audioState(page)).paused).toBe(true);

    const before = (await audioState(page)).time;
    await controls.getByRole("button", { name: "Forward 15 seconds" }).click();
    await expect.poll(async () => (await audioState(page)).time).toBeCloseTo(before + 15, 0);
    await controls.getByRole("button", { name: "Back 15 seconds" }).click();
    await expect.poll(async () => (await audioState(page)).time).toBeCloseTo(before, 0);

    const scrubber = controls.getByRole("slider", { name: "Seek" });
    await scrubber.fill("40");
    await expect.poll(async () => (await audioState(page)).time).toBeCloseTo(40, 0);
    await expect(scrubber).toHaveAttribute("aria-valuetext", /^0:40 of 1:00$/);
    await expect(controls.getByText("0:40", { exact: true })).toBeVisible();
    // Keyboard: the arrow moves the playhead a second, not the page's shortcuts.
    await scrubber.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await audioState(page)).time).toBeCloseTo(41, 0);
  });

  test("the speed applies to the audio and is remembered across a reload", async ({ page }) => {
    await page.goto(TONE);
    const speed = bar(page).getByRole("combobox", { name: "Playback speed" });
    await expect(speed).toHaveValue("1");
    await speed.selectOption({ label: "1.5×" });
    await expect.poll(async () => (await audioState(page)).rate).toBe(1.5);
    await page.reload();
    await expect(bar(page).getByRole("combobox", { name: "Playback speed" })).toHaveValue("1.5");
    await expect.poll(async () => (await audioState(page)).rate).toBe(1.5);
  });

  test("a stored speed that is not on offer is ignored", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("episode-explorer:playback-speed", "16"));
    await page.goto(TONE);
    await expect(bar(page).getByRole("combobox", { name: "Playback speed" })).toHaveValue("1");
    await page.waitForTimeout(200);
    expect((await audioState(page)).rate).toBe(1);
  });

  test("Back to now stays above the bar", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 500 });
    await page.goto(TONE);
    await page.getByText("Echo is sentence number 5", { exact: false }).click();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const back = page.getByRole("button", { name: "Back to now" });
    await expect(back).toBeVisible();
    const backBox = (await back.boundingBox())!;
    const barBox = (await bar(page).boundingBox())!;
    expect(backBox.y + backBox.height).toBeLessThanOrEqual(barBox.y);
  });
});

test.describe("with the YouTube player", () => {
  test.beforeEach(async ({ page }) => {
    await fakeYouTube(page);
  });

  test("play in the bar loads and starts the video like the big play button, at the chosen speed", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(A);
    await bar(page).getByRole("combobox", { name: "Playback speed" }).selectOption({ label: "1.25×" });
    await expect(page.locator("[data-fake-youtube-player]")).toHaveCount(0);
    await bar(page).getByRole("button", { name: "Play", exact: true }).click();
    const player = page.locator("[data-fake-youtube-player]");
    await expect(player).toHaveAttribute("data-state", "1");
    await expect(bar(page).getByRole("button", { name: "Pause", exact: true })).toBeVisible();
    const calls = () =>
      page.evaluate(
        () =>
          (window as unknown as { __fakeYT: { calls: { method: string; args: unknown[] }[] } }).__fakeYT
            .calls,
      );
    await expect.poll(calls).toContainEqual({ method: "setPlaybackRate", args: [1.25] });

    await bar(page).getByRole("button", { name: "Pause", exact: true }).click();
    await expect(player).toHaveAttribute("data-state", "2");
    await bar(page).getByRole("slider", { name: "Seek" }).fill("516");
    await expect(bar(page).getByRole("slider", { name: "Seek" })).toHaveAttribute(
      "aria-valuetext",
      /^8:36 of /,
    );
    await expect
      .poll(async () => (await calls()).filter((c) => c.method === "seekTo").length)
      .toBeGreaterThan(0);
  });

  test("the bar names the section playing and shows section and search ticks", async ({ page }) => {
    await page.goto(`${A}?q=open+source`);
    const ticks = page.locator("[data-mini-player] [data-search-ticks] > span");
    await expect.poll(() => ticks.count()).toBeGreaterThan(0);
    const scrubber = bar(page).getByRole("slider", { name: "Seek" });
    const map = page.locator("[data-player-root]").getByRole("slider");
    for (const t of ["600", "1500"]) {
      await scrubber.fill(t);
      // The episode map names the section at the playhead ("10:00, Title"): the bar shows the same.
      const text = await map.getAttribute("aria-valuetext");
      const title = text!.split(", ").slice(1).join(", ");
      expect(title.length).toBeGreaterThan(0);
      await expect(bar(page)).toContainText(title);
    }
  });
});
