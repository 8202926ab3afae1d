import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const A = "/episodes/hugging-face-watsonx";

const firstSentence = (page: Page) =>
  page.getByRole("region", { name: "Transcript" }).locator("[data-sentence]").first();

/** The screens the issue measures, with where the first sentence must start (px from the top). */
const screens = [
  { name: "desktop", width: 1366, height: 900, limit: 900 },
  { name: "phone", width: 390, height: 844, limit: 1.5 * 844 },
] as const;

for (const screen of screens) {
  for (const scheme of ["light", "dark"] as const) {
    test.describe(`episode A on a ${screen.name} (${screen.width} × ${screen.height}), ${scheme}`, () => {
      test.use({ viewport: { width: screen.width, height: screen.height }, colorScheme: scheme });

      test(`the first transcript sentence starts above ${screen.limit} px`, async ({ page }) => {
        await page.goto(A);
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
        await expect(firstSentence(page)).toBeVisible();
        const box = await firstSentence(page).boundingBox();
        expect(box!.y).toBeLessThan(screen.limit);
        // The summary shows a line and a "more" control; its items are one click away.
        await expect(page.locator("#summary-0")).toBeHidden();
        await page.getByText("more", { exact: true }).click();
        await expect(page.locator("#summary-0")).toBeVisible();
        await expect(page.locator('[id^="summary-"]')).toHaveCount(4);
      });
    });
  }
}

test.describe("on a phone (390 × 844)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the sections sit in a drawer that opens from its button and closes on choosing one", async ({
    page,
  }) => {
    await page.goto(A);
    const sections = page.getByRole("navigation", { name: "Sections" });
    await expect(sections).toBeHidden();
    // The drawer's control (a <summary>, which has no ARIA role to find it by).
    const toggle = page.locator("summary").filter({ hasText: /^Sections and key points/ });
    await expect(toggle).toBeInViewport();
    // Keyboard: the control is focusable and opens with Enter.
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(sections).toBeVisible();
    await expect(sections.getByRole("link")).toHaveCount(9);
    await expect(page.getByRole("region", { name: "Key points" })).toBeVisible();
    await sections.getByRole("link", { name: /^15:48/ }).click();
    await expect(page).toHaveURL(/#ibm-hugging-face-partnership-overview$/);
    await expect(sections).toBeHidden();
    await expect(
      page.getByRole("heading", { level: 2, name: "IBM-Hugging Face Partnership Overview" }),
    ).toBeInViewport();
  });

  test("Escape closes the open drawer and returns focus to its button", async ({ page }) => {
    await page.goto(A);
    const toggle = page.locator("summary").filter({ hasText: /^Sections and key points/ });
    await toggle.click();
    const sections = page.getByRole("navigation", { name: "Sections" });
    await sections.getByRole("link").first().focus();
    await page.keyboard.press("Escape");
    await expect(sections).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test("the transcript's speaker names, times and key points' passage links are at least 24 px tall", async ({
    page,
  }) => {
    await page.goto(A);
    await page.getByText("Sections and key points", { exact: true }).click();
    const transcript = page.getByRole("region", { name: "Transcript" });
    const targets = {
      names: transcript.getByRole("link", { name: /^(Jeff Boudier|Tim Harford|Malcolm Gladwell)$/ }),
      times: transcript.getByRole("link", { name: /^Play from / }),
      passages: page
        .getByRole("region", { name: "Key points" })
        .getByRole("link", { name: /jump to the passage$/ }),
    };
    for (const [what, links] of Object.entries(targets)) {
      // Turns far from the viewport are not rendered (content-visibility): measuring lays them out.
      const heights = await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().height));
      expect(heights.length, what).toBeGreaterThan(5);
      expect(Math.min(...heights), what).toBeGreaterThanOrEqual(24);
    }
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`has no axe violations with the drawer and summary open, ${scheme}`, async ({ page }) => {
      // axe walks every element of an hour's transcript (~1,500 sentences): seconds, not ms.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(A);
      await page.getByText("Sections and key points", { exact: true }).click();
      await page.getByText("Summary", { exact: true }).click();
      await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }
});

test.describe("on a wide screen (1366 × 900)", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test("the sections and key points show in the side column, with no drawer button", async ({ page }) => {
    await page.goto(A);
    await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Key points" })).toBeVisible();
    await expect(page.getByText("Sections and key points", { exact: true })).toBeHidden();
    // The side column sits beside the transcript, not above it.
    const nav = await page.getByRole("navigation", { name: "Sections" }).boundingBox();
    const sentence = await firstSentence(page).boundingBox();
    expect(nav!.x + nav!.width).toBeLessThanOrEqual(sentence!.x);
  });
});
