import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

test("home page shows the library heading and passes axe", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Episode Explorer/);
  await expect(page.getByRole("heading", { level: 1, name: "Episodes" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Episode Explorer", exact: true })).toHaveAttribute(
    "href",
    "/",
  );
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test("dark mode toggles, persists across reloads and passes axe", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(html).not.toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(html).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test("dark mode follows the system preference until the reader chooses", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", "true");
});

test("unknown pages answer 404 with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Browse all episodes" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("responses carry the security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-src https://www.youtube-nocookie.com");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
});

test("a show's page opens from the show filter (also in the static copy)", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Filter by show" })
    .getByRole("link", { name: /^Acquired/ })
    .click();
  await expect(page).toHaveURL(/\/shows\/acquired$/);
  const cards = page.getByRole("list", { name: "Episodes" }).locator(":scope > li");
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText("AI Builders and technology");
});
