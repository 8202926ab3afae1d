import { test, expect, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const A_TITLE = "Hugging Face and watsonx: why open source is the future of AI in business";
const B_TITLE = "AI Builders and technology";

test("a phrase found in episode A's transcript and in episode B's notes lists both episodes", async ({
  page,
}) => {
  await page.goto("/search?q=Hugging+Face");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: A_TITLE })).toBeVisible();
  await expect(main.getByRole("heading", { level: 2, name: B_TITLE })).toBeVisible();
  const a = main.getByRole("region", { name: A_TITLE });
  await expect(a.getByRole("link").nth(1)).toContainText(
    /(Malcolm Gladwell|Jeff Boudier|Tim Harford) · \d+:\d\d/,
  );
  await expect(a.locator("mark").first()).toHaveText(/hugging face/i);
  await expect(main.getByRole("region", { name: B_TITLE }).getByRole("link").nth(1)).toContainText("Note");
});

test("following a result opens the episode at the hit, marked, with the search restored", async ({
  page,
}) => {
  await page.goto("/search?q=atention+is+all+you+need");
  const first = page.getByRole("main").getByRole("region", { name: A_TITLE }).getByRole("link").nth(1);
  await expect(first).toContainText("Attention Is All You Need");
  await first.click();
  await expect(page).toHaveURL(/\/episodes\/hugging-face-watsonx\?t=[\d.]+&q=atention/);
  const sentence = page.locator('#transcript [aria-current="true"]');
  await expect(sentence).toHaveAttribute("id", "s-503417");
  await expect(sentence).toBeInViewport();
  await expect(page.getByRole("searchbox", { name: "Search transcript" })).toHaveValue(
    "atention is all you need",
  );
  await expect(sentence).toHaveAttribute("data-search-current", "");
  // The playing sentence's words may be wrapped one by one: each then has its own mark.
  expect((await sentence.locator("mark").allTextContents()).join(" ")).toContain("Attention Is All You Need");
});

test("a misspelt word is read as the word the rest of the query is said with, and the page says so", async ({
  page,
}) => {
  // `fast` shares more letters with `fase` than `face` does, but no sentence says `hugging fast`.
  await page.goto("/search?q=hugging+fase");
  const main = page.getByRole("main");
  await expect(main.getByText("Searched for “face” instead of “fase”.")).toBeVisible();
  const first = main.getByRole("region", { name: A_TITLE }).getByRole("link").nth(1);
  await expect(first.locator("mark").first()).toHaveText(/hugging face/i);
});

test("a name typed with its number finds them written apart, marked, with no correction said", async ({
  page,
}) => {
  await page.goto("/search?q=llama3");
  const main = page.getByRole("main");
  const hit = main.getByRole("region", { name: B_TITLE }).getByRole("link").nth(1);
  await expect(hit.locator("mark").first()).toHaveText("Llama 3");
  await expect(main.getByText(/Searched for/)).toHaveCount(0);
});

test("letters inside a word are no part of it: `red hat` lists no sentence saying “that” or “shared”", async ({
  page,
}) => {
  await page.goto("/search?q=red+hat");
  await expect(page.getByText(/No matches for “red hat”/)).toBeVisible();
});

test('a quote still being typed finds the words its last word begins: `"open sou` lists “open source”, marked', async ({
  page,
}) => {
  await page.goto("/search?q=%22open+sou");
  const hits = page.getByRole("main").getByRole("region", { name: A_TITLE }).getByRole("link");
  await expect(hits.nth(1)).toBeVisible();
  await expect(hits.nth(1).locator("mark").first()).toHaveText(/^open/i);
  expect((await hits.nth(1).locator("mark").allTextContents()).join(" ")).toMatch(/open.sou/i);
});

test("a word found in another of its forms marks that form: every hit for `developing` shows why it is there", async ({
  page,
}) => {
  // The library matches words by their English stem: `developing` finds "developers" and "development".
  await page.goto("/search?q=developing");
  for (const title of [A_TITLE, B_TITLE]) {
    const hits = page.getByRole("main").getByRole("region", { name: title }).getByRole("link");
    await expect(hits.nth(1)).toBeVisible();
    const count = await hits.count();
    for (let i = 1; i < count; i++) await expect(hits.nth(i).locator("mark").first()).toHaveText(/^develop/i);
  }
});

test("a highlight's title is found, labelled, and opens the episode at its moment", async ({ page }) => {
  await page.goto("/search?q=marmalade+theory");
  const episode = page.getByRole("main").getByRole("region", { name: "Signals and marmalade" });
  const hit = episode.getByRole("link", { name: /^Highlight · 0:06/ });
  await expect(hit).toContainText("The marmalade theory");
  await expect(hit.locator("mark").first()).toHaveText(/marmalade/i);
  await expect(hit).toHaveAttribute(
    "href",
    "/episodes/loopback-radio-signals-and-marmalade?t=6&q=marmalade+theory",
  );
});

test("a speaker's name finds their episode by its people, and opens it at the speakers", async ({ page }) => {
  await page.goto("/search?q=Tim+Harford");
  const hit = page
    .getByRole("main")
    .getByRole("region", { name: A_TITLE })
    .getByRole("link", { name: /^People/ });
  await expect(hit).toContainText("Malcolm Gladwell, Jeff Boudier, Tim Harford");
  await expect(hit.locator("mark")).toHaveText(["Tim Harford"]);
  await expect(hit).toHaveAttribute("href", "/episodes/hugging-face-watsonx?q=Tim+Harford#episode-people");
  await hit.click();
  await expect(page.getByRole("region", { name: "Speakers" })).toContainText("Tim Harford");
});

test("a section's title is found, labelled, and opens the episode at the section", async ({ page }) => {
  await page.goto("/search?q=debunking+myth");
  const hit = page
    .getByRole("main")
    .getByRole("region", { name: A_TITLE })
    .getByRole("link", { name: /^Section · 19:19/ });
  await expect(hit.locator("mark")).toHaveText(["Debunking", "Myth"]);
  await expect(hit).toHaveAttribute("href", "/episodes/hugging-face-watsonx?t=1159&q=debunking+myth");
  await hit.click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Debunking the One‑Model Myth" }),
  ).toBeInViewport();
});

test("an empty query shows a hint", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await expect(page.getByText(/half of it will do/)).toBeVisible();
  await page.goto("/search?q=%20%20");
  await expect(page.getByText(/half of it will do/)).toBeVisible();
});

test("a query with no hits says so and suggests fewer words", async ({ page }) => {
  await page.goto("/search?q=zebra+quokka+marmalade");
  await expect(page.getByText(/No matches for “zebra quokka marmalade”\. Try fewer words/)).toBeVisible();
});

test("HTML in the query is shown as text", async ({ page }) => {
  const query = '<b id="injected">bold</b><img src=x onerror="window.__injected=1">';
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole("searchbox", { name: "Search every episode" })).toHaveValue(query);
  await expect(page.locator("#injected")).toHaveCount(0);
  await expect(page.getByRole("main").locator("img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  await expect(page.getByText(`No matches for “${query}”`, { exact: false })).toBeVisible();
});

test("a 500-character query is cut, not refused", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const query = "open source ".repeat(42).slice(0, 500);
  const response = await page.goto(`/search?q=${encodeURIComponent(query)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Only the first 200 characters of your search were used.")).toBeVisible();
  expect((await page.getByRole("searchbox", { name: "Search every episode" }).inputValue()).length).toBe(200);
  expect(errors).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header's search box leads to the results", async ({ page }) => {
    await page.goto("/");
    const form = page.getByRole("search", { name: "All episodes" });
    await form.getByRole("textbox", { name: "Search all episodes" }).fill("hugging face");
    await form.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=hugging\+face$/);
    await expect(page.getByRole("heading", { level: 2, name: A_TITLE })).toBeVisible();
  });
});

for (const scheme of ["light", "dark"] as const) {
  test(`/search has no axe violations in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/search?q=open+source");
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}

test("/search fits 360 px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/search?q=open+source");
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a hit in an episode's show notes opens the episode on that passage", async ({ page }) => {
  await page.goto("/search?q=InstructLab");
  const region = page
    .getByRole("main")
    .getByRole("region", { name: /Open Source AI: Transparency, Sovereignty/ });
  const hit = region.getByRole("link", { name: /Show notes/ }).first();
  await hit.click();
  await expect(page).toHaveURL(/\/episodes\/cyber-sentries-open-source-ai\?q=InstructLab#block-\d+-/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toContainText("InstructLab");
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

/** Holds every answer to `pattern` for `ms` milliseconds. */
async function delayAnswers(page: Page, pattern: RegExp, ms: number) {
  await page.route(pattern, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => {});
  });
}

/**
 * Playwright waits while a page is being replaced, so the old page reports through the console
 * what its `status` shows, with whether `busy` is marked busy (`aria-busy` or `data-pending`).
 * With `stop`, it then stops loading, as a reader would (Esc, the stop button), a moment later:
 * a stop in the task of the submit comes before its load starts.
 */
async function reportStatus(page: Page, status: Locator, busy: Locator, { stop = false } = {}) {
  const shown: string[] = [];
  page.on("console", (message) => shown.push(message.text()));
  await status.evaluate(
    (element, { marked, stop }) =>
      new MutationObserver(() => {
        if (!element.textContent) return;
        const text = `${element.textContent} (busy: ${marked?.getAttribute("aria-busy") ?? marked?.hasAttribute("data-pending")})`;
        if (!stop) return console.log(text);
        setTimeout(() => {
          window.stop();
          console.log(text);
        }, 100);
      }).observe(element, { childList: true, subtree: true, characterData: true }),
    { marked: await busy.elementHandle(), stop },
  );
  return shown;
}

/** `/search` for `open source`, its scripts loaded: its form's status, results and words. */
async function openSearch(page: Page) {
  await page.goto("/search?q=open+source", { waitUntil: "networkidle" });
  const main = page.getByRole("main");
  return {
    status: main.getByRole("search", { name: "Episodes" }).getByRole("status"),
    results: main.getByRole("region", { name: "Search results" }),
    words: main.getByRole("searchbox", { name: "Search every episode" }),
  };
}

test("a search on its way says so, and marks the results it replaces busy, until its page arrives", async ({
  page,
}) => {
  const { status, results, words } = await openSearch(page);
  await expect(status).toHaveText("");
  await expect(results).not.toHaveAttribute("aria-busy");
  const shown = await reportStatus(page, status, results);
  // The answer comes a second late, as a common word's does at 1,000 hours.
  await delayAnswers(page, /\/search\?q=transformers$/, 1000);
  await words.fill("transformers");
  await words.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=transformers$/);
  expect(shown).toContain("Searching every episode… (busy: true)");
  await expect(status).toHaveText("");
  await expect(results).not.toHaveAttribute("aria-busy");
});

test("a search the reader stops (Esc, the stop button) is no longer said to be on its way", async ({
  page,
}) => {
  const { status, results, words } = await openSearch(page);
  await delayAnswers(page, /\/search\?q=transformers$/, 2000);
  const shown = await reportStatus(page, status, results, { stop: true });
  await words.fill("transformers");
  await words.press("Enter");
  await expect.poll(() => shown).toContain("Searching every episode… (busy: true)");
  await expect(status).toHaveText("");
  await expect(results).not.toHaveAttribute("aria-busy");
  await expect(page).toHaveURL(/\/search\?q=open\+source$/);
});

test("the header's search says it is on its way, on any page, until the reader stops it", async ({
  page,
}) => {
  await page.goto("/", { waitUntil: "networkidle" });
  const form = page.getByRole("search", { name: "All episodes" });
  const status = form.getByRole("status");
  await expect(status).toHaveText("");
  await delayAnswers(page, /\/search\?q=hugging\+face$/, 2000);
  const shown = await reportStatus(page, status, form, { stop: true });
  const words = form.getByRole("textbox", { name: "Search all episodes" });
  await words.fill("hugging face");
  await words.press("Enter");
  // The form is marked pending: its button turns a ring.
  await expect.poll(() => shown).toContain("Searching every episode… (busy: true)");
  await expect(status).toHaveText("");
  await expect(form).not.toHaveAttribute("data-pending");
  await expect(page).toHaveURL(/\/$/);
});

test.describe("filters, order and pages", () => {
  test("the show filter narrows the results and stays in the URL", async ({ page }) => {
    await page.goto("/search?q=open+source");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: A_TITLE })).toBeVisible();
    await expect(main.getByRole("heading", { level: 2 })).not.toHaveCount(1);
    await main.getByText("Filters and order").click();
    await main.getByRole("combobox", { name: "Show" }).selectOption({ label: "Smart Talks with IBM" });
    await main.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]show=smart-talks-with-ibm/);
    await expect(main.getByRole("heading", { level: 2 })).toHaveCount(1);
    await expect(main.getByRole("heading", { level: 2, name: A_TITLE })).toBeVisible();
    // The filter is shown as set, open, after the reload.
    await expect(main.getByRole("combobox", { name: "Show" })).toHaveValue("smart-talks-with-ibm");
  });

  test("a search leaves untouched filters and the default order out of its address", async ({ page }) => {
    // The form's script tidies what it sends: a search before it runs (the page's scripts load
    // after its first paint) still works, with the longer address.
    await page.goto("/search?q=open+source", { waitUntil: "networkidle" });
    const main = page.getByRole("main");
    const words = main.getByRole("searchbox", { name: "Search every episode" });
    await words.fill("transformers");
    await words.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=transformers$/);
    await page.waitForLoadState("networkidle");
    await main.getByText("Filters and order").click();
    await main.getByRole("combobox", { name: "Order" }).selectOption({ label: "Newest first" });
    await main.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=transformers&sort=newest$/);
    await expect(main.getByRole("combobox", { name: "Order" })).toHaveValue("newest");
  });

  test("the speaker filter keeps only what that speaker said", async ({ page }) => {
    await page.goto("/search?q=open+source&speaker=Tim+Harford");
    const region = page.getByRole("main").getByRole("region", { name: A_TITLE });
    const hits = region.getByRole("listitem");
    await expect(hits.first()).toBeVisible();
    for (const text of await hits.allTextContents()) expect(text).toContain("Tim Harford");
    // An input with suggestions (a datalist) is a combobox.
    await expect(page.getByRole("combobox", { name: "Speaker" })).toHaveValue("Tim Harford");
  });

  test("bad filter values are left out and named, and the search still answers", async ({ page }) => {
    const response = await page.goto("/search?q=open+source&sort=random()&from=2024-13-01&show=<x>&page=-1");
    expect(response?.status()).toBe(200);
    const main = page.getByRole("main");
    await expect(main.getByText("Results cannot be sorted by “random()”")).toBeVisible();
    await expect(main.getByText("The from date “2024-13-01” is not a day")).toBeVisible();
    await expect(main.getByText("There is no show “<x>”")).toBeVisible();
    await expect(main.getByRole("heading", { level: 2, name: A_TITLE })).toBeVisible();
  });

  test("a page past the last says so and links to the last one", async ({ page }) => {
    await page.goto("/search?q=open+source&page=40");
    await expect(page.getByText("There is no page 40")).toBeVisible();
    await page.getByRole("link", { name: "Go to the last page" }).click();
    await expect(page).toHaveURL(/\/search\?q=open\+source$/);
    await expect(page.getByRole("heading", { level: 2, name: A_TITLE })).toBeVisible();
  });

  test("an unknown speaker finds nothing and suggests clearing the filters", async ({ page }) => {
    await page.goto("/search?q=open+source&speaker=Nobody+Atall");
    await expect(page.getByText(/No matches for “open source”.*clear the filters/)).toBeVisible();
  });
});
