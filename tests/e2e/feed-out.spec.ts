import { readFileSync } from "node:fs";
import path from "node:path";
import { test, expect } from "@playwright/test";
import { catalogueSchema } from "../../lib/model/episode-schema";
import { PODCAST_NS } from "../../lib/export/feed-item";
import { childNamed, childrenNamed, parseXml, type XmlElement } from "../../lib/feed/parse-xml";
import { readFeed } from "../../lib/feed/read-feed";
import { listShows } from "../../lib/view/library-page";
import { SITE_ORIGIN } from "./helpers/site-origin";
import { chromiumCues } from "./helpers/chromium-cues";

// The feed out: /feed.xml and a show's feed, read as a podcast app would, and the files they name.
const episodesDir = process.env.EPISODES_DIR || path.resolve("content/episodes");
const catalogue = catalogueSchema.parse(
  JSON.parse(readFileSync(path.join(episodesDir, "index.json"), "utf8")),
);
const FEED_EPISODE = "loopback-radio-signals-and-marmalade";
const TONE = "sync-test-tone";
const RSS = "application/rss+xml; charset=utf-8";

/** The feed's item for an episode, found by its guid (the page URL). */
function itemOf(xml: string, slug: string): XmlElement {
  const channel = childNamed(parseXml(xml), "", "channel");
  const item = channel?.children.find(
    (c) => c.local === "item" && childNamed(c, "", "guid")?.text.endsWith(`/episodes/${slug}`),
  );
  if (!item) throw new Error(`no item for ${slug}`);
  return item;
}

/** A URL of the feed, on the site under test: the feed names the public origin. */
const local = (url: string): string => {
  expect(url.startsWith(`${SITE_ORIGIN}/`), url).toBe(true);
  return new URL(url).pathname;
};

test.describe("feed out", () => {
  test("/feed.xml is well-formed RSS with the namespace, and the site's feed reader accepts it", async ({
    page,
  }) => {
    const response = await page.request.get("/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(RSS);
    const xml = await response.text();
    const root = parseXml(xml);
    expect(root.local).toBe("rss");
    expect(root.attrs.version).toBe("2.0");
    expect(xml).toContain(`xmlns:podcast="${PODCAST_NS}"`);
    const read = readFeed(xml);
    if ("error" in read) throw new Error(read.error);
    expect(read.feed.items.map((i) => i.guid)).toContain(`${SITE_ORIGIN}/episodes/${FEED_EPISODE}`);
    // Same model, same bytes: nothing in it is the time of the request.
    expect(await (await page.request.get("/feed.xml")).text()).toBe(xml);
  });

  test("the feed-ingested episode carries its enclosure, people and soundbite", async ({ page }) => {
    const item = itemOf(await (await page.request.get("/feed.xml")).text(), FEED_EPISODE);
    expect(childNamed(item, "", "enclosure")?.attrs).toEqual({
      url: "https://media.loopback-radio.example/signals.wav",
      length: "0",
      type: "audio/wav",
    });
    const people = childrenNamed(item, PODCAST_NS, "person").map((p) => [p.text, p.attrs.role, p.attrs.img]);
    expect(people).toContainEqual(["Nadia Quill", "host", "https://people.example/nadia-quill.png"]);
    expect(people).toContainEqual(["Omar Vance", "guest", "https://people.example/omar-vance.png"]);
    const soundbites = childrenNamed(item, PODCAST_NS, "soundbite");
    expect(soundbites.map((s) => [s.attrs.startTime, s.attrs.duration, s.text])).toEqual([
      ["6", "6.5", "The marmalade theory"],
    ]);
    const tone = itemOf(await (await page.request.get("/feed.xml")).text(), TONE);
    expect(childNamed(tone, "", "enclosure")?.attrs.url).toBe(`${SITE_ORIGIN}/test-media/tone.wav`);
  });

  test("every transcript and chapters URL loads with its type", async ({ page }) => {
    const xml = await (await page.request.get("/feed.xml")).text();
    const item = itemOf(xml, FEED_EPISODE);
    const files = [
      ...childrenNamed(item, PODCAST_NS, "transcript"),
      ...childrenNamed(item, PODCAST_NS, "chapters"),
    ];
    expect(files.map((f) => f.attrs.type)).toEqual([
      "text/vtt",
      "application/x-subrip",
      "application/json",
      "text/html",
      "application/json+chapters",
    ]);
    for (const file of files) {
      const response = await page.request.get(local(file.attrs.url ?? ""));
      expect(response.status(), file.attrs.url).toBe(200);
      const type = file.attrs.type === "application/json+chapters" ? "application/json" : file.attrs.type;
      expect(response.headers()["content-type"]).toContain(type);
    }
  });

  test("the feed's VTT plays in Chromium's <track> with the speakers as voices", async ({ page }) => {
    const item = itemOf(await (await page.request.get("/feed.xml")).text(), FEED_EPISODE);
    const vtt = childrenNamed(item, PODCAST_NS, "transcript").find((t) => t.attrs.type === "text/vtt");
    await page.goto(`/episodes/${FEED_EPISODE}`);
    const cues = await chromiumCues(page, local(vtt?.attrs.url ?? ""));
    expect(cues.length).toBeGreaterThan(0);
    expect(new Set(cues.map((c) => c.voice))).toEqual(new Set(["Nadia Quill", "Omar Vance"]));
  });

  test("a show has its own feed, linked from its page", async ({ page }) => {
    const show = listShows(catalogue.episodes).find((s) => s.name === "Loopback Radio");
    if (!show) throw new Error("no Loopback Radio show");
    await page.goto(`/shows/${show.slug}`);
    const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute("href");
    expect(href).toBe(`${SITE_ORIGIN}/shows/${show.slug}/feed.xml`);
    const response = await page.request.get(local(href ?? ""));
    expect(response.headers()["content-type"]).toBe(RSS);
    const read = readFeed(await response.text());
    if ("error" in read) throw new Error(read.error);
    expect(read.feed.title).toBe("Loopback Radio");
    expect(read.feed.items.map((i) => i.guid)).toEqual([`${SITE_ORIGIN}/episodes/${FEED_EPISODE}`]);
    expect((await page.request.get("/shows/no-such-show/feed.xml")).status()).toBe(404);
  });
});
