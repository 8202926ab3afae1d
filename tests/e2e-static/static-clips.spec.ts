import { test, expect } from "@playwright/test";
import { episodeCode, formatClipId } from "@/lib/links/clip-id";

// Clips in the static copy (`npm run export`): highlights are saved as pages with their quote
// cards; a clip never saved opens its episode's range link from the 404 page.
const TONE = "sync-test-tone";

test("a highlight's clip is a saved page, with its quote card", async ({ page, request }) => {
  const id = formatClipId(TONE, 15, 19.5);
  const response = await page.goto(`/clips/${id}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("region", { name: "Kilo to Lima" })).toContainText("Clip · 0:15–0:19 (5 s)");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(new RegExp(`/clips/${id}/card\\.png$`));
  const card = await request.get(`/clips/${id}/card.png`);
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toMatch(/^image\/png/);
});

test("a clip that was never saved opens its episode's range link, on the same words", async ({ page }) => {
  await page.goto(`/clips/${formatClipId(TONE, 15, 18)}?title=Mine`);
  await expect(page).toHaveURL(new RegExp(`/episodes/${TONE}\\?t=15,18$`));
  const quoted = page.locator("#transcript [data-quote]");
  await expect(quoted).toHaveCount(2);
  await expect(quoted.first()).toContainText("Kilo is sentence number 11");
  await expect(quoted.last()).toContainText("Lima is sentence number 12");
});

test("a clip of an episode the copy does not have says so on the 404 page", async ({ page }) => {
  await page.goto(`/clips/${episodeCode("no-such-episode")}-f0-5`);
  await expect(
    page.getByRole("status").filter({ hasText: "This clip link names no episode of this library." }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});
