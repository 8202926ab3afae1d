import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const A = "/episodes/hugging-face-watsonx";

test.describe("episode A page", () => {
  test("lists the named speakers, 9 sections and 4 key points", async ({ page }) => {
    await page.goto(A);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Hugging Face and watsonx: why open source is the future of AI in business",
    );
    const speakers = page.getByRole("list", { name: "Speakers" });
    for (const name of ["Malcolm Gladwell", "Jeff Boudier", "Tim Harford"]) {
      await expect(speakers.getByRole("listitem").filter({ hasText: name })).toHaveCount(1);
    }
    const sections = page.getByRole("navigation", { name: "Sections" });
    await expect(sections.getByRole("link")).toHaveCount(9);
    await expect(sections.getByRole("link").first()).toContainText("0:00");
    await expect(sections.getByRole("link").last()).toContainText("30:05");
    const keyPoints = page.getByRole("region", { name: "Key points" });
    await expect(keyPoints.getByRole("listitem")).toHaveCount(4);
    for (const point of await keyPoints.getByRole("listitem").all()) {
      const passages = point.getByRole("link", {
        name: /^(Discussed|Mentioned) at \d+:\d\d: jump to the passage$/,
      });
      expect(await passages.count()).toBeGreaterThanOrEqual(1);
      expect(await passages.count()).toBeLessThanOrEqual(3);
    }
    const transcript = page.getByRole("region", { name: "Transcript" });
    await expect(transcript.getByRole("heading", { level: 2 })).toHaveCount(9);
  });

  test("the one-model myth point leads to its discussion in the section on it", async ({ page }) => {
    await page.goto(A);
    const point = page
      .getByRole("region", { name: "Key points" })
      .getByRole("listitem")
      .filter({ hasText: "omnipotent" });
    const links = point.getByRole("link", { name: /jump to the passage$/ });
    await expect(links.first()).toHaveAccessibleName(/^Discussed at \d+:\d\d: jump to the passage$/);
    await links.first().click();
    await expect(page).toHaveURL(/#s-\d+$/);
    const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
    await expect(target).toBeInViewport();
    const section = page.getByRole("heading", { level: 2, name: /One.Model Myth/ });
    const start = Number(await target.getAttribute("data-start"));
    expect(start).toBeGreaterThanOrEqual(Number(await section.getAttribute("data-section-start")));
    expect(start).toBeLessThan(Number(await section.getAttribute("data-section-end")));
  });

  test("sentences carry episode-clock times in reading order", async ({ page }) => {
    await page.goto(A);
    const starts = await page
      .locator("#transcript [data-sentence]")
      .evaluateAll((els) =>
        els.map((el) => [Number(el.getAttribute("data-start")), Number(el.getAttribute("data-end"))]),
      );
    expect(starts.length).toBeGreaterThan(200);
    for (let i = 1; i < starts.length; i++) {
      expect(starts[i]![0]).toBeGreaterThanOrEqual(starts[i - 1]![0]!);
      expect(starts[i]![1]).toBeGreaterThanOrEqual(starts[i]![0]!);
    }
  });

  test("the promo that only the audio has sits behind a disclosure", async ({ page }) => {
    await page.goto(A);
    const promo = page.getByText("Audio release promo", { exact: false });
    await expect(promo).toBeVisible();
    await expect(page.getByText("Welcome to Tech Stuff", { exact: false })).toBeHidden();
    await promo.click();
    await expect(page.getByText("Welcome to Tech Stuff", { exact: false })).toBeVisible();
  });
});

test.describe("on a desktop screen (1366 × 768)", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("the sticky player covers at most a third of the screen and hides no jump target", async ({
    page,
  }) => {
    await page.goto(A);
    const player = page.locator("[data-player-root]");
    const sections = page.getByRole("navigation", { name: "Sections" });
    await sections.getByRole("link", { name: /^15:48/ }).click();
    await expect(page).toHaveURL(/#ibm-hugging-face-partnership-overview$/);
    const heading = page.getByRole("heading", { level: 2, name: "IBM-Hugging Face Partnership Overview" });
    // The page has scrolled: the player sticks to the top, and the heading sits just below it.
    await expect.poll(async () => (await player.boundingBox())?.y).toBe(0);
    const bar = await player.boundingBox();
    expect(bar!.height).toBeLessThanOrEqual(768 / 3);
    await expect
      .poll(async () => {
        const box = await heading.boundingBox();
        return box !== null && box.y >= bar!.height && box.y + box.height <= 768 / 2;
      })
      .toBe(true);
    // The side column starts below the player too: its first section link is not covered.
    const first = await sections.getByRole("link").first().boundingBox();
    expect(first!.y).toBeGreaterThanOrEqual(bar!.height);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the full transcript is in the HTML", async ({ page }) => {
    await page.goto(A);
    const transcript = page.getByRole("region", { name: "Transcript" });
    await expect(transcript).toContainText("So I'm immediately intrigued");
    await expect(transcript).toContainText("Attention Is All You Need");
    // The last words of the credits: the whole transcript is there, not a first page of it.
    await expect(transcript).toContainText("or wherever you listen to podcasts.");
  });
});

test.describe("episodes B and C", () => {
  test("B shows its notes under their headings with time links", async ({ page }) => {
    await page.goto("/episodes/acquired-ai-builders");
    const notes = page.getByRole("region", { name: "Notes" });
    await expect(notes.getByRole("listitem")).toHaveCount(59);
    await expect(notes.getByRole("link", { name: /^Play from / })).toHaveCount(58);
    await expect(
      notes.getByRole("heading", { name: "Hugging Face's Role in the AI Ecosystem" }),
    ).toBeVisible();
  });

  test("B lists its five topics, each leading to its heading, also one with only subtopics", async ({
    page,
  }) => {
    await page.goto("/episodes/acquired-ai-builders");
    const notes = page.getByRole("region", { name: "Notes" });
    await expect(notes.getByRole("heading", { level: 2 })).toHaveText([
      "Hugging Face's Role in the AI Ecosystem",
      "Evolution of Hugging Face",
      "Open vs. Closed Source AI",
      "Investment and Business Models in AI",
      "The Future of AI Builders",
    ]);
    const topics = page.getByRole("navigation", { name: "Topics" });
    await expect(topics.getByRole("link")).toHaveCount(5);
    await topics.getByRole("link", { name: /The Future of AI Builders$/ }).click();
    await expect(page).toHaveURL(/#the-future-of-ai-builders$/);
    await expect(
      notes.getByRole("heading", { level: 2, name: "The Future of AI Builders" }),
    ).toBeInViewport();
    // Its subtopics follow it as level-3 headings.
    await expect(notes.getByRole("heading", { level: 3, name: "Science-Driven Paradigm" })).toBeVisible();
  });

  test("C shows its 13 chapters once: in the body's list, not again in the side column", async ({ page }) => {
    await page.goto("/episodes/cyber-sentries-open-source-ai");
    await expect(page.getByRole("navigation", { name: "Chapters" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Chapters" }).getByRole("listitem")).toHaveCount(13);
  });
});

for (const slug of ["hugging-face-watsonx", "acquired-ai-builders", "cyber-sentries-open-source-ai"]) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${slug} has no axe violations in ${scheme} mode`, async ({ page }) => {
      // axe walks every element of an episode page (an hour is ~1,500 sentences): seconds, not ms.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/episodes/${slug}`);
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }
  test(`${slug} fits 360 px without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/episodes/${slug}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
