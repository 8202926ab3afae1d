import { test, expect } from "@playwright/test";
import { FAKE_YOUTUBE_IFRAME_API } from "../player/fake-youtube-iframe-api";

const B = "/episodes/acquired-ai-builders";
const C = "/episodes/cyber-sentries-open-source-ai";
const TOPIC = "AI and Automation in Customer Service";

test.describe("notes and show notes read well", () => {
  test("C's description paragraphs show once, in the summary, and its other blocks still show", async ({
    page,
  }) => {
    await page.goto(C);
    // The folded summary's one-line preview is aria-hidden (the list item is read instead): not a repeat.
    const shown = (text: RegExp) => page.getByText(text).and(page.locator(':not([aria-hidden="true"])'));
    await expect(shown(/^JJ shares his journey into the AI space/)).toHaveCount(1);
    await expect(shown(/^In this episode of Cyber Sentries/)).toHaveCount(1);
    await expect(page.getByRole("heading", { name: "Questions we answer in this episode" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Links & Notes" })).toBeVisible();
  });

  test("B lists its topics once, as toggles, and no note carries a tag chip", async ({ page }) => {
    await page.goto(B);
    const topics = page.getByRole("group", { name: "Topics in these notes" });
    await expect(topics.getByRole("button")).toHaveCount(4);
    await expect(page.getByText(TOPIC)).toHaveCount(1);
    const notes = page.getByRole("region", { name: "Notes" });
    await expect(notes.getByRole("listitem").filter({ hasText: TOPIC })).toHaveCount(0);
  });

  test("a topic filters the notes, says how many show, and pressing it again shows all", async ({ page }) => {
    await page.goto(B);
    const notes = page.getByRole("region", { name: "Notes" });
    const toggle = page.getByRole("button", { name: new RegExp(`^${TOPIC}`) });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(notes.getByRole("listitem")).toHaveCount(25);
    await expect(page.getByRole("status").filter({ hasText: "Showing 25 of 59 notes" })).toBeVisible();
    // A heading with none of the topic's notes under it goes; one above shown notes stays.
    await expect(notes.getByRole("heading", { name: "Shifting Landscape" })).toBeHidden();
    await expect(notes.getByRole("heading", { name: "Evolution of Hugging Face" })).toBeVisible();
    await expect(notes.getByRole("heading", { name: "The Pivot to AI Infrastructure" })).toBeVisible();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(notes.getByRole("listitem")).toHaveCount(59);
  });

  test("without JavaScript every note shows", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(B);
    await expect(page.getByRole("region", { name: "Notes" }).getByRole("listitem")).toHaveCount(59);
    await context.close();
  });

  test("B keeps the source's order, says its times are not always in order, and times still land", async ({
    page,
  }) => {
    await page.goto(B);
    await expect(page.getByText("Times in this list follow the source, not always in order.")).toBeVisible();
    const notes = page.getByRole("region", { name: "Notes" });
    const labels = await notes
      .getByRole("link", { name: /^Play from / })
      .evaluateAll((links) => links.slice(8, 10).map((a) => a.getAttribute("aria-label")));
    expect(labels).toEqual(["Play from 5:00", "Play from 1:55"]);
    // 1:55 comes after 5:00 in the list: a link to 1:55 still marks its note.
    await page.goto(`${B}?t=1:55`);
    const current = notes.locator('[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText("compared to the Web 2.0 era");
    await expect(current).toBeInViewport();
  });

  test("clicking a note's time that runs backwards seeks the video there and marks that note", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      (window as unknown as { __fakeYTConfig: object }).__fakeYTConfig = { realtime: false, duration: 4200 };
    });
    await page.route("https://www.youtube.com/iframe_api", (route) =>
      route.fulfill({ contentType: "text/javascript", body: FAKE_YOUTUBE_IFRAME_API }),
    );
    await page.goto(`${B}?t=5:00`);
    const notes = page.getByRole("region", { name: "Notes" });
    await notes.getByRole("link", { name: "Play from 1:55" }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const hook = (window as unknown as { __fakeYT?: { calls: { method: string; args: number[] }[] } })
            .__fakeYT;
          const seek = hook?.calls.filter((c) => c.method === "seekTo").at(-1);
          const start = document.querySelector("[data-fake-youtube-player]")?.getAttribute("data-start");
          return seek ? seek.args[0] : Number(start);
        }),
      )
      .toBeCloseTo(115, 0);
    await expect(notes.locator('[aria-current="true"]')).toContainText("compared to the Web 2.0 era");
  });

  test("an episode whose times are in order carries no such notice", async ({ page }) => {
    await page.goto(C);
    await expect(page.getByText(/not always in order/)).toHaveCount(0);
  });
});
