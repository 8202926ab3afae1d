import type { Page } from "@playwright/test";

/** Loads a WebVTT URL into a `<track>` of a `<video>` in the page and returns Chromium's own cues. */
export async function chromiumCues(page: Page, src: string) {
  return page.evaluate(async (url) => {
    const video = document.createElement("video");
    const track = document.createElement("track");
    track.kind = "captions";
    track.default = true;
    track.src = url;
    video.append(track);
    document.body.append(video);
    await new Promise<void>((resolve, reject) => {
      track.addEventListener("load", () => resolve());
      track.addEventListener("error", () => reject(new Error(`<track> failed to load ${url}`)));
      track.track.mode = "hidden";
    });
    return Array.from(track.track.cues ?? [], (cue) => {
      const vtt = cue as VTTCue;
      const html = vtt.getCueAsHTML();
      const voice = html.querySelector("span[title]")?.getAttribute("title") ?? undefined;
      return { id: vtt.id, start: vtt.startTime, end: vtt.endTime, voice, text: html.textContent ?? "" };
    });
  }, src);
}
