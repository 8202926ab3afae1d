import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { serveTone } from "./helpers/serve-tone";
import { SITE_ORIGIN } from "./helpers/site-origin";
import { episodeCode, formatClipId } from "@/lib/links/clip-id";

const TONE = "/episodes/sync-test-tone";

const audio = (page: Page) => page.locator("audio");
const audioState = (page: Page) =>
  audio(page).evaluate((a: HTMLAudioElement) => ({ time: a.currentTime, paused: a.paused }));
const quotedIds = (page: Page) =>
  page.locator("#transcript [data-quote]").evaluateAll((els) => els.map((el) => el.id));
const sentence = (page: Page, text: string) => page.locator("#transcript [data-sentence]", { hasText: text });

/** Selects the transcript from the sentence starting `first` to the one starting `last`. */
async function selectSentences(page: Page, first: string, last: string) {
  const [a, b] = [sentence(page, first), sentence(page, last)];
  await a.scrollIntoViewIfNeeded();
  const ids = [await a.getAttribute("id"), await b.getAttribute("id")];
  await page.evaluate(([from, to]) => {
    const range = document.createRange();
    range.setStartBefore(document.getElementById(from as string)!.firstChild!);
    range.setEndAfter(document.getElementById(to as string)!.lastChild!);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  }, ids);
}

/** Waits for the clip's playback to stop, and says where. */
async function waitForStop(page: Page, after: number): Promise<number> {
  await expect
    .poll(
      async () => {
        const { time, paused } = await audioState(page);
        return paused && time > after;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return (await audioState(page)).time;
}

test.beforeEach(async ({ page }) => {
  await serveTone(page);
});

test("a clip made from a selection opens at its start, stops at its end, and unfurls as its quote card", async ({
  page,
  request,
}) => {
  await page.goto(TONE);
  await expect(page.locator("#transcript[data-synced]")).toBeAttached();
  await selectSentences(page, "Kilo is sentence", "Lima is sentence");
  await page.getByRole("group", { name: "Quote" }).getByRole("button", { name: "Clip" }).click();
  const dialog = page.getByRole("dialog", { name: "Make a clip" });
  await expect(dialog).toBeVisible();
  const title = dialog.getByRole("textbox", { name: "Title" });
  // Suggested from the words, editable before sharing.
  await expect(title).toHaveValue(/^Kilo is sentence number 11/);
  await title.fill("Kilo & Lima <b>live</b>");
  const href = (await dialog.getByRole("link", { name: "Open clip" }).getAttribute("href")) ?? "";
  const url = new URL(href);
  expect(url.pathname).toMatch(new RegExp(`^/clips/${episodeCode("sync-test-tone")}-[0-9a-z]+-[0-9a-z]+$`));
  expect(url.searchParams.get("title")).toBe("Kilo & Lima <b>live</b>");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  await page.goto(`${url.pathname}${url.search}`);
  const clip = page.getByRole("region", { name: "Kilo & Lima <b>live</b>" });
  await expect(clip.getByRole("heading", { level: 2 })).toHaveText("Kilo & Lima <b>live</b>");
  await expect(clip).toContainText("Clip · 0:15–0:18 (3 s)");
  await expect(clip).toContainText(
    "“Kilo is sentence number 11 of the tone. Lima is sentence number 12 of the tone.”",
  );
  await expect(page.locator("#transcript[data-synced]")).toBeAttached();
  const kilo = await sentence(page, "Kilo is sentence").getAttribute("id");
  const lima = await sentence(page, "Lima is sentence").getAttribute("id");
  await expect.poll(() => quotedIds(page)).toEqual([kilo, lima]);
  // Opens at its start: the page asked to play from there (the browser may refuse until a press).
  await expect.poll(async () => (await audioState(page)).time).toBeGreaterThanOrEqual(15);
  expect((await audioState(page)).time).toBeLessThanOrEqual(18.5);

  // Unfurls as the clip: its title and its quote card, an image the server draws.
  const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute("content");
  expect(await meta("og:title")).toBe("Kilo & Lima <b>live</b>");
  const image = (await meta("og:image")) ?? "";
  expect(image).toBe(`${SITE_ORIGIN}${url.pathname}/card.png`);
  const card = await request.get(new URL(image).pathname);
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
  expect((await card.body()).length).toBeGreaterThan(5_000);

  // Plays exactly the range: from Kilo's start, stopping at Lima's end (18 s), not later.
  await expect.poll(() => audio(page).evaluate((a: HTMLAudioElement) => a.readyState)).toBeGreaterThan(0);
  await clip.getByRole("button", { name: "Play clip" }).click();
  await expect.poll(async () => (await audioState(page)).paused).toBe(false);
  const stoppedAt = await waitForStop(page, 17);
  expect(stoppedAt).toBeGreaterThanOrEqual(18 - 0.05);
  expect(stoppedAt).toBeLessThan(18.5);
  await page.waitForTimeout(600);
  expect(await audioState(page)).toEqual({ time: stoppedAt, paused: true });
});

test("a highlight is a clip: its link opens the clip's page, a plain click plays it here and stops", async ({
  page,
}) => {
  await page.goto(TONE);
  await expect(page.locator("#transcript[data-synced]")).toBeAttached();
  const link = page.getByRole("region", { name: "Highlights" }).getByRole("link", { name: "Kilo to Lima" });
  await expect(link).toHaveAttribute("href", `/clips/${formatClipId("sync-test-tone", 15, 19.5)}`);
  await expect.poll(() => audio(page).evaluate((a: HTMLAudioElement) => a.readyState)).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${TONE}$`));
  // Kilo, Lima and Mike: Mike ends at 19.5.
  const stoppedAt = await waitForStop(page, 19);
  expect(stoppedAt).toBeGreaterThanOrEqual(19.5 - 0.05);
  expect(stoppedAt).toBeLessThan(20);

  await page.goto(`/clips/${formatClipId("sync-test-tone", 15, 19.5)}`);
  await expect(page.getByRole("region", { name: "Kilo to Lima" })).toContainText("Clip · 0:15–0:19 (5 s)");
  expect(await page.title()).toBe("Kilo to Lima · Sync test tone · Episode Explorer");
});

test("a clip id that names no clip is a 404 that says so", async ({ page }) => {
  const code = episodeCode("sync-test-tone");
  for (const id of [
    "nonsense",
    `${code}-010-5`, // not written so: a leading zero
    `${episodeCode("no-such-episode")}-f0-5`,
    `${code}-${(3_600_000).toString(36)}-5`, // an hour in: past the tone's end
  ]) {
    const response = await page.goto(`/clips/${id}`);
    expect(response?.status(), id).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Clip not found");
  }
});

for (const scheme of ["light", "dark"] as const) {
  test(`a clip page and the clip dialog have no axe violations in ${scheme} mode`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/clips/${formatClipId("sync-test-tone", 15, 19.5)}?title=Mine`);
    await expect(page.getByRole("region", { name: "Mine" })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.goto(TONE);
    await expect(page.locator("#transcript[data-synced]")).toBeAttached();
    await selectSentences(page, "Kilo is sentence", "Kilo is sentence");
    await page.getByRole("button", { name: "Clip" }).click();
    await expect(page.getByRole("dialog", { name: "Make a clip" })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}

test("the clip dialog works from the keyboard and fits a phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(TONE);
  await expect(page.locator("#transcript[data-synced]")).toBeAttached();
  await selectSentences(page, "Kilo is sentence", "Kilo is sentence");
  await page.getByRole("button", { name: "Clip" }).click();
  const dialog = page.getByRole("dialog", { name: "Make a clip" });
  // The title has the focus, to edit at once; Escape closes.
  await expect(dialog.getByRole("textbox", { name: "Title" })).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await dialog.boundingBox();
  expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= 360).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("a clip's title is text, never markup", async ({ page }) => {
  let alerted = false;
  page.on("dialog", (d) => {
    alerted = true;
    void d.dismiss();
  });
  const title = `<img src=x onerror=alert(1)>`;
  await page.goto(`/clips/${formatClipId("sync-test-tone", 15, 19.5)}?title=${encodeURIComponent(title)}`);
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  await expect(page.locator("#clip-title img")).toHaveCount(0);
  expect(alerted).toBe(false);
});
