import { test, expect, type Page } from "@playwright/test";
import { makeSilentWav, TINY_PNG } from "./helpers/serve-tone";
import { formatClipId } from "@/lib/links/clip-id";
import { STOP_WINDOW } from "@/lib/player/stop-at-range-end";
import { pausedTime } from "./helpers/paused-time";

// The episode `npm test` ingested from the loopback fixture feed (tests/fixtures/feed) with
// `episodes feed add`: its enclosure and its people's pictures are on hosts answered here.
const EPISODE = "/episodes/loopback-radio-signals-and-marmalade";
const ENCLOSURE = "https://media.loopback-radio.example/signals.wav";

async function answerFeedHosts(page: Page): Promise<void> {
  const wav = makeSilentWav(60);
  await page.route(ENCLOSURE, async (route) => {
    const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers()["range"] ?? "");
    const start = Number(range?.[1] ?? 0);
    const end = range?.[2] ? Number(range[2]) : wav.length - 1;
    await route.fulfill({
      status: range ? 206 : 200,
      headers: {
        "content-type": "audio/wav",
        "accept-ranges": "bytes",
        ...(range ? { "content-range": `bytes ${start}-${end}/${wav.length}` } : {}),
      },
      body: wav.subarray(start, end + 1),
    });
  });
  await page.route("https://people.example/**", (route) =>
    route.fulfill({ status: 200, contentType: "image/png", body: TINY_PNG }),
  );
}

test.beforeEach(async ({ page }) => {
  await answerFeedHosts(page);
});

test("an episode from a feed shows its show, people with pictures, credits and words", async ({ page }) => {
  await page.goto(EPISODE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Signals and marmalade");
  await expect(page.getByText("Loopback Radio", { exact: true })).toBeVisible();
  const speakers = page.getByRole("list", { name: "Speakers" }).getByRole("listitem");
  await expect(speakers).toHaveText(["NQNadia Quillhost", "OVOmar Vanceguest"]);
  await expect(speakers.first().locator("img")).toHaveAttribute(
    "src",
    "https://people.example/nadia-quill.png",
  );
  await expect(page.getByRole("list", { name: "Credits" }).getByRole("listitem")).toHaveText([
    "LSLee Soundproducer",
  ]);
  const transcript = page.getByRole("region", { name: "Transcript" });
  await expect(transcript).toContainText(
    "My marmalade theory says the loudest signal is rarely the truest one.",
  );
});

test("its enclosure plays, and the transcript follows it", async ({ page }) => {
  await page.goto(EPISODE);
  await expect(page.locator("#transcript[data-synced]")).toBeAttached();
  const audio = page.locator("audio");
  await expect(audio).toHaveAttribute("src", ENCLOSURE);
  await audio.evaluate((a: HTMLAudioElement) => {
    a.currentTime = 13.5;
    return a.play();
  });
  const quiet = page.getByText("Then tell us how a listener hears the quiet signal under the noise.");
  await expect(quiet).toHaveAttribute("aria-current", "true", { timeout: 10_000 });
});

test("its soundbite is a highlight, a clip that plays the moment and stops at its end", async ({ page }) => {
  await page.goto(EPISODE);
  await expect(page.locator("#transcript[data-synced]")).toBeAttached();
  const link = page
    .getByRole("region", { name: "Highlights" })
    .getByRole("link", { name: "The marmalade theory" });
  await expect(link).toHaveAttribute(
    "href",
    `/clips/${formatClipId(EPISODE.split("/").at(-1) ?? "", 6, 12.5)}`,
  );
  const end = Number(await link.getAttribute("data-seek-end"));
  expect(end).toBeGreaterThanOrEqual(12.5);
  await expect
    .poll(() => page.locator("audio").evaluate((a: HTMLAudioElement) => a.readyState))
    .toBeGreaterThan(0);
  await link.click();
  await expect
    .poll(() => page.locator("audio").evaluate((a: HTMLAudioElement) => !a.paused && a.currentTime >= 6))
    .toBe(true);
  await expect.poll(() => pausedTime(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(end - 0.05);
  // Paused at the first time reported past the end, which a stalled page reports late: within the
  // store's window for it (0.5 s was passed once, at 13.17 s for 12.5, in a loaded CI run).
  expect(await pausedTime(page)).toBeLessThan(end + STOP_WINDOW);
});
