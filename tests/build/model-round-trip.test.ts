import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildEpisode, type BuildResult } from "@/lib/build/build-episode";
import { buildCues } from "@/lib/export/build-cues";
import { renderExport } from "@/lib/export/render-export";
import { separateNotes } from "@/lib/export/spoken-text";
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

/** Builds an episode from one exported file, as a person would add it. */
const reingest = (name: string, text: string): Episode =>
  built(buildEpisode({ slug: "again", dir: "src/again", files: [{ name, bytes: bytes(text) }] })).episode;

const ts = (s: number) => {
  const ms = Math.round(s * 1000);
  return `${Math.floor(ms / 3_600_000)}:${String(Math.floor(ms / 60_000) % 60).padStart(2, "0")}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}.${String(ms % 1000).padStart(3, "0")}`;
};

/** A Podcasting 2.0 JSON transcript as captions, the way a podcast app shows its segments. */
function jsonAsCaptions(json: string): string {
  const { segments } = JSON.parse(json) as {
    segments: { speaker?: string; startTime: number; endTime: number; body: string }[];
  };
  const cues = segments.map(
    (s) => `${ts(s.startTime)} --> ${ts(s.endTime)}\n${s.speaker ? `<v ${s.speaker}>` : ""}${s.body}\n`,
  );
  return `WEBVTT\n\n${cues.join("\n")}`;
}

/** Every spoken word as "speaker|word", in order. */
function spokenWords(episode: Episode): string[] {
  const names = new Map(episode.speakers.map((s) => [s.id, s.name ?? s.label]));
  return episode.transcript.turns.flatMap((turn) =>
    turn.paragraphs.flatMap((p) =>
      p.sentences
        .filter((s) => s.start !== undefined)
        .flatMap((s) =>
          separateNotes(s.words).words.map((w) => `${names.get(turn.speakerId ?? "") ?? ""}|${w.text}`),
        ),
    ),
  );
}

/** Same spoken words and speaker names, and every cue's start and end within 1 ms. */
function expectSame(again: Episode, original: Episode): void {
  expect(spokenWords(again)).toEqual(spokenWords(original));
  const before = buildCues(original);
  const after = buildCues(again);
  expect(after.map((c) => [c.speaker, c.text])).toEqual(before.map((c) => [c.speaker, c.text]));
  after.forEach((c, i) => {
    expect(Math.abs(c.start - (before[i]?.start ?? NaN))).toBeLessThanOrEqual(0.001 + 1e-9);
    expect(Math.abs(c.end - (before[i]?.end ?? NaN))).toBeLessThanOrEqual(0.001 + 1e-9);
  });
}

describe("a version-2 model round trip: model → exports → a new episode from them", () => {
  const cases: [string, () => string][] = [
    ["a generated episode", () => serializeJson(syntheticBuild().stored)],
    ["episode A", () => readFileSync("content/episodes/hugging-face-watsonx.json", "utf8")],
  ];

  it.each(cases)(
    "%s: its WebVTT, SRT and JSON transcript give back its words, names and times",
    (_, file) => {
      const text = file();
      expect(JSON.parse(text).schemaVersion).toBe(2);
      const episode = readBack(text);
      expect(spokenWords(episode).length).toBeGreaterThan(1000);
      expectSame(reingest("captions.vtt", renderExport(episode, "vtt")), episode);
      expectSame(reingest("captions.srt", renderExport(episode, "srt")), episode);
      expectSame(reingest("segments.vtt", jsonAsCaptions(renderExport(episode, "json"))), episode);
    },
    60_000,
  );
});

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
