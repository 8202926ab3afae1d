import { test, expect } from "@playwright/test";
import { FAKE_YOUTUBE_IFRAME_API } from "../player/fake-youtube-iframe-api";

const A = "/episodes/hugging-face-watsonx";

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __fakeYTConfig: object }).__fakeYTConfig = { realtime: false, duration: 1842 };
  });
  await page.route("https://www.youtube.com/iframe_api", (route) =>
    route.fulfill({ contentType: "text/javascript", body: FAKE_YOUTUBE_IFRAME_API }),
  );
});

test("nothing loads from YouTube until the reader asks to play", async ({ page }) => {
  const youtube: string[] = [];
  page.on("request", (r) => {
    if (/youtube|ytimg/.test(r.url())) youtube.push(r.url());
  });
  await page.goto(A);
  await expect(page.getByRole("button", { name: /Play video/ })).toBeVisible();
  await page.waitForTimeout(300);
  expect(youtube).toEqual([]);
  await page.getByRole("button", { name: /Play video/ }).click();
  await expect(page.locator("[data-fake-youtube-player]")).toHaveAttribute("data-video-id", "THEQbJIAxvE");
  await expect(page.locator("[data-fake-youtube-player]")).toHaveAttribute(
    "data-host",
    "https://www.youtube-nocookie.com",
  );
  expect(youtube).toEqual(["https://www.youtube.com/iframe_api"]);
});

test("clicking a sentence seeks the video through the adapter and marks it", async ({ page }) => {
  await page.goto(A);
  // A click before the transcript's island has hydrated does nothing on any server-rendered page.
  await expect(page.locator("#transcript[data-synced]")).toBeAttached();
  const sentence = page.locator("#transcript [data-sentence]", { hasText: "So I'm immediately intrigued" });
  const start = Number(await sentence.getAttribute("data-start"));
  await sentence.click();
  await expect(page.locator("[data-fake-youtube-player]")).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const hook = (window as unknown as { __fakeYT: { calls: { method: string; args: number[] }[] } })
          .__fakeYT;
        const seek = hook.calls.filter((c) => c.method === "seekTo").at(-1);
        const start = Number(
          document.querySelector("[data-fake-youtube-player]")?.getAttribute("data-start"),
        );
        return seek ? seek.args[0] : start;
      }),
    )
    .toBeCloseTo(start, 0);
  await expect(sentence).toHaveAttribute("aria-current", "true");
});

test("time updates from the player mark the sentence being spoken", async ({ page }) => {
  await page.goto(A);
  await page.getByRole("button", { name: /Play video/ }).click();
  await expect(page.locator("[data-fake-youtube-player]")).toBeVisible();
  await page.evaluate(() =>
    (window as unknown as { __fakeYT: { advance(s: number): void } }).__fakeYT.advance(516.5),
  );
  const current = page.locator('#transcript [aria-current="true"]');
  await expect(current).toContainText("Attention Is All You Need");
});

test.describe("when the video cannot load", () => {
  test.beforeEach(async ({ page }) => {
    // Registered last, so it answers before the fake API: the script never arrives.
    await page.route("https://www.youtube.com/iframe_api", (route) => route.abort("blockedbyclient"));
  });

  test("the tile says so and Watch on YouTube keeps the sentence the reader chose", async ({ page }) => {
    await page.goto(A);
    await expect(page.locator("#transcript[data-synced]")).toBeAttached();
    const sentence = page.locator("#s-517722");
    await sentence.scrollIntoViewIfNeeded();
    await sentence.click();
    const video = page.getByRole("group", { name: /^Video: / }).locator("..");
    // The tile says so; the page's one message region announces it (see reading-comfort.spec.ts).
    await expect(video).toContainText("The YouTube player could not be loaded");
    await expect(page.getByRole("status").filter({ hasText: "could not be loaded" })).toBeInViewport();
    const watch = video.getByRole("link", { name: /Watch on YouTube/ });
    await expect(watch).toHaveAttribute("href", "https://www.youtube.com/watch?v=THEQbJIAxvE&t=517");
    await expect(video.getByRole("button", { name: "Try again" })).toBeVisible();
    // Another sentence later on: the link follows.
    await page.locator("#s-524068").click();
    await expect(watch).toHaveAttribute("href", /&t=524$/);
  });

  test("after a deep link, and from the reading position before any, the link carries the time", async ({
    page,
  }) => {
    const video = page.getByRole("group", { name: /^Video: / }).locator("..");
    const watch = video.getByRole("link", { name: /Watch on YouTube/ });
    await page.goto(`${A}?t=8:36`);
    await page.getByRole("button", { name: /Play video/ }).click();
    await expect(watch).toHaveAttribute("href", /[?&]t=516$/);

    await page.goto(A);
    await page.locator("#s-1382232").evaluate((el) => el.scrollIntoView({ block: "start" }));
    const firstInView = await page.evaluate(() => {
      const top =
        parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--sticky-top")) || 0;
      const el = [...document.querySelectorAll("#transcript [data-sentence][data-start]")].find(
        (s) => s.getBoundingClientRect().bottom > top,
      );
      return Number(el?.getAttribute("data-start"));
    });
    expect(firstInView).toBeGreaterThan(1300);
    await page.getByRole("button", { name: /Play video/ }).click();
    await expect(video).toContainText("could not be loaded");
    // The link opens within the sentence's first tenth of a second: the whole second may be the next.
    const seconds = [Math.floor(firstInView), Math.floor(firstInView + 0.1)];
    await expect(watch).toHaveAttribute("href", new RegExp(`[?&]t=(${seconds.join("|")})$`));
  });
});
