import { test, expect, type Page } from "@playwright/test";
import { serveTone, TINY_PNG } from "./helpers/serve-tone";
import { formatClipId } from "@/lib/links/clip-id";
import { STOP_WINDOW } from "@/lib/player/stop-at-range-end";
import { pausedTime } from "./helpers/paused-time";

const TONE = "/episodes/sync-test-tone";
const PICTURE = "https://people.example/ada-tester.png";

/** Answers the feed's picture host: with the picture, or as a host that is down. */
async function servePicture(page: Page, up: boolean): Promise<void> {
  await page.route(PICTURE, (route) =>
    up
      ? route.fulfill({ status: 200, contentType: "image/png", body: TINY_PNG })
      : route.abort("connectionrefused"),
  );
}

const loaded = (img: ReturnType<Page["locator"]>) =>
  img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0);

test.beforeEach(async ({ page }) => {
  await serveTone(page);
});

test("a feed's person shows with picture and role beside their words; the others are credited", async ({
  page,
}) => {
  await servePicture(page, true);
  await page.goto(TONE);
  const speakers = page.getByRole("list", { name: "Speakers" });
  // The manifest's own role for the speaker wins over the feed's.
  await expect(speakers.getByRole("listitem")).toHaveText(["ATAda Testerhost", "Speaker 2"]);
  const picture = speakers.locator("img");
  await expect(picture).toHaveAttribute("src", PICTURE);
  await expect.poll(() => loaded(picture)).toBe(true);
  await expect(page.getByRole("list", { name: "Credits" }).getByRole("listitem")).toHaveText([
    "PPPat Producerproducer",
  ]);
  // In the transcript, beside each of the speaker's turns, decorative (the name follows).
  const turnPicture = page.getByRole("region", { name: "Transcript" }).locator(".turn-name img").first();
  await expect(turnPicture).toHaveAttribute("src", PICTURE);
  await turnPicture.scrollIntoViewIfNeeded();
  await expect.poll(() => loaded(turnPicture)).toBe(true);
});

test("when the picture's host is down, the initials show instead", async ({ page }) => {
  await servePicture(page, false);
  await page.goto(TONE);
  const avatar = page.getByRole("list", { name: "Speakers" }).locator("[aria-hidden=true]").first();
  await expect(avatar).toHaveText("AT");
  const picture = avatar.locator("img");
  await expect.poll(() => picture.evaluate((el: HTMLImageElement) => el.complete)).toBe(true);
  expect(await loaded(picture)).toBe(false);
  // A broken picture with an empty alt draws nothing over the initials.
  const box = await avatar.boundingBox();
  expect(box?.width).toBeGreaterThan(10);
});

test("a soundbite is a highlight: a clip link that plays the moment", async ({ page }) => {
  await servePicture(page, true);
  await page.goto(TONE);
  await expect(page.locator("#transcript[data-synced]")).toBeAttached();
  const highlights = page.getByRole("region", { name: "Highlights" });
  const link = highlights.getByRole("link", { name: "Kilo to Lima" });
  await expect(link).toHaveAttribute("href", `/clips/${formatClipId("sync-test-tone", 15, 19.5)}`);
  await expect(highlights).toContainText("0:15–0:19 (5 s)");
  await expect
    .poll(() => page.locator("audio").evaluate((a: HTMLAudioElement) => a.readyState))
    .toBeGreaterThan(0);
  await link.click();
  // Playing inside the moment, read in one evaluation: a second read, a round trip later, could come
  // after the stop at its end on a loaded machine (19.58 s was read once, in a CI run).
  await expect
    .poll(() =>
      page
        .locator("audio")
        .evaluate((a: HTMLAudioElement) => !a.paused && a.currentTime >= 15 && a.currentTime < 19.5),
    )
    .toBe(true);
  await expect.poll(() => pausedTime(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(19.5 - 0.05);
  expect(await pausedTime(page)).toBeLessThan(19.5 + STOP_WINDOW);
});

test("without JavaScript the highlights are in the page, behind the drawer's button", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(TONE);
  await page.getByText("Highlights", { exact: true }).first().click();
  const link = page.getByRole("region", { name: "Highlights" }).getByRole("link", { name: "Kilo to Lima" });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", `/clips/${formatClipId("sync-test-tone", 15, 19.5)}`);
  await context.close();
});
