import { readFileSync } from "node:fs";
import path from "node:path";
import { test, expect } from "@playwright/test";
import { catalogueSchema, episodeSchema, type Episode } from "../../lib/model/episode-schema";
import { buildCues, type ExportCue } from "../../lib/export/build-cues";
import { EXPORTS, EXPORT_FORMATS } from "../../lib/export/export-formats";
import { availableExports, renderExport } from "../../lib/export/render-export";
import { jsonChaptersSchema, jsonTranscriptSchema } from "../export/podcasting-schemas";
import { SITE_ORIGIN } from "./helpers/site-origin";
import { chromiumCues } from "./helpers/chromium-cues";

// The model the site under test was built from, so expectations come from the same data.
const episodesDir = process.env.EPISODES_DIR || path.resolve("content/episodes");
const catalogue = catalogueSchema.parse(
  JSON.parse(readFileSync(path.join(episodesDir, "index.json"), "utf8")),
);
const model = (slug: string): Episode =>
  episodeSchema.parse(JSON.parse(readFileSync(path.join(episodesDir, `${slug}.json`), "utf8")));
const A = "hugging-face-watsonx";

/**
 * Compares Chromium's cues with ours in HTML's "text track cue order": by start, then the later
 * end first (cues with equal starts exist where the model squeezes words into one instant).
 */
function expectSameCues(actual: Awaited<ReturnType<typeof chromiumCues>>, cues: ExportCue[]): void {
  const expected = cues
    .map((cue, i) => ({ ...cue, i }))
    .sort((x, y) => x.start - y.start || y.end - x.end || x.i - y.i);
  expect(actual).toHaveLength(expected.length);
  actual.forEach((cue, i) => {
    const want = expected[i];
    expect(cue.id).toBe(want?.id);
    expect(cue.start).toBeCloseTo(want?.start ?? NaN, 3);
    expect(cue.end).toBeCloseTo(want?.end ?? NaN, 3);
    expect(cue.voice).toBe(want?.speaker);
    expect(cue.text.replace(/\s+/g, " ")).toBe(want?.text);
  });
}

test.describe("exports", () => {
  test("each export of episode A is served with its content type, a file name and the formatter's text", async ({
    request,
  }) => {
    const episode = model(A);
    for (const format of EXPORT_FORMATS) {
      const info = EXPORTS[format];
      const response = await request.get(`/episodes/${A}/${info.path}`);
      expect(response.status(), info.path).toBe(200);
      expect(response.headers()["content-type"]).toBe(info.contentType);
      expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${info.fileName(A)}"`);
      const body = await response.text();
      // The chapters carry absolute links to the site (its SITE_URL): compare without them.
      if (format === "chapters") {
        const served = jsonChaptersSchema.parse(JSON.parse(body));
        const want = JSON.parse(renderExport(episode, format));
        expect(served.chapters.map(({ url: _url, ...rest }) => rest)).toEqual(want.chapters);
        for (const chapter of served.chapters)
          expect(chapter.url).toMatch(new RegExp(`^${SITE_ORIGIN}/episodes/${A}\\?t=\\d`));
      } else {
        expect(body).toBe(renderExport(episode, format));
      }
    }
  });

  test("episode A's WebVTT loads in Chromium's <track> with the model's cues, voices and times", async ({
    page,
  }) => {
    await page.goto(`/episodes/${A}`);
    const cues = await chromiumCues(page, `/episodes/${A}/transcript.vtt`);
    const expected = buildCues(model(A));
    expect(expected.length).toBeGreaterThan(300);
    expectSameCues(cues, expected);
    expect(new Set(cues.map((c) => c.voice))).toEqual(
      new Set(["Malcolm Gladwell", "Jeff Boudier", "Tim Harford"]),
    );
    // Editorial notes are NOTE comments: Chromium shows the spoken words only.
    expect(cues.some((c) => c.text.replace(/\s+/g, " ").includes("Jeff Boudier, Head of Product"))).toBe(
      true,
    );
    expect(cues.filter((c) => c.text.includes("["))).toEqual([]);
  });

  test("episode A's SRT names the speaker only on the first cue after a change", async ({ request }) => {
    const blocks = (await (await request.get(`/episodes/${A}/transcript.srt`)).text()).trim().split("\n\n");
    const speakers = buildCues(model(A)).map((c) => c.speaker);
    expect(blocks).toHaveLength(speakers.length);
    blocks.forEach((block, i) => {
      const text = block.split("\n").slice(2).join(" ");
      const changed = speakers[i] !== undefined && speakers[i] !== speakers[i - 1];
      expect(text.startsWith(`${speakers[i]}: `), `cue ${i + 1}`).toBe(changed);
    });
    expect(blocks.length).toBeGreaterThan(300);
  });

  test("every episode's WebVTT export, hostile text and unnamed voices included, parses the same in Chromium", async ({
    page,
  }) => {
    await page.goto("/");
    const timed = catalogue.episodes.filter((e) => availableExports(model(e.slug)).includes("vtt"));
    expect(timed.map((e) => e.slug)).toContain("sync-test-tone");
    for (const { slug } of timed)
      expectSameCues(await chromiumCues(page, `/episodes/${slug}/transcript.vtt`), buildCues(model(slug)));
  });

  test("the JSON transcript and chapters validate against the Podcasting 2.0 field lists", async ({
    request,
  }) => {
    const transcript = jsonTranscriptSchema.parse(
      await (await request.get(`/episodes/${A}/transcript.json`)).json(),
    );
    expect(transcript.version).toBe("1.0.0");
    expect(transcript.segments).toHaveLength(buildCues(model(A)).length);
    for (const { slug } of catalogue.episodes) {
      if (!availableExports(model(slug)).includes("chapters")) continue;
      const chapters = jsonChaptersSchema.parse(
        await (await request.get(`/episodes/${slug}/chapters.json`)).json(),
      );
      expect(chapters.version).toBe("1.2.0");
      const starts = chapters.chapters.map((c) => c.startTime);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }
  });

  test("the Download section lists only what each episode has; the rest answers 404", async ({
    page,
    request,
  }) => {
    for (const { slug } of catalogue.episodes) {
      const formats = availableExports(model(slug));
      await page.goto(`/episodes/${slug}`);
      const download = page.getByRole("region", { name: "Download" });
      if (formats.length === 0) await expect(download).toHaveCount(0);
      else {
        await expect(download.getByRole("link")).toHaveText(formats.map((f) => EXPORTS[f].label));
        for (const f of formats) {
          await expect(download.getByRole("link", { name: EXPORTS[f].label })).toHaveAttribute(
            "href",
            `/episodes/${slug}/${EXPORTS[f].path}`,
          );
        }
      }
      for (const format of EXPORT_FORMATS.filter((f) => !formats.includes(f))) {
        expect((await request.get(`/episodes/${slug}/${EXPORTS[format].path}`)).status()).toBe(404);
      }
    }
    expect((await request.get("/episodes/no-such-episode/transcript.vtt")).status()).toBe(404);
  });
});
