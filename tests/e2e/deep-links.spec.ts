import { test, expect } from "@playwright/test";

const A = "/episodes/hugging-face-watsonx";

test("?t=8:36 marks the sentence that names “Attention Is All You Need”", async ({ page }) => {
  await page.goto(`${A}?t=8:36`);
  const current = page.locator('#transcript [aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText("Attention Is All You Need");
  await expect(current).toBeInViewport();
});

for (const form of ["?t=516", "?t=00:08:36", "#t=516"]) {
  test(`${form} lands on the same sentence`, async ({ page }) => {
    await page.goto(`${A}${form}`);
    await expect(page.locator('#transcript [aria-current="true"]')).toContainText(
      "Attention Is All You Need",
    );
  });
}

test("?t=516,530 marks the range as a quote", async ({ page }) => {
  await page.goto(`${A}?t=516,530`);
  const quoted = page.locator("#transcript [data-quote]");
  await expect(quoted.first()).toContainText("Attention Is All You Need");
  const times = await quoted.evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-start"))));
  expect(times.length).toBeGreaterThanOrEqual(2);
  for (const t of times.slice(1)) expect(t).toBeLessThan(530);
});

test("?t=300 on a notes-only episode scrolls to and marks the note at or before 5:00", async ({ page }) => {
  await page.goto("/episodes/acquired-ai-builders?t=300");
  const notes = page.getByRole("region", { name: "Notes" });
  const current = notes.locator('[aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText(
    "An AI model, dataset, or app is built on Hugging Face every 10 seconds.",
  );
  await expect(current).toBeInViewport();
  await page.goto("/episodes/acquired-ai-builders?t=5:20");
  await expect(notes.locator('[aria-current="true"]')).toContainText("every 10 seconds");
});

test("?t=300 on a chapters-only episode scrolls to and marks the chapter at or before 5:00", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto("/episodes/cyber-sentries-open-source-ai?t=300");
  const current = page.getByRole("region", { name: "Chapters" }).locator('[aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText("AI and Open Source");
  await expect(current).toBeInViewport();
});

test("a /search hit on a note opens the episode on that note, marked @server", async ({ page }) => {
  await page.goto("/search?q=built+on+Hugging+Face+every+10+seconds");
  const region = page.getByRole("main").getByRole("region", { name: "AI Builders and technology" });
  const hit = region.getByRole("link", { name: /every 10 seconds/ });
  await expect(hit).toContainText("Note");
  await hit.click();
  await expect(page).toHaveURL(/\/episodes\/acquired-ai-builders\?t=[\d.]+&q=/);
  const current = page.getByRole("region", { name: "Notes" }).locator('[aria-current="true"]');
  await expect(current).toContainText(
    "An AI model, dataset, or app is built on Hugging Face every 10 seconds.",
  );
  await expect(current).toBeInViewport();
});

test("#debunking-the-one-model-myth scrolls to that section", async ({ page }) => {
  await page.goto(`${A}#debunking-the-one-model-myth`);
  const heading = page.getByRole("heading", { level: 2, name: "Debunking the One‑Model Myth" });
  await expect(heading).toBeInViewport();
});

for (const bad of ["?t=-5", "?t=abc", "?t=99999", "?t=1e309", "?t=%3Cscript%3E", "?t=5&t=abc"]) {
  test(`${bad} loads the page normally`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const response = await page.goto(`${A}${bad}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (bad !== "?t=5&t=abc") await expect(page.locator('#transcript [aria-current="true"]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test.describe("sharing", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("Copy link to this moment copies the deep link", async ({ page, baseURL }) => {
    await page.goto(`${A}?t=516`);
    await expect(page.locator('#transcript [aria-current="true"]')).toHaveCount(1);
    await page.getByRole("button", { name: "Copy link to this moment" }).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toBe(`${baseURL}${A}?t=516`);
  });

  test("selecting text offers Copy link to quote, which copies quote, speaker, episode, time and link", async ({
    page,
    baseURL,
  }) => {
    await page.goto(A);
    const sentence = page.locator("#transcript [data-sentence]", { hasText: "So I'm immediately intrigued" });
    await sentence.scrollIntoViewIfNeeded();
    await sentence.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
    await page.getByRole("button", { name: "Copy link to quote" }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(
      new RegExp(
        `^“So I'm immediately intrigued\\.” — Tim Harford, Hugging Face and watsonx: why open source is the future of AI in business \\(2:09\\) ${baseURL}${A}\\?t=129\\.8,131\\.9$`,
      ),
    );
  });
});

test.describe("quote links land on exactly what was chosen", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  /** Selects the text of the given sentences (first to last) and copies the quote's link. */
  async function copyQuoteLink(page: import("@playwright/test").Page, firstId: string, lastId: string) {
    await page.locator(`#${firstId}`).scrollIntoViewIfNeeded();
    await page.evaluate(
      ([a, b]) => {
        const range = document.createRange();
        range.setStartBefore(document.getElementById(a as string)!.firstChild!);
        range.setEndAfter(document.getElementById(b as string)!.lastChild!);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      },
      [firstId, lastId],
    );
    await page.getByRole("button", { name: "Copy link to quote" }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    return new URL(text.split(" ").at(-1) as string);
  }

  const quotedIds = (page: import("@playwright/test").Page) =>
    page.locator("#transcript [data-quote]").evaluateAll((els) => els.map((el) => el.id));

  test("one sentence between two that touch it opens with just that sentence marked", async ({ page }) => {
    await page.goto(A);
    // s-503417 ends where s-517722 starts; s-524068 (the next speaker) starts where it ends.
    const url = await copyQuoteLink(page, "s-517722", "s-517722");
    expect(url.search).toBe("?t=517.8,524");
    await page.goto(url.pathname + url.search);
    await expect(page.locator("#transcript [data-quote]")).toHaveCount(1);
    expect(await quotedIds(page)).toEqual(["s-517722"]);
    await expect(page.locator('#transcript [aria-current="true"]')).toHaveAttribute("id", "s-517722");
  });

  test("a run of sentences across speakers opens with exactly that run marked", async ({ page }) => {
    await page.goto(A);
    const url = await copyQuoteLink(page, "s-517722", "s-524068");
    await page.goto(url.pathname + url.search);
    await expect(page.locator("#transcript [data-quote]")).toHaveCount(2);
    expect(await quotedIds(page)).toEqual(["s-517722", "s-524068"]);
  });
});

test.describe("Copy link to this moment", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  for (const slug of ["hugging-face-watsonx", "acquired-ai-builders", "cyber-sentries-open-source-ai"]) {
    test(`${slug}: while paused it links to the first passage in view, and the link lands there`, async ({
      page,
    }) => {
      await page.goto(`/episodes/${slug}`);
      // The reading area's top is the player's height once the page's scripts set it (the HTML
      // has a default): measured before that, "first in view" is another passage.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue("--sticky-top")))
        .not.toBe("");
      // The sixth passage to the top of the reading area (the one before may still show above it).
      await page.evaluate(() => {
        const passages = document.querySelectorAll("#transcript [data-sentence][data-start]");
        passages[5]?.scrollIntoView({ block: "start", behavior: "instant" });
      });
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      const firstInView = await page.evaluate(() => {
        const top =
          parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--sticky-top")) || 0;
        return [...document.querySelectorAll("#transcript [data-sentence][data-start]")].find(
          (el) => el.getBoundingClientRect().bottom > top,
        )?.id;
      });
      expect(firstInView).toBeTruthy();
      await page.getByRole("button", { name: "Copy link to this moment" }).click();
      await expect(page.getByText("Link copied")).toBeVisible();
      const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(url.search).toMatch(/^\?t=\d+(\.\d{1,3})?$/);
      await page.goto(url.pathname + url.search);
      await expect(page.locator('#transcript [aria-current="true"]')).toHaveAttribute("id", firstInView!);
    });
  }
});

test.describe("share images", () => {
  test("the episode's Open Graph image is a PNG", async ({ page, request }) => {
    await page.goto(A);
    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(og).toBeTruthy();
    const response = await request.get(new URL(og!).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect((await response.body()).subarray(1, 4).toString()).toBe("PNG");
  });

  test("a quote card is a PNG @server", async ({ request }) => {
    const response = await request.get(`${A}/quote-card?t=516,530`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect((await response.body()).subarray(1, 4).toString()).toBe("PNG");
  });
});

test.describe("link validators load only with a link that has parameters", () => {
  /** Collects the page's script bodies that contain zod (its schema classes are named `$Zod…`). */
  function watchForZod(page: import("@playwright/test").Page): string[] {
    const withZod: string[] = [];
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      const body = await response.text().catch(() => "");
      if (body.includes("$ZodType")) withZod.push(response.url());
    });
    return withZod;
  }

  test("a plain visit to the library downloads no zod", async ({ page }) => {
    const withZod = watchForZod(page);
    await page.goto("/");
    await expect(page.getByRole("link", { name: /All shows/ })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(withZod).toEqual([]);
  });

  test("a plain visit to an episode downloads no zod", async ({ page }) => {
    const withZod = watchForZod(page);
    await page.goto(A);
    await expect(page.getByRole("searchbox", { name: "Search transcript" })).toBeEditable();
    await page.waitForLoadState("networkidle");
    expect(withZod).toEqual([]);
  });

  test("a ?t= link downloads the validators and lands on its moment", async ({ page }) => {
    const withZod = watchForZod(page);
    await page.goto(`${A}?t=516`);
    await expect(page.locator('#transcript [aria-current="true"]')).toContainText(
      "Attention Is All You Need",
    );
    // The response handler reads each body asynchronously: wait for it rather than race it.
    await expect.poll(() => withZod.length).toBeGreaterThan(0);
  });
});

test("a link to the last sentence lands on it in view, and stays there while turns far from it are not rendered", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(A);
  const last = page.locator("#transcript [data-sentence][data-start]").last();
  const [id, start] = await last.evaluate((el) => [el.id, el.getAttribute("data-start")]);
  await page.goto(`${A}?t=${start}`);
  const current = page.locator('#transcript [aria-current="true"]');
  await expect(current).toHaveAttribute("id", id as string);
  await expect(current).toBeInViewport();
  // Turns above it come into view and take their real height as the page settles: it stays put.
  await page.waitForTimeout(1000);
  await expect(current).toBeInViewport();
  // The first sentence, far above, is skipped by rendering (its turn's content-visibility), yet it is in the page.
  const first = page.locator("#transcript [data-sentence]").first();
  expect(await first.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
  await expect(first).not.toHaveText("");
});
