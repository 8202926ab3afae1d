import { test, expect, type Page } from "@playwright/test";

/** Fails the test on any dialog, console error, page error or CSP violation. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("dialog", async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

test("hostile text in cues, names, notes, headings and the manifest shows as text and runs nothing", async ({
  page,
}) => {
  const problems = await watch(page);
  await page.goto("/episodes/hostile-content");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    '<script>alert("title")</script> Hostile &amp; episode',
  );
  const transcript = page.getByRole("region", { name: "Transcript" });
  await expect(transcript).toContainText('Welcome <script>alert("cue")</script> to the show.');
  await expect(transcript).toContainText('Here is <img src=x onerror=alert("img")> and &amp; entities <b>.');
  await expect(transcript).toContainText("Close the </textarea> and visit javascript:alert(1) now.");
  await expect(page.getByRole("list", { name: "Speakers" })).toContainText(
    "<img src=x onerror=alert('name')>",
  );
  await expect(page.getByText("</textarea><img src=x onerror=alert('show')>")).toBeVisible();
  await expect(page.getByRole("list", { name: "Credits" })).toContainText(
    "<b onmouseover=alert('credit')>Eve</b><script>alert('role')</script>",
  );
  await expect(
    page
      .getByRole("region", { name: "Highlights" })
      .getByRole("link", { name: "<img src=x onerror=alert('soundbite')>" }),
  ).toBeAttached();
  // Nothing from the content became markup: no images, no scripts in the body, no unsafe links.
  await expect(page.locator("main img")).toHaveCount(0);
  await expect(page.locator("main script")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.getByRole("link", { name: "dangerous link" })).toHaveCount(0);
  const notes = page.getByRole("region", { name: "Notes" });
  await expect(notes).toContainText('A note with a dangerous link and <script>alert("note")</script> inside');
  await expect(notes).toContainText("Another note with </textarea> and <b>entities</b>");
  await expect(
    notes.getByRole("heading", { name: '<img src=x onerror=alert("heading")> Heading' }),
  ).toBeVisible();
  await page.waitForTimeout(300);
  expect(problems).toEqual([]);
});

test("hostile names and shows are text in the library too", async ({ page }) => {
  const problems = await watch(page);
  await page.goto("/");
  await expect(
    page.getByRole("link", { name: '<script>alert("title")</script> Hostile &amp; episode' }),
  ).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(problems).toEqual([]);
});

const A = "/episodes/hugging-face-watsonx";

test.describe("hostile links", () => {
  const values = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "9".repeat(10_000),
    "٨:٣٦",
    "8:36&t=<b>x</b>",
    "%00%ff",
  ];
  for (const value of values) {
    test(`t=${value.slice(0, 30)} neither errors nor reflects markup`, async ({ page }) => {
      const problems = await watch(page);
      // Repeated parameters and a fragment too, except for the 10 000-character value (one copy of
      // it already makes a 10 KB URL).
      const v = encodeURIComponent(value);
      const url = value.length > 1000 ? `${A}?t=${v}` : `${A}?t=${v}&t=${v}#t=${v}`;
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("main img")).toHaveCount(0);
      expect(await page.content()).not.toContain("<script>alert(1)</script>");
      await page.waitForTimeout(200);
      expect(problems).toEqual([]);
    });
  }

  test("unknown slugs answer with the 404 page", async ({ page }) => {
    for (const path of [
      "/episodes/no-such-episode",
      "/episodes/%3Cscript%3E",
      "/episodes/..%2F..%2Fetc%2Fpasswd",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    }
  });

  test("path traversal in export URLs finds nothing", async ({ request }) => {
    for (const path of [
      "/episodes/..%2F..%2Fpackage.json/transcript.vtt",
      "/episodes/hugging-face-watsonx/..%2F..%2F..%2Fpackage.json",
      "/episodes/%2e%2e/%2e%2e/content/episodes/index.json",
      "/episodes/hugging-face-watsonx/quote-card/..%2F..%2F..%2Fpackage.json",
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text()).not.toContain('"dependencies"');
    }
  });
});
