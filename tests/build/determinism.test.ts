import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildEpisode, type BuildResult } from "@/lib/build/build-episode";
import { episodeSchema, type Episode } from "@/lib/model/episode-schema";
import { serializeEpisode } from "@/lib/model/serialize-episode";
import { serializeJson } from "@/lib/model/serialize-json";
import { generateEpisode } from "../../scripts/bench/generate-episode";

const bytes = (text: string) => new TextEncoder().encode(text);

function built(result: BuildResult) {
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join("\n"));
  return result;
}

/** A generated ten-minute episode (plain text, captions on another clock, summary page), built. */
function syntheticBuild() {
  const { plain, vtt, summary } = generateEpisode(4, 10);
  const files = [
    { name: "captions.vtt", bytes: bytes(vtt) },
    { name: "summary.txt", bytes: bytes(summary) },
    { name: "transcript.txt", bytes: bytes(plain) },
  ];
  return built(buildEpisode({ slug: "synthetic", dir: "src/synthetic", files }));
}

/** The episode as the site reads it: the written version-2 file, parsed and decoded. */
const readBack = (text: string): Episode => episodeSchema.parse(JSON.parse(text));

describe("determinism", () => {
  it("builds the same sources twice to byte-identical model text", () => {
    expect(serializeJson(syntheticBuild().stored)).toBe(serializeJson(syntheticBuild().stored));
  }, 60_000);

  it("writes what it built and what it read back to the same bytes (the stored form loses nothing)", () => {
    const result = syntheticBuild();
    const text = serializeJson(result.stored);
    expect(serializeEpisode(result.episode)).toBe(text);
    expect(readBack(text)).toEqual(result.episode);
    for (const slug of ["hugging-face-watsonx", "acquired-ai-builders", "cyber-sentries-open-source-ai"]) {
      const committed = readFileSync(`content/episodes/${slug}.json`, "utf8");
      expect(serializeEpisode(readBack(committed)), slug).toBe(committed);
    }
  }, 60_000);
});
