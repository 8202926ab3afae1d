import { test, expect } from "@playwright/test";
import { parseXml } from "@/lib/feed/parse-xml";

// The feed out in the static copy (`npm run export`): a plain file server answers `/feed.xml` as
// RSS, and every transcript and chapters file it names is a file of the copy.
const ORIGIN = "https://explorer.example";

test("the static copy serves /feed.xml as RSS, and every file it names loads", async ({ request }) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/rss\+xml/);
  const xml = await response.text();
  expect(() => parseXml(xml)).not.toThrow();
  const urls = [...xml.matchAll(/<podcast:(?:transcript|chapters) url="([^"]+)"/g)].map((m) => m[1] ?? "");
  expect(urls.length).toBeGreaterThan(4);
  for (const url of urls) {
    expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
    const file = await request.get(url.slice(ORIGIN.length));
    expect(file.status(), url).toBe(200);
    expect((await file.body()).length, url).toBeGreaterThan(0);
  }
  const html = urls.find((u) => u.endsWith(".html"));
  expect(html).toBeDefined();
  const transcript = await (await request.get((html ?? "").slice(ORIGIN.length))).text();
  expect(transcript).toMatch(/<cite>[^<]+:<\/cite>/);
});
