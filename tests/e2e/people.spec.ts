import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const A = "/episodes/hugging-face-watsonx";
const A_TITLE = "Hugging Face and watsonx: why open source is the future of AI in business";
// Episode A's named speakers (content/sources/hugging-face-watsonx/episode.json) and their talk
// time there, as the episode map counts it (timed turns, start to end).
const SPEAKERS = [
  { name: "Jeff Boudier", slug: "jeff-boudier", role: "guest", talk: "21 min" },
  { name: "Malcolm Gladwell", slug: "malcolm-gladwell", role: "host", talk: "5 min" },
  { name: "Tim Harford", slug: "tim-harford", role: "interviewer", talk: "5 min" },
];

// @server: the order by name is a query (?sort=name), which a static copy cannot answer.
test("/people lists episode A's speakers with their episodes and talk time @server", async ({ page }) => {
  await page.goto("/people");
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  const main = page.getByRole("main");
  for (const { name, role, talk, slug } of SPEAKERS) {
    const link = main.getByRole("link", { name, exact: true });
    await expect(link).toHaveAttribute("href", `/people/${slug}`);
    // `has` is queried inside each item: a locator of its own, not one rooted at main.
    const row = main.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) });
    await expect(row).toContainText(role);
    await expect(row).toContainText(`1 episode, ${talk} of talk`);
  }
  // By talk time by default: the guest who talks most comes before the host.
  const names = await main.getByRole("listitem").getByRole("link").allTextContents();
  expect(names.indexOf("Jeff Boudier")).toBeLessThan(names.indexOf("Malcolm Gladwell"));
  await page.getByRole("navigation", { name: "Sort people" }).getByRole("link", { name: "Name" }).click();
  await expect(page).toHaveURL(/\/people\?sort=name$/);
  const sorted = (await main.getByRole("listitem").getByRole("link").allTextContents()).map((n) =>
    n.toLocaleLowerCase("en"),
  );
  expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, "en")));
});

for (const { name, slug, talk } of SPEAKERS)
  test(`${name}'s page lists episode A with their talk time and their longest turns`, async ({ page }) => {
    await page.goto(`/people/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${name}`));
    await expect(
      page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "All people" }),
    ).toHaveAttribute("href", "/people");
    const episodes = page.getByRole("region", { name: "Episodes" });
    const row = episodes.getByRole("listitem").filter({ hasText: A_TITLE });
    await expect(row.getByRole("link", { name: A_TITLE })).toHaveAttribute("href", A);
    await expect(row).toContainText(talk);
    const turns = page.getByRole("region", { name: "Longest turns" }).getByRole("link");
    await expect(turns.first()).toHaveAttribute(
      "href",
      /^\/episodes\/hugging-face-watsonx\?t=\d+(\.\d+)?,\d+/,
    );
  });

test("a longest turn opens the episode at that moment", async ({ page }) => {
  await page.goto("/people/malcolm-gladwell");
  const turn = page.getByRole("region", { name: "Longest turns" }).getByRole("link").first();
  await expect(turn).toContainText("Hello, hello. Welcome to Smart Talks with IBM");
  await turn.click();
  await expect(page).toHaveURL(/\/episodes\/hugging-face-watsonx\?t=1\.808(,|%2C)118\.124$/);
  await expect(page.getByRole("heading", { level: 1, name: A_TITLE })).toBeVisible();
});

test("speaker names on episode A link to their pages; an unnamed voice does not", async ({ page }) => {
  await page.goto(A);
  const speakers = page.getByRole("list", { name: "Speakers" });
  await expect(speakers.getByRole("link")).toHaveText(SPEAKERS.map((s) => s.name).sort(byOrderOnPage));
  await expect(speakers.getByRole("listitem").filter({ hasText: "Speaker 1" }).getByRole("link")).toHaveCount(
    0,
  );
  // The transcript's turn names link too.
  const turnName = page.locator("#transcript .turn-name").getByRole("link", { name: "Jeff Boudier" }).first();
  await expect(turnName).toHaveAttribute("href", "/people/jeff-boudier");
  await speakers.getByRole("link", { name: "Tim Harford" }).click();
  await expect(page).toHaveURL(/\/people\/tim-harford$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tim Harford" })).toBeVisible();
});

/** Episode A lists its speakers as its model does: host, guest, interviewer. */
function byOrderOnPage(a: string, b: string): number {
  const order = ["Malcolm Gladwell", "Jeff Boudier", "Tim Harford"];
  return order.indexOf(a) - order.indexOf(b);
}

test("a person's search form finds only their words @server", async ({ page }) => {
  await page.goto("/people/tim-harford");
  const form = page.getByRole("search", { name: "Search Tim Harford's words" });
  await form.getByRole("searchbox").fill("open source");
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?(?=.*speaker=Tim\+Harford)(?=.*q=open\+source)/);
  const hits = page.getByRole("main").getByRole("region", { name: A_TITLE }).getByRole("listitem");
  await expect(hits.first()).toBeVisible();
  for (const text of await hits.allTextContents()) expect(text).toContain("Tim Harford");
});

test("an unnamed voice has no page", async ({ page }) => {
  for (const path of ["/people/speaker-1", "/people/voice-1", "/people/nobody-at-all"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

for (const path of ["/people", "/people/jeff-boudier"])
  for (const scheme of ["light", "dark"] as const)
    test(`${path} has no axe violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });

test("the sitemap lists the people pages; a person's page has its title, description and card", async ({
  page,
  request,
}) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
  expect(paths).toEqual(expect.arrayContaining(["/people", ...SPEAKERS.map((s) => `/people/${s.slug}`)]));
  expect(paths.filter((p) => /^\/people\/(speaker|voice)-\d/.test(p))).toEqual([]);
  await page.goto("/people/jeff-boudier");
  await expect(page).toHaveTitle("Jeff Boudier · Episode Explorer");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    "content",
    /^Jeff Boudier \(guest\): 1 episode/,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Jeff Boudier");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/people\/jeff-boudier$/);
});
