import { test, expect } from "@playwright/test";

// The site's server (scripts/serve.mjs) sends each page without the framework's script tags in
// its head; a loader adds them after the first paint. The page must still become interactive.
const A = "/episodes/hugging-face-watsonx";
const FRAMEWORK_TAG = /<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*>/g;

for (const path of ["/", A, "/search?q=open+source"]) {
  test(`${path}: no framework script is fetched from the head; the loader lists them`, async ({
    request,
  }) => {
    const response = await request.get(path, { headers: { "accept-encoding": "gzip" } });
    expect(response.status()).toBe(200);
    // Compressed by the server, after the rewrite.
    expect(response.headers()["content-encoding"]).toBe("gzip");
    const html = await response.text();
    const head = html.slice(0, html.indexOf("</head>"));
    const inHead = (head.match(FRAMEWORK_TAG) ?? []).filter((tag) => !/nomodule/i.test(tag));
    expect(inHead).toEqual([]);
    expect(head).not.toMatch(/<link[^>]*rel="preload"[^>]*as="script"/);
    expect(head).toMatch(/requestAnimationFrame[\s\S]*"\/_next\/static\/chunks\//);
  });
}

test("the page loads its framework after the first paint and becomes interactive", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${A}#transcript`);
  const chunks = () =>
    page.evaluate(
      () =>
        performance.getEntriesByType("resource").filter((r) => r.name.includes("/_next/static/chunks/"))
          .length,
    );
  await expect.poll(chunks).toBeGreaterThan(3);
  // An island at work: the in-episode search answers (it needs React and the page's script).
  await page.getByRole("searchbox", { name: "Search transcript" }).pressSequentially("open source");
  await expect(page.getByRole("search", { name: "This episode" }).getByRole("status")).toHaveText(
    /^1 of \d+$/,
  );
  expect(errors).toEqual([]);
});
