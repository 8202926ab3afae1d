import { test, expect, type APIRequestContext } from "@playwright/test";
import { SITE_ORIGIN } from "./helpers/site-origin";

// Share previews on the Node server (`next start`): what an unfurler (Slack, Mastodon, iMessage…)
// reads from a page's <head> without running its script.
const A = "/episodes/hugging-face-watsonx";
const LOOPBACK = /localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0/;

/** The page's <head>, as an unfurler that runs no script reads it. */
async function head(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url, {
    headers: { "user-agent": "Mastodon/4.3 (http.rb/5.2; +https://example.social/)" },
  });
  expect(response.status(), url).toBe(200);
  const html = await response.text();
  expect(html, `${url} names a loopback host`).not.toMatch(LOOPBACK);
  return html.slice(0, html.indexOf("</head>"));
}

/** The content of `<meta property|name="key">`, HTML entities of attributes decoded. */
function meta(html: string, key: string): string | undefined {
  const re = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, "\\$&")}" content="([^"]*)"`);
  return re
    .exec(html)?.[1]
    ?.replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");
}

async function expectPng(request: APIRequestContext, url: string | undefined) {
  expect(url, "image URL").toBeDefined();
  expect(new URL(url!).origin).toBe(SITE_ORIGIN);
  const { pathname, search } = new URL(url!);
  const response = await request.get(pathname + search);
  expect(response.status(), pathname + search).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).subarray(1, 4).toString()).toBe("PNG");
}

test.describe("share previews @server", () => {
  test("an episode page's card and address are at SITE_URL, and its image is a PNG", async ({ request }) => {
    const html = await head(request, A);
    const image = `${SITE_ORIGIN}${A}/share-card.png`;
    expect(meta(html, "og:image")).toBe(image);
    expect(meta(html, "twitter:image")).toBe(image);
    expect(meta(html, "twitter:card")).toBe("summary_large_image");
    expect(meta(html, "og:url")).toBe(`${SITE_ORIGIN}${A}`);
    await expectPng(request, meta(html, "og:image"));
  });

  test("a range link unfurls with the quote card of those words: speaker, episode, time", async ({
    request,
  }) => {
    const html = await head(request, `${A}?t=516,530`);
    const card = `${SITE_ORIGIN}${A}/quote-card?t=516,530`;
    expect(meta(html, "og:image")).toBe(card);
    expect(meta(html, "twitter:image")).toBe(card);
    expect(meta(html, "og:url")).toBe(`${SITE_ORIGIN}${A}?t=516,530`);
    expect(meta(html, "og:title")).toMatch(/^“And we call them “transformers” .*” — Jeff Boudier$/);
    expect(meta(html, "og:description")).toBe(
      "Jeff Boudier at 8:23 in Hugging Face and watsonx: why open source is the future of AI in business (Smart Talks with IBM)",
    );
    expect(meta(html, "twitter:title")).toBe(meta(html, "og:title"));
    await expectPng(request, card);
  });

  test("a moment link in another spelling unfurls with the canonical quote card", async ({ request }) => {
    const html = await head(request, `${A}?t=8:36`);
    expect(meta(html, "og:image")).toBe(`${SITE_ORIGIN}${A}/quote-card?t=516`);
    expect(meta(html, "og:title")).toContain("— Jeff Boudier");
  });

  for (const t of ["soon", "1e309", "99999999", '516"><script>alert(1)</script>']) {
    test(`an invalid time (${t}) unfurls as the episode, echoing nothing`, async ({ request }) => {
      const html = await head(request, `${A}?t=${encodeURIComponent(t)}`);
      expect(meta(html, "og:image")).toBe(`${SITE_ORIGIN}${A}/share-card.png`);
      expect(meta(html, "og:title")).toBe(
        "Hugging Face and watsonx: why open source is the future of AI in business",
      );
      expect(html).not.toContain("<script>alert");
    });
  }

  test("the page of a quote link is the episode, landed on the quote", async ({ page }) => {
    await page.goto(`${A}?t=516,530`);
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Hugging Face and watsonx: why open source is the future of AI in business",
      }),
    ).toBeVisible();
    await expect(page.locator("#transcript [data-quote]").first()).toContainText("Attention Is All You Need");
  });

  test("robots.txt, the sitemap and the chapters link to SITE_URL only", async ({ request }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${SITE_ORIGIN}/sitemap.xml`);
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? "");
    expect(locs).toContain(`${SITE_ORIGIN}${A}`);
    for (const loc of locs) expect(new URL(loc).origin).toBe(SITE_ORIGIN);
    const chapters = (await (await request.get(`${A}/chapters.json`)).json()) as {
      chapters: { url?: string }[];
    };
    expect(chapters.chapters.length).toBeGreaterThan(3);
    for (const { url } of chapters.chapters) expect(url).toMatch(new RegExp(`^${SITE_ORIGIN}${A}\\?t=\\d`));
  });
});
