import type { Page } from "@playwright/test";

/**
 * The page's audio time once it is paused, else NaN: a poll of it waits for a clip's stop, and the
 * time it answers is where the stop came (read in the same evaluation as the pause).
 */
export function pausedTime(page: Page): Promise<number> {
  return page.locator("audio").evaluate((a: HTMLAudioElement) => (a.paused ? a.currentTime : Number.NaN));
}
