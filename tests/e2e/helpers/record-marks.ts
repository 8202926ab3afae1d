import type { Page } from "@playwright/test";

/**
 * Records, in the page, each sentence marked current from now on (its id) and each time the audio
 * lands after a seek: what a click did, read afterwards, however slowly the test polls. Playback
 * moves past a 1.5-second sentence while a loaded machine answers one poll.
 */
export const recordMarksAndSeeks = (page: Page) =>
  page.evaluate(() => {
    const seen = { marked: [] as string[], landed: [] as number[] };
    Object.assign(window, { __seen: seen });
    const transcript = document.querySelector("#transcript")!;
    new MutationObserver((records) => {
      for (const { target } of records)
        if (target instanceof HTMLElement && target.getAttribute("aria-current") === "true")
          seen.marked.push(target.id);
    }).observe(transcript, { subtree: true, attributeFilter: ["aria-current"] });
    const audio = document.querySelector("audio")!;
    audio.addEventListener("seeked", () => seen.landed.push(audio.currentTime));
  });

export const readMarksAndSeeks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __seen: { marked: string[]; landed: number[] } }).__seen);
