import { test, expect, type Page } from "@playwright/test";
import { KEY_PAGES } from "../../scripts/lib/key-pages.mjs";

// A link into the middle of a long transcript (a clip, a moment) lands among turns the browser
// had not rendered (content-visibility): they must not take their real height under the
// reader's eyes. Measured as Lighthouse does, on a phone-sized page, the layout shifts that no
// input caused, added up.
const CLIP = KEY_PAGES.find((path) => path.startsWith("/clips/")) as string;
const MOMENT = "/episodes/hugging-face-watsonx?t=1500";

test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

async function shiftsWhileLanding(page: Page, path: string): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) w.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(path);
  await expect(
    page.locator("#transcript [data-quote], #transcript [aria-current='true']").first(),
  ).toBeInViewport();
  // The page keeps the target in view for about two seconds after landing (follow-mode.ts):
  // every shift of that window counts.
  await page.waitForTimeout(2500);
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

for (const path of [CLIP, MOMENT]) {
  test(`${path} lands in the middle of the transcript without the text jumping`, async ({ page }) => {
    expect(await shiftsWhileLanding(page, path)).toBeLessThan(0.02);
  });
}
