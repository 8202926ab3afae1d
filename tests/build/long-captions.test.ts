import { describe, expect, it } from "vitest";
import { buildEpisode, MAX_SOURCE_BYTES } from "@/lib/build/build-episode";
import { wordLevelCaptions } from "./helpers/long-captions";

// Build time and memory of long files are measured by the bench, not here (see README).
describe("a ten-hour captions file", () => {
  it("builds with every word, in order, timed", () => {
    const { vtt, words } = wordLevelCaptions(10);
    expect(words.length).toBe(90_000);
    const bytes = new TextEncoder().encode(vtt);
    expect(bytes.byteLength).toBeGreaterThan(3 * 1024 * 1024);
    const result = buildEpisode({
      slug: "ten-hours",
      dir: "src/ten-hours",
      files: [{ name: "captions.vtt", bytes }],
    });
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join("\n"));
    const built = result.episode.transcript.turns.flatMap((t) =>
      t.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.words)),
    );
    expect(built.map((w) => w.text)).toEqual(words);
    expect(built.every((w) => w.start !== undefined && w.end !== undefined)).toBe(true);
    expect(built.at(-1)?.start).toBe(35_999.6);
  }, 120_000);

  it("is refused with the limit and what it means above MAX_SOURCE_BYTES", () => {
    const bytes = new Uint8Array(MAX_SOURCE_BYTES + 1);
    const result = buildEpisode({ slug: "huge", dir: "src/huge", files: [{ name: "captions.vtt", bytes }] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toEqual({
        file: "src/huge/captions.vtt",
        line: 1,
        message:
          "file is 8.0 MB; the largest source accepted is 8.0 MB (about 17 hours of word-level captions, 70 of ordinary ones): split or trim it",
      });
  });
});
