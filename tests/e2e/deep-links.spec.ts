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
        `^“So I'm immediately intrigued\\.” — Tim Harford, Hugging Face and watsonx: why open source is the future of AI in business \\(2:09\\) ${baseURL}${A}\\?t=129\\.7,131\\.9$`,
      ),
    );
  });
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
    // The show filter's buttons become visible once its island has hydrated.
    await expect(page.getByRole("button", { name: /All shows/ })).toBeVisible();
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
    expect(withZod.length).toBeGreaterThan(0);
  });
});
