import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const A = "/episodes/hugging-face-watsonx";
const SIZES = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
const SCHEMES = ["light", "dark"] as const;

/** The page's message: a polite status region, not the search counter. */
const message = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

async function toBottom(page: Page) {
  await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: "instant" }));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
}

/** Selects the whole text of the sentence and returns its element. */
async function selectSentence(page: Page, text: string) {
  const sentence = page.locator("#transcript [data-sentence]", { hasText: text });
  await sentence.scrollIntoViewIfNeeded();
  await sentence.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  });
  return sentence;
}

async function expectAnnouncedInView(page: Page, text: string) {
  const shown = message(page, text);
  await expect(shown).toBeInViewport();
  await expect(shown).toHaveAttribute("aria-live", "polite");
  // It goes away by itself.
  await expect(shown).toHaveCount(0, { timeout: 8000 });
}

for (const size of SIZES) {
  for (const scheme of SCHEMES) {
    test.describe(`${size.name} ${scheme}`, () => {
      // The machine running the suite is shared: these steps wait on smooth scrolling.
      test.describe.configure({ timeout: 90_000 });
      test.use({
        viewport: { width: size.width, height: size.height },
        colorScheme: scheme,
        permissions: ["clipboard-read", "clipboard-write"],
      });

      test("a copied quote at the bottom of the page is confirmed in view, announced, then gone", async ({
        page,
      }) => {
        await page.goto(A);
        await toBottom(page);
        const paragraphs = page.locator("#transcript [data-sentence]");
        const last = (await paragraphs.last().textContent())!.trim();
        await selectSentence(page, last);
        const before = await page.evaluate(() => window.scrollY);
        await page.getByRole("button", { name: "Copy link to quote" }).click();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(last);
        const shown = message(page, "Quote and link copied");
        await expect(shown).toBeInViewport();
        expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(50);
        await expect(shown).toHaveAttribute("aria-live", "polite");
        await expect(shown).toHaveCount(0, { timeout: 8000 });
        // The message region and the reading settings (the whole page is checked in
        // episode-page.spec.ts; axe takes longer than a message stays on this machine).
        const results = await new AxeBuilder({ page })
          .include('[role="status"][aria-live]')
          .include('[aria-label="Reading settings"]')
          .analyze();
        expect(results.violations).toEqual([]);
      });

      test("Copy link to this moment, pressed with the page scrolled down, is confirmed in view", async ({
        page,
      }) => {
        await page.goto(A);
        await toBottom(page);
        // Pressed from the keyboard where it is, without scrolling the page back up to it.
        await page.getByRole("button", { name: "Copy link to this moment" }).evaluate((button) => {
          (button as HTMLElement).focus({ preventScroll: true });
        });
        await page.keyboard.press("Enter");
        await expectAnnouncedInView(page, "Link copied");
      });

      test("while stepping through hits the search box, counter and arrows stay in view above the current hit", async ({
        page,
      }) => {
        await page.goto(A);
        const bar = page.getByRole("search", { name: "This episode" });
        await bar.getByRole("searchbox").fill("open source");
        const counter = bar.getByRole("status");
        await expect(counter).toHaveText(/^1 of \d+$/);
        for (const step of [2, 3, 4]) {
          await page.keyboard.press("Enter");
          await expect(counter).toHaveText(new RegExp(`^${step} of \\d+$`));
          // Let a smooth scroll finish.
          await expect
            .poll(async () => {
              const a = await page.evaluate(() => window.scrollY);
              await page.waitForTimeout(150);
              return (await page.evaluate(() => window.scrollY)) - a;
            })
            .toBe(0);
          for (const control of [
            bar.getByRole("searchbox"),
            counter,
            bar.getByRole("button", { name: "Next match" }),
            bar.getByRole("button", { name: "Previous match" }),
          ])
            await expect(control).toBeInViewport();
          const current = page.locator("[data-search-current]").first();
          await expect(current).toBeInViewport();
          const barBottom = (await bar.boundingBox())!.y + (await bar.boundingBox())!.height;
          const hitTop = (await page.locator("mark[data-current]").first().boundingBox())!.y;
          expect(hitTop).toBeGreaterThanOrEqual(barBottom);
        }
      });
    });
  }
}

test.describe("reading settings", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  const fontSize = (page: Page) =>
    page
      .locator("#transcript [data-sentence]")
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

  test("text size and hidden timestamps are remembered and applied before the page's scripts run", async ({
    page,
  }) => {
    await page.goto(A);
    const times = page.getByRole("link", { name: /^Play from / });
    await expect(times.first()).toBeVisible();
    const normal = await fontSize(page);
    const larger = page.getByRole("button", { name: "Larger text" });
    await larger.click();
    await larger.click();
    expect(await fontSize(page)).toBeGreaterThan(normal);
    const timestamps = page.getByRole("button", { name: "Timestamps" });
    await expect(timestamps).toHaveAttribute("aria-pressed", "true");
    await timestamps.click();
    await expect(timestamps).toHaveAttribute("aria-pressed", "false");
    await expect(times.first()).toBeHidden();
    const chosen = await fontSize(page);

    // What <html> carries when the document is parsed, before any script of the app hydrates.
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        const root = document.documentElement;
        (window as unknown as Record<string, unknown>).atParse = [
          root.getAttribute("data-text-size"),
          root.getAttribute("data-timestamps"),
        ];
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).atParse)).toEqual([
      "x-large",
      "hidden",
    ]);
    expect(await fontSize(page)).toBe(chosen);
    await expect(times.first()).toBeHidden();
    await expect(page.getByRole("button", { name: "Timestamps" })).toHaveAttribute("aria-pressed", "false");
    await expect(page.getByRole("button", { name: "Larger text" })).toBeDisabled();

    await page.getByRole("button", { name: "Timestamps" }).click();
    await expect(times.first()).toBeVisible();
  });

  test("stored values that are not settings are ignored", async ({ page }) => {
    await page.goto(A);
    const normal = await fontSize(page);
    await page.evaluate(() => {
      localStorage.setItem("transcript-text-size", "enormous");
      localStorage.setItem("transcript-timestamps", "<img src=x>");
    });
    await page.reload();
    expect(await fontSize(page)).toBe(normal);
    await expect(page.getByRole("link", { name: /^Play from / }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Larger text" })).toBeEnabled();
    await expect(page.getByRole("button", { name: "Smaller text" })).toBeEnabled();
  });

  test("Copy transcript puts the plain-text transcript, with speaker names, on the clipboard", async ({
    page,
    request,
  }) => {
    await page.goto(A);
    await page.getByRole("button", { name: "Copy transcript" }).click();
    await expect(message(page, "Transcript copied")).toBeInViewport();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await (await request.get(`${A}/transcript.txt`)).text());
    expect(copied).toMatch(/^\[\d+:\d\d\] Tim Harford: \S/m);
    expect(copied).toMatch(/^\[\d+:\d\d\] Jeff Boudier: \S/m);
  });
});
