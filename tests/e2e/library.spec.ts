import { readFileSync } from "node:fs";
import path from "node:path";
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { catalogueSchema } from "../../lib/model/episode-schema";

// The catalogue the site under test was built from: the seeds plus the test fixture episodes.
const episodesDir = process.env.EPISODES_DIR || path.resolve("content/episodes");
const catalogue = catalogueSchema.parse(
  JSON.parse(readFileSync(path.join(episodesDir, "index.json"), "utf8")),
);

/** The library's cards: the items of the "Episodes" list (not those of the lists inside a card). */
const cards = (page: Page) => page.getByRole("list", { name: "Episodes" }).locator(":scope > li");
const card = (page: Page, title: string) =>
  cards(page).filter({ has: page.getByRole("heading", { level: 2, name: title, exact: true }) });

// What each card says, in a reader's words: the badge names what the episode offers.
const SEEDS = [
  {
    slug: "hugging-face-watsonx",
    title: "Hugging Face and watsonx: why open source is the future of AI in business",
    texts: [
      "Smart Talks with IBM",
      "31 min",
      "Hugging Face, founded by Jeff Boudier",
      "With Malcolm Gladwell, Jeff Boudier, Tim Harford",
      "Offers: Transcript",
    ],
    absent: ["Notes", "Chapters"],
  },
  {
    slug: "acquired-ai-builders",
    title: "AI Builders and technology",
    texts: ["Acquired", "Offers: Notes"],
    absent: ["Transcript", "Chapters"],
  },
  {
    slug: "cyber-sentries-open-source-ai",
    title: "Open Source AI: Transparency, Sovereignty, and Who Controls the Data",
    texts: ["Cyber Sentries", "In this episode of Cyber Sentries", "Offers: Chapters"],
    absent: ["Transcript", "Notes"],
  },
];

test.describe("library", () => {
  test("lists every built episode in catalogue order: the three seeds and the test fixtures", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Episodes" })).toBeVisible();
    await expect(cards(page)).toHaveCount(catalogue.episodes.length);
    const titles = await cards(page).getByRole("heading", { level: 2 }).allTextContents();
    expect(titles).toEqual(catalogue.episodes.map((e) => e.title));
    const slugs = catalogue.episodes.map((e) => e.slug);
    for (const slug of [...SEEDS.map((s) => s.slug), "sync-test-tone"]) expect(slugs).toContain(slug);
  });

  test("each seed's card shows its show, description, duration, speakers and what it offers", async ({
    page,
  }) => {
    await page.goto("/");
    for (const seed of SEEDS) {
      const item = card(page, seed.title);
      await expect(item).toHaveCount(1);
      for (const text of seed.texts) await expect(item).toContainText(text);
      for (const text of seed.absent) await expect(item).not.toContainText(text);
      // The build's words stay out of the library.
      await expect(item).not.toContainText(/Built from|transcript sentences|WebVTT/);
    }
  });

  test("each card opens its episode page", async ({ page }) => {
    for (const entry of catalogue.episodes) {
      await page.goto("/");
      await card(page, entry.title).getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`/episodes/${entry.slug}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(entry.title);
    }
  });

  test("the show filter links to each show's own page, which lists only its episodes", async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP: ${e.violatedDirective}`),
      );
    });
    await page.goto("/");
    const filter = page.getByRole("navigation", { name: "Filter by show" });
    const all = filter.getByRole("link", { name: /^All shows/ });
    const acquired = filter.getByRole("link", { name: /^Acquired \(1\)$/ });
    await expect(all).toHaveAttribute("aria-current", "page");
    await expect(acquired).not.toHaveAttribute("aria-current");
    await acquired.click();
    await expect(page).toHaveURL(/\/shows\/acquired$/);
    await expect(acquired).toHaveAttribute("aria-current", "page");
    await expect(all).not.toHaveAttribute("aria-current");
    await expect(cards(page)).toHaveCount(1);
    await expect(cards(page)).toContainText("AI Builders and technology");
    await expect(page.getByRole("main")).toContainText("1 episode in Acquired");
    await expect(page).toHaveTitle(/^Acquired · Episode Explorer$/);
    await page.reload();
    await expect(cards(page)).toHaveCount(1);
    await all.click();
    await expect(page).toHaveURL(/\/$/);
    await expect(cards(page)).toHaveCount(catalogue.episodes.length);
    expect(problems).toEqual([]);
  });

  test("an old ?show= link leads to the show's page; an unknown or oversized one shows everything", async ({
    page,
  }) => {
    await page.goto(`/?show=${encodeURIComponent("Cyber Sentries")}`);
    await expect(page).toHaveURL(/\/shows\/cyber-sentries$/);
    await expect(cards(page)).toHaveCount(1);
    for (const show of ["No such show", "x".repeat(500)]) {
      await page.goto(`/?show=${encodeURIComponent(show)}`);
      await expect(page.getByRole("link", { name: /^All shows/ })).toHaveAttribute("aria-current", "page");
      await expect(cards(page)).toHaveCount(catalogue.episodes.length);
    }
  });

  test("a show or page that does not exist is a 404 that leads back to the library", async ({ page }) => {
    for (const path of ["/shows/no-such-show", "/page/2", "/page/02", "/page/x", "/shows/acquired/page/2"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    const response = await page.goto("/page/1");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/$/);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`passes axe in ${scheme} mode, filtered or not`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/");
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await page.getByRole("link", { name: /^Cyber Sentries/ }).click();
      await expect(page).toHaveURL(/\/shows\/cyber-sentries$/);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  }

  test("fits a 360 px wide screen without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/");
    await expect(cards(page).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("sitemap.xml lists the library, every episode page, then the people; robots.txt points to it", async ({
    request,
  }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
    const episodes = ["/", ...catalogue.episodes.map((e) => `/episodes/${e.slug}`)];
    expect(urls.slice(0, episodes.length)).toEqual(episodes);
    // The people pages follow (tests/e2e/people.spec.ts checks which).
    expect(urls.slice(episodes.length).every((url) => /^\/people(\/[a-z0-9-]+)?$/.test(url))).toBe(true);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/User-Agent: \*\nAllow: \//i);
    expect(robots).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
  });
});

test.describe("library without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("every card is in the HTML and the show filter's links work", async ({ page }) => {
    await page.goto("/");
    await expect(cards(page)).toHaveCount(catalogue.episodes.length);
    await page
      .getByRole("navigation", { name: "Filter by show" })
      .getByRole("link", { name: /^Cyber Sentries/ })
      .click();
    await expect(page).toHaveURL(/\/shows\/cyber-sentries$/);
    await expect(cards(page)).toHaveCount(1);
  });
});
