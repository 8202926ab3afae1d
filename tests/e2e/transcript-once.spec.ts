import { test, expect, type Page } from "@playwright/test";
import { readMarksAndSeeks, recordMarksAndSeeks } from "./helpers/record-marks";
import { serveTone } from "./helpers/serve-tone";

const A = "/episodes/hugging-face-watsonx";
const A_TITLE = "Hugging Face and watsonx: why open source is the future of AI in business";
const TONE = "/episodes/sync-test-tone";

/** A long sentence of plain words: written the same in HTML text and in any script payload. */
async function distinctiveSentence(page: Page): Promise<string> {
  const texts = await page.locator("#transcript [data-sentence]").allTextContents();
  const plain = texts.map((t) => t.trim()).find((t) => t.length > 60 && /^[A-Za-z ,.]+$/.test(t));
  if (!plain) throw new Error("no plain sentence of 60+ characters in the transcript");
  return plain;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** Errors in the console and uncaught ones (a hydration mismatch shows as either). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("the episode page's HTML carries the transcript once", async ({ page, request }) => {
  await page.goto(A);
  const sentence = await distinctiveSentence(page);
  const html = await (await request.get(A)).text();
  expect(occurrences(html, sentence)).toBe(1);
});

test("the transcript hydrates without errors and its sentences stay clickable", async ({ page }) => {
  await serveTone(page);
  const errors = collectErrors(page);
  await page.goto(TONE);
  const target = page.getByText("Kilo is sentence number 11", { exact: false });
  await expect
    .poll(() => page.locator("audio").evaluate((a: HTMLAudioElement) => a.readyState))
    .toBeGreaterThan(0);
  // Judged by what the page recorded: the audio plays on past the 1.5-second sentence while a
  // loaded machine answers one poll (the mark had moved on in a fresh-clone run).
  await recordMarksAndSeeks(page);
  await target.click();
  await expect
    .poll(async () => (await readMarksAndSeeks(page)).marked[0])
    .toBe(await target.getAttribute("id"));
  expect(errors).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole transcript reads, first sentence to last", async ({ page, request }) => {
    await page.goto(A);
    const transcript = page.getByRole("region", { name: "Transcript" });
    const text = await (await request.get(`${A}/transcript.txt`)).text();
    const lines = text.split("\n").filter((line) => /^\[\d/.test(line));
    const said = (line: string | undefined) => (line ?? "").replace(/^\[[^\]]*\]\s*(?:[^:]+:\s*)?/, "");
    await expect(transcript).toContainText(said(lines[0]).slice(0, 40));
    await expect(transcript).toContainText(said(lines.at(-1)).slice(-40));
    await expect(transcript.getByRole("heading", { level: 2 })).toHaveCount(9);
  });
});

test.describe("in-app navigation to an episode", () => {
  test("from the library, the transcript shows and follows clicks", async ({ page }) => {
    await serveTone(page);
    await page.goto("/");
    // Marks this document: a full page load would lose it.
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await page.getByRole("link", { name: /sync test tone/i }).click();
    await expect(page).toHaveURL(new RegExp(`${TONE}$`));
    const target = page.getByText("Kilo is sentence number 11", { exact: false });
    await expect(target).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    await expect
      .poll(() => page.locator("audio").evaluate((a: HTMLAudioElement) => a.readyState))
      .toBeGreaterThan(0);
    await target.click();
    await expect(target).toHaveAttribute("aria-current", "true");
  });

  test("back from the library, the episode's transcript shows again", async ({ page }) => {
    await page.goto(A);
    const sentence = await distinctiveSentence(page);
    await page.getByRole("link", { name: "Episode Explorer" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Episodes" })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1, name: A_TITLE })).toBeVisible();
    await expect(page.getByRole("region", { name: "Transcript" }).getByText(sentence)).toBeVisible();
  });
});
