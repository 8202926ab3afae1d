import { test, expect } from "@playwright/test";
import { KEY_PAGES } from "../../scripts/lib/key-pages.mjs";
import { failingAudits, runLighthouse } from "../../scripts/lib/lighthouse.mjs";

// Accessibility, best practices and SEO do not depend on the machine's speed, so they are
// asserted here; performance is measured by `npm run bench` (the same helper).
const CATEGORIES = ["accessibility", "best-practices", "seo"];

for (const pagePath of KEY_PAGES) {
  test(`Lighthouse (mobile) scores 100 for accessibility, best practices and SEO on ${pagePath}`, async ({
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const report = await runLighthouse(`${baseURL}${pagePath}`, CATEGORIES, { timeoutMs: 220_000 });
    expect(failingAudits(report)).toEqual([]);
    for (const name of CATEGORIES) expect(report.categories[name]?.score, name).toBe(1);
  });
}
