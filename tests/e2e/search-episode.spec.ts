import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const A = "/episodes/hugging-face-watsonx";

const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search transcript" });
const counter = (page: Page) => page.getByRole("search", { name: "This episode" }).getByRole("status");
const transcript = (page: Page) => page.getByRole("region", { name: "Transcript" });

test("typing marks the hits, counts them and steps through them; the URL keeps the query", async ({
  page,
}) => {
  await page.goto(A);
  await searchBox(page).pressSequentially("open source");
  await expect(counter(page)).toHaveText(/^1 of \d{2}$/);
  await expect(transcript(page).locator("mark").first()).toBeVisible();
  const total = Number((await counter(page).textContent())?.split(" of ")[1]);
  expect(total).toBeGreaterThan(20);

  const current = transcript(page).locator("[data-search-current]");
  await expect(current).toHaveCount(1);
  await expect(current.locator("mark").first()).toBeInViewport();
  await page.getByRole("button", { name: "Next match" }).click();
  await expect(counter(page)).toHaveText(`2 of ${total}`);
  await searchBox(page).press("Enter");
  await expect(counter(page)).toHaveText(`3 of ${total}`);
  await expect(current.locator("mark").first()).toBeInViewport();
  await searchBox(page).press("Shift+Enter");
  await expect(counter(page)).toHaveText(`2 of ${total}`);
  await page.getByRole("button", { name: "Previous match" }).click();
  await page.getByRole("button", { name: "Previous match" }).click();
  await expect(counter(page)).toHaveText(`${total} of ${total}`);

  await expect(page).toHaveURL(/[?&]q=open\+source(&|$)/);
  await page.reload();
  await expect(searchBox(page)).toHaveValue("open source");
  await expect(counter(page)).toHaveText(`1 of ${total}`);
  await expect(transcript(page).locator("mark").first()).toBeVisible();
});

test("an excluded word leaves out what says it, and is marked nowhere, as on /search", async ({ page }) => {
  await page.goto(`${A}?q=open+-source`);
  await expect(counter(page)).toHaveText(/^1 of \d+$/);
  const marks = await transcript(page).locator("mark").allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  expect(marks.join(" | ")).not.toMatch(/\bsource\b/i);
  const current = transcript(page).locator("[data-search-current]");
  await expect(current).not.toContainText(/\bsource\b/i);
  await searchBox(page).fill("-open");
  await expect(counter(page)).toHaveText("No matches");
});

test("a misspelt quote finds its sentence first, marked and in view", async ({ page }) => {
  await page.goto(A);
  await searchBox(page).fill("atention is all you need");
  await expect(counter(page)).toHaveText(/^1 of \d+$/);
  const current = transcript(page).locator("[data-search-current]");
  await expect(current).toHaveAttribute("id", "s-503417");
  expect((await current.locator("mark").allTextContents()).join(" ")).toContain("Attention Is All You Need");
  await expect(current).toBeInViewport();
  // The ticks on the episode map: one per hit.
  await expect(page.locator("[data-player-root] [data-search-ticks] > span")).toHaveCount(
    Number((await counter(page).textContent())?.split(" of ")[1]),
  );
});

test("the speaker filter narrows the hits", async ({ page }) => {
  await page.goto(`${A}?q=open+source`);
  await expect(counter(page)).toHaveText(/^1 of \d+$/);
  const all = Number((await counter(page).textContent())?.split(" of ")[1]);
  await page.getByRole("combobox", { name: "Speaker" }).selectOption("tim-harford");
  await expect(counter(page)).not.toHaveText(`1 of ${all}`);
  const some = Number((await counter(page).textContent())?.split(" of ")[1]);
  expect(some).toBeGreaterThan(0);
  expect(some).toBeLessThan(all);
  const speakers = await transcript(page)
    .locator("[data-sentence]:has(mark)")
    .evaluateAll((els) =>
      els.map((el) => el.closest("[data-speaker-name]")?.getAttribute("data-speaker-name")),
    );
  expect(speakers.length).toBe(some);
  expect(new Set(speakers)).toEqual(new Set(["Tim Harford"]));
});

test("the speaker filter is kept in the URL and restored on reload", async ({ page }) => {
  await page.goto(`${A}?q=open+source`);
  await expect(counter(page)).toHaveText(/^1 of \d+$/);
  const speaker = page.getByRole("combobox", { name: "Speaker" });
  await speaker.selectOption("tim-harford");
  await expect(page).toHaveURL(/[?&]q=open\+source&speaker=tim-harford(&|$)/);
  const filtered = await counter(page).textContent();
  await page.reload();
  await expect(searchBox(page)).toHaveValue("open source");
  await expect(speaker).toHaveValue("tim-harford");
  await expect(counter(page)).toHaveText(filtered ?? "");
  // Back to all speakers: the parameter leaves the URL; the query stays.
  await speaker.selectOption("");
  await expect(page).not.toHaveURL(/speaker=/);
  await expect(page).toHaveURL(/[?&]q=open\+source(&|$)/);
});

for (const bad of ["nobody-here", "%3Cscript%3E", "Tim+Harford"])
  test(`an invalid speaker in the URL (${bad}) is ignored and dropped`, async ({ page }) => {
    await page.goto(`${A}?q=open+source`);
    await expect(counter(page)).toHaveText(/^1 of \d+$/);
    const all = await counter(page).textContent();
    await page.goto(`${A}?q=open+source&speaker=${bad}`);
    await expect(counter(page)).toHaveText(all ?? "");
    await expect(page.getByRole("combobox", { name: "Speaker" })).toHaveValue("");
    await expect(page).not.toHaveURL(/speaker=/);
  });

test("the hit list shows speaker, time and context, and per-section counts", async ({ page }) => {
  await page.goto(`${A}?q=one+model`);
  await expect(counter(page)).toHaveText(/^1 of \d+$/);
  await page.getByText(/^Show (all \d+ matches|the match)$/).click();
  const list = page.getByRole("list", { name: "Matches", exact: true });
  // The section titled with the words comes first, then what was said, by whom and when.
  await expect(list.getByRole("button").first()).toContainText("Section · 19:19Debunking the One‑Model Myth");
  await expect(list.getByRole("button").nth(1)).toContainText(
    /(Malcolm Gladwell|Jeff Boudier|Tim Harford) · \d+:\d\d/,
  );
  await expect(
    page.getByRole("list", { name: "Matches per section" }).getByRole("button").first(),
  ).toContainText(/: \d+$/);
  const total = await list.getByRole("button").count();
  await list.getByRole("button").last().click();
  // Choosing a hit makes it current and closes the list, which would cover the transcript.
  await expect(counter(page)).toHaveText(`${total} of ${total}`);
  await expect(list).toBeHidden();
  await expect(transcript(page).locator("[data-search-current] mark").first()).toBeInViewport();
});

test("Escape clears the search and restores the transcript exactly", async ({ page }) => {
  await page.goto(A);
  // Once the search answers, every island of the page has hydrated and set up the transcript.
  await searchBox(page).fill("zebra");
  await expect(counter(page)).toHaveText("No matches");
  const before = await transcript(page).innerHTML();
  await searchBox(page).fill("hugging face");
  await expect(transcript(page).locator("mark").first()).toBeVisible();
  await searchBox(page).press("Escape");
  await expect(searchBox(page)).toHaveValue("");
  await expect(transcript(page).locator("mark")).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]q=/);
  expect(await transcript(page).innerHTML()).toBe(before);
});

test("notes and punctuation in the query are not matched; special characters are harmless", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(A);
  await searchBox(page).fill("BOO-dee-ay");
  await expect(counter(page)).toHaveText("No matches");
  for (const query of ["(", "*", "[", '"', "“open”"]) await searchBox(page).fill(query);
  await expect(counter(page)).toHaveText(/^1 of \d+$/);
  expect(errors).toEqual([]);
});

test("/ focuses the episode search", async ({ page }) => {
  await page.goto(A);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The shortcut works once the page's scripts have run: a reader pressing / before that (the
  // HTML shows first) presses again, as this does; a / that never focuses the box still fails.
  await expect(async () => {
    await page.locator("body").press("/");
    await expect(searchBox(page)).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(searchBox(page)).toHaveValue("");
});

test("the index is fetched only once the reader starts searching", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("search-index.json")) fetched.push(request.url());
  });
  await page.goto(A);
  await page.waitForLoadState("networkidle");
  expect(fetched).toEqual([]);
  await searchBox(page).focus();
  await expect.poll(() => fetched.length).toBe(1);
});

test("episode B searches its notes", async ({ page }) => {
  await page.goto("/episodes/acquired-ai-builders");
  await page.getByRole("searchbox", { name: "Search notes" }).fill("hugging face");
  await expect(page.getByRole("search", { name: "This episode" }).getByRole("status")).toHaveText(
    /^1 of \d+$/,
  );
  await expect(page.getByRole("region", { name: "Notes" }).locator("mark").first()).toBeVisible();
});

test("episode C searches its chapters", async ({ page }) => {
  await page.goto("/episodes/cyber-sentries-open-source-ai");
  await page.getByRole("searchbox", { name: "Search chapters" }).fill("sovereignty");
  await expect(page.getByRole("search", { name: "This episode" }).getByRole("status")).toHaveText(
    /^1 of \d+$/,
  );
  await expect(page.getByRole("region", { name: "Chapters" }).locator("mark").first()).toHaveText(
    /sovereignty/i,
  );
});

test("episode C: a phrase of its description is found once, where the page shows it; a show-notes link is found in the notes", async ({
  page,
}) => {
  await page.goto("/episodes/cyber-sentries-open-source-ai");
  const search = page.getByRole("searchbox", { name: "Search chapters" });
  // The show notes repeat the description word for word: the page shows it once (the summary).
  await search.fill("model poisoning");
  const status = page.getByRole("search", { name: "This episode" }).getByRole("status");
  await expect(status).toHaveText("1 of 1");
  const current = page.locator("[data-search-current]");
  await expect(current.locator("mark")).toHaveText(["model poisoning"]);
  await expect(current.locator("mark")).toBeInViewport();
  // A phrase only the show notes' links list has.
  await search.fill("InstructLab");
  await expect(status).toHaveText("1 of 1");
  await expect(
    page.getByRole("region", { name: "Show notes" }).locator("[data-search-current] mark"),
  ).toHaveText(["InstructLab"]);
  await expect(page.locator("[data-search-current] mark")).toBeInViewport();
});

test("episode C: every search document has its element in the page, showing its text", async ({
  page,
  request,
}) => {
  const slug = "cyber-sentries-open-source-ai";
  await page.goto(`/episodes/${slug}`);
  const index = (await (await request.get(`/episodes/${slug}/search-index.json`)).json()) as {
    docs: { id: string; text: string }[];
  };
  expect(index.docs.length).toBeGreaterThan(30);
  for (const doc of index.docs)
    await expect(page.locator(`[id="${doc.id}"]`), doc.id).toContainText(doc.text.slice(0, 40));
});

test("a part of a word is found and marked inside the word (`GPT` in `ChatGPT`)", async ({ page }) => {
  await page.goto(A);
  await searchBox(page).fill("GPT");
  await expect(counter(page)).toHaveText(/^1 of \d+$/);
  const words = await transcript(page)
    .locator("mark")
    .evaluateAll((marks) =>
      marks.map((mark) => `${mark.previousSibling?.textContent?.slice(-4) ?? ""}[${mark.textContent}]`),
    );
  expect(words).toContain("Chat[GPT]");
});

test("a word finds its other forms, as /search does: `developing` finds and marks “developers”", async ({
  page,
}) => {
  // /search lists episode A's sentences about developers for `developing`: the page must find them too.
  await page.goto(`${A}?q=developing`);
  await expect(counter(page)).toHaveText(/^1 of \d+$/);
  const marked = await transcript(page).locator("mark").allTextContents();
  expect(marked.length).toBeGreaterThan(0);
  for (const word of marked) expect(word).toMatch(/^develop/i);
});

test("a word the episode says finds itself, not words a typo away: `can't` is one sentence, not every “can”", async ({
  page,
}) => {
  // Episode A says "can't" once, as /search finds; the page also listed 36 sentences saying "can" or "want".
  await page.goto(`${A}?q=can't`);
  await expect(counter(page)).toHaveText("1 of 1");
  await expect(transcript(page).locator("mark")).toHaveText([/^can.t$/i]);
});

test("a quoted phrase is found word for word, as on /search: one sentence says “the gas and the engine”", async ({
  page,
}) => {
  // Unquoted, the page also ranks sentences with those words apart: "the gas" here, "the engine" there.
  await page.goto(`${A}?q=%22the+gas+and+the+engine%22`);
  await expect(counter(page)).toHaveText("1 of 1");
  await expect(transcript(page).locator("mark").first()).toHaveText(/the gas and the engine/i);
});

test("letters inside a word are no part of it: `red hat` finds no “that” nor “conquered”", async ({
  page,
}) => {
  await page.goto(A);
  await searchBox(page).fill("red hat");
  await expect(counter(page)).toHaveText("No matches");
  await expect(transcript(page).locator("mark")).toHaveCount(0);
});

for (const scheme of ["light", "dark"] as const) {
  test(`a search in progress has no axe violations in ${scheme} mode`, async ({ page }) => {
    // axe walks every element of an episode page (an hour is ~1,500 sentences): seconds, not ms.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${A}?q=open+source`);
    await expect(counter(page)).toHaveText(/^1 of \d+$/);
    await page.getByText(/^Show all \d+ matches$/).click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}

test("a search fits 360 px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${A}?q=open+source`);
  await expect(counter(page)).toHaveText(/^1 of \d+$/);
  await page.getByText(/^Show all \d+ matches$/).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
