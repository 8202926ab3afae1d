import { test, expect } from "@playwright/test";

// The static copy's /search is one prerendered page titled "Search"; its island titles the page
// with the query it answers. On a slow CPU React can hydrate the page's own <title> after that and
// write "Search" back (components/search/hold-document-title.ts): at a 4× CPU slowdown, 3 loads of
// 8 ended titled "Search" before the title was held. Three loads here, each then left to settle.
const QUERIES = ["privacy", "open source", "attention is all you need"];
const SETTLE_MS = 1_000;

test("loaded at a search's address on a slow CPU, the page keeps the search's title", async ({ page }) => {
  test.setTimeout(90_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  for (const query of QUERIES) {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    const results = page.getByRole("region", { name: "Search results" });
    await expect(results.getByRole("heading", { level: 2 }).first()).toBeVisible({ timeout: 20_000 });
    await expect(page).toHaveTitle(`Search: ${query} · Episode Explorer`);
    // What is checked is that the title stays: nothing on the page marks when hydration is done.
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.title(), query).toBe(`Search: ${query} · Episode Explorer`);
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });

  // Once the reader leaves the page, its title is no longer held: the episode's stands.
  const first = page.getByRole("main").getByRole("region", { name: /^Hugging Face and watsonx/ });
  await first.getByRole("link").nth(1).click();
  await expect(page).toHaveURL(/\/episodes\/hugging-face-watsonx\?t=/);
  await expect(page).toHaveTitle(/^Hugging Face and watsonx.* · Episode Explorer$/);
});
