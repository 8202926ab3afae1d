import { test, expect, type Page } from "@playwright/test";

// The library search of the static copy (`npm run export`): no server answers /search, the page
// queries the Pagefind index in the browser (components/search/static-search-island.tsx).
const A_TITLE = "Hugging Face and watsonx: why open source is the future of AI in business";
const HOSTILE_TITLE = '<script>alert("title")</script> Hostile &amp; episode';

/** Collects dialogs, page errors and CSP violations (WebAssembly must be allowed, nothing else). */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("dialog", async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as { __csp?: string[] }).__csp = [
        ...((window as { __csp?: string[] }).__csp ?? []),
        `${e.violatedDirective} ${e.blockedURI}`,
      ];
    });
  });
  return problems;
}

/** Marks the page's window; the returned check says whether the page shown is still that one. */
async function markPage(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => ((window as { __samePage?: boolean }).__samePage = true));
  return () => page.evaluate(() => (window as { __samePage?: boolean }).__samePage === true);
}

test("a phrase typed in /search finds the episode whose transcript says it, in that page", async ({
  page,
}) => {
  const problems = await watch(page);
  await page.goto("/search");
  const samePage = await markPage(page);
  const box = page.getByRole("searchbox", { name: "Search every episode" });
  // Pagefind loads while the first search is typed, not after Enter (focused again until the
  // page's script has hydrated and listens).
  let pagefindLoaded = false;
  page.on("request", (r) => void (/\/pagefind\/pagefind\.js$/.test(r.url()) && (pagefindLoaded = true)));
  await expect(async () => {
    await box.blur();
    await box.focus();
    expect(pagefindLoaded).toBe(true);
  }).toPass();
  await box.fill("co-founded a company called Stupeflix");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=co-founded/);
  await expect(page).toHaveTitle(/^Search: co-founded a company called Stupeflix/);
  const main = page.getByRole("main");
  const a = main.getByRole("region", { name: A_TITLE });
  await expect(a.getByRole("heading", { level: 2, name: A_TITLE })).toBeVisible();
  await expect(a.getByRole("link").nth(1)).toContainText(/Malcolm Gladwell · \d+:\d\d/);
  await expect(a.locator("mark", { hasText: "Stupeflix" }).first()).toBeVisible();
  // The page's hint for an empty search gives way to the results; the box keeps the query.
  await expect(page.getByText(/half of it will do/)).toBeHidden();
  await expect(page.getByRole("searchbox", { name: "Search every episode" })).toHaveValue(
    "co-founded a company called Stupeflix",
  );
  expect(await samePage()).toBe(true);
  expect(problems).toEqual([]);
  expect(await page.evaluate(() => (window as { __csp?: string[] }).__csp)).toBeUndefined();
  // Back to the page without a search: its hint again.
  await page.goBack();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByText(/half of it will do/)).toBeVisible();
});

test("the next search runs in this page: its address in the history, Back brings the last one", async ({
  page,
}) => {
  const problems = await watch(page);
  await page.goto("/search?q=attention+is+all+you+need");
  const main = page.getByRole("main");
  const box = page.getByRole("searchbox", { name: "Search every episode" });
  await expect(main.getByRole("region", { name: A_TITLE })).toBeVisible();
  const samePage = await markPage(page);

  await box.fill("co-founded a company called Stupeflix");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=co-founded\+a\+company\+called\+Stupeflix$/);
  await expect(main.locator("mark", { hasText: "Stupeflix" }).first()).toBeVisible();
  await expect(page).toHaveTitle(/^Search: co-founded a company called Stupeflix/);
  expect(await samePage()).toBe(true);
  // Nothing waits for a page that is not coming: the form is not pending, the results not busy.
  await expect(page.getByRole("search", { name: "Episodes", exact: true })).not.toHaveAttribute(
    "data-pending",
  );
  await expect(page.getByRole("region", { name: "Search results" })).not.toHaveAttribute("aria-busy");

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=attention\+is\+all\+you\+need$/);
  await expect(box).toHaveValue("attention is all you need");
  await expect(main.locator("mark", { hasText: "Stupeflix" })).toHaveCount(0);
  await expect(main.getByRole("region", { name: A_TITLE }).getByRole("link").nth(1)).toContainText(
    "Attention Is All You Need",
  );
  await expect(page).toHaveTitle(/^Search: attention is all you need/);
  await page.goForward();
  await expect(box).toHaveValue("co-founded a company called Stupeflix");
  await expect(main.locator("mark", { hasText: "Stupeflix" }).first()).toBeVisible();
  expect(await samePage()).toBe(true);
  expect(problems).toEqual([]);
});

test("a search without words still loads the page that asks for some", async ({ page }) => {
  await page.goto("/search?q=open+source");
  await expect(page.getByRole("main").getByRole("heading", { level: 2 }).first()).toBeVisible();
  const samePage = await markPage(page);
  const box = page.getByRole("searchbox", { name: "Search every episode" });
  await box.fill("   ");
  await box.press("Enter");
  await expect(page.getByText(/half of it will do/)).toBeVisible();
  expect(await samePage()).toBe(false);
});

test("a result opens the episode at the sentence that matched, with the search restored", async ({
  page,
}) => {
  await page.goto("/search?q=attention+is+all+you+need");
  const first = page.getByRole("main").getByRole("region", { name: A_TITLE }).getByRole("link").nth(1);
  await expect(first).toContainText("Attention Is All You Need");
  await first.click();
  await expect(page).toHaveURL(/\/episodes\/hugging-face-watsonx\?t=503\.5&q=attention\+is\+all\+you\+need$/);
  const sentence = page.locator('#transcript [aria-current="true"]');
  await expect(sentence).toHaveAttribute("id", "s-503417");
  await expect(sentence).toBeInViewport();
  await expect(page.getByRole("searchbox", { name: "Search transcript" })).toHaveValue(
    "attention is all you need",
  );
});

test("a speaker's name finds the episode by the people its header names", async ({ page }) => {
  await page.goto("/search?q=Jeff+Boudier");
  const a = page.getByRole("main").getByRole("region", { name: A_TITLE });
  await expect(a.getByRole("link", { name: /Malcolm Gladwell, Jeff Boudier, Tim Harford/ })).toBeVisible();
});

test("a query with no hits says so", async ({ page }) => {
  await page.goto("/search?q=qqzzxxj+vvkkwwp");
  await expect(page.getByText(/No matches for “qqzzxxj vvkkwwp”\. Try fewer words/)).toBeVisible();
});

test("the show filter keeps the episodes of that show; More results pages on", async ({ page }) => {
  await page.goto("/search?q=open+source");
  const main = page.getByRole("main");
  const total = main.getByRole("region", { name: "Search results" }).getByRole("status");
  await expect(total).toHaveText(/^\d+ matches$/);
  const unfiltered = await total.textContent();
  // The same form as on the server: the show select writes the show's slug.
  await main.getByText("Filters and order").click();
  await main.getByRole("combobox", { name: "Show" }).selectOption({ label: "Cyber Sentries" });
  await main.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]show=cyber-sentries(&|$)/);
  await expect(main.getByRole("heading", { level: 2 })).toHaveText([
    "Open Source AI: Transparency, Sovereignty, and Who Controls the Data",
  ]);
  await expect(total).toHaveText(/^\d+ matches$/);
  await expect(total).not.toHaveText(unfiltered ?? "");
  const hits = main.getByRole("listitem");
  // A page of 5 hits (RESULTS_PER_LOAD), then 5 more per click.
  await expect(hits).toHaveCount(5);
  await main.getByRole("button", { name: "More results" }).click();
  await expect(hits).toHaveCount(10);
  // That search ran in this page; Back puts the filter as the last address had it, with its results.
  await page.goBack();
  await expect(main.getByRole("combobox", { name: "Show" })).toHaveValue("");
  await expect(total).toHaveText(unfiltered ?? "");
});

test("a link within the page (the skip link) keeps the hits shown: no search runs again", async ({
  page,
}) => {
  await page.goto("/search?q=open+source");
  const main = page.getByRole("main");
  const hits = main.getByRole("listitem");
  await expect(hits).toHaveCount(5);
  await main.getByRole("button", { name: "More results" }).click();
  await expect(hits).toHaveCount(10);
  // Records whether a search starts again: its status says so first.
  await page.evaluate(() => {
    const seen = () => document.body.textContent?.includes("Searching every episode…");
    new MutationObserver(() => seen() && ((window as { __again?: boolean }).__again = true)).observe(
      document.body,
      { subtree: true, childList: true, characterData: true },
    );
  });
  await page.getByRole("link", { name: "Skip to content" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=open\+source#main$/);
  // A search started by the move would have said so by now: it starts within a few frames.
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))),
  );
  expect(await page.evaluate(() => (window as { __again?: boolean }).__again)).toBeUndefined();
  await expect(hits).toHaveCount(10);
});

test("HTML in the query and in the library is shown as text", async ({ page }) => {
  const problems = await watch(page);
  const query = '<b id="injected">bold</b><img src=x onerror="window.__injected=1">';
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole("searchbox", { name: "Search every episode" })).toHaveValue(query);
  await expect(page.getByText(`No matches for “${query}”`, { exact: false })).toBeVisible();
  await expect(page.locator("#injected")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();

  await page.goto("/search?q=entities");
  const hostile = page.getByRole("main").getByRole("region", { name: HOSTILE_TITLE });
  await expect(
    hostile.getByRole("link", { name: /Here is <img src=x onerror=alert\("img"\)> and &amp;/ }),
  ).toBeVisible();
  await expect(
    hostile.getByRole("link", { name: /Another note with <\/textarea> and <b>entities<\/b>/ }),
  ).toBeVisible();
  await expect(page.getByRole("main").locator("img")).toHaveCount(0);
  expect(problems).toEqual([]);
});
