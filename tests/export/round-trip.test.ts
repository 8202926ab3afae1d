import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { episodeSchema, type Episode } from "@/lib/model/episode-schema";
import { buildEpisode } from "@/lib/build/build-episode";
import { buildCues } from "@/lib/export/build-cues";
import { formatVtt } from "@/lib/export/format-vtt";
import { separateNotes, spokenText } from "@/lib/export/spoken-text";
import { ADA, VOICE_2, makeEpisode } from "./episode-fixture";
import { jsonTranscriptSchema } from "./podcasting-schemas";
import { renderExport } from "@/lib/export/render-export";
import { serializeJson } from "@/lib/model/serialize-json";
import { formatCueTime } from "@/lib/time/format-cue-time";
import { generateEpisode } from "../../scripts/bench/generate-episode";

/** Re-ingests an export as the only file of a manifest-free episode folder. */
function reingest(text: string, name = "captions.vtt"): Episode {
  const result = buildEpisode({
    slug: "round-trip",
    dir: "round-trip",
    files: [{ name, bytes: new TextEncoder().encode(text) }],
  });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join("\n"));
  return result.episode;
}

/** Every spoken word of a timed sentence as "speaker|word", in order (notes are not speech). */
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

/** Each sentence's spoken text and span. */
function sentenceSpans(episode: Episode): { text: string; start?: number; end?: number }[] {
  return episode.transcript.turns.flatMap((t) =>
    t.paragraphs.flatMap((p) =>
      p.sentences.map(({ words, start, end }) => ({ text: spokenText(words), start, end })),
    ),
  );
}

/** Same spoken words and speaker names, and every exported cue's start and end within 1 ms. */
function expectSameCues(original: Episode, again: Episode): void {
  expect(spokenWords(again)).toEqual(spokenWords(original));
  const cues = buildCues(original);
  const again2 = buildCues(again);
  expect(again2.map((c) => [c.speaker, c.text])).toEqual(cues.map((c) => [c.speaker, c.text]));
  again2.forEach((c, i) => {
    expect(Math.abs(c.start - (cues[i]?.start ?? NaN))).toBeLessThanOrEqual(0.001 + 1e-9);
    expect(Math.abs(c.end - (cues[i]?.end ?? NaN))).toBeLessThanOrEqual(0.001 + 1e-9);
  });
}

/** `expectSameCues`, and each sentence's span within 1 ms too (sentences that fill whole cues). */
function expectSameWithin1ms(original: Episode, again: Episode): void {
  const before = sentenceSpans(original).filter((s) => s.start !== undefined);
  const after = sentenceSpans(again);
  expect(after.map((s) => s.text)).toEqual(before.map((s) => s.text));
  after.forEach((s, i) => {
    expect(Math.abs((s.start ?? NaN) - (before[i]?.start ?? NaN))).toBeLessThanOrEqual(0.001 + 1e-9);
    expect(Math.abs((s.end ?? NaN) - (before[i]?.end ?? NaN))).toBeLessThanOrEqual(0.001 + 1e-9);
  });
  expectSameCues(original, again);
}

describe("re-ingesting our own WebVTT export", () => {
  it("gives back the words, names and times of a small episode, real names kept from the voices", () => {
    const episode = makeEpisode(
      [
        {
          speakerId: "ada-lovelace",
          sentences: [{ text: "Fish & chips <cheap> are 1 < 2.", start: 0.5, end: 3 }],
        },
        {
          speakerId: "voice-2",
          sentences: [
            {
              text: "A much longer reply that has to be split over several caption cues because it keeps going on and on.",
              start: 3.2,
              end: 11.7,
            },
            { text: "Then a short one.", start: 12, end: 13.5 },
          ],
        },
        { speakerId: "ada-lovelace", sentences: [{ text: "Thanks.", start: 14, end: 14 }] },
      ],
      [ADA, VOICE_2],
    );
    const again = reingest(formatVtt(episode));
    expectSameWithin1ms(episode, again);
    // A voice that is a real name is kept as the speaker's name; "Speaker 2" stays an unnamed label.
    expect(again.speakers).toEqual([
      expect.objectContaining({ name: "Ada Lovelace", nameSource: "captions.vtt" }),
      expect.objectContaining({ label: "Speaker 2", voices: ["Speaker 2"] }),
    ]);
    expect(again.speakers[1]?.name).toBeUndefined();
  });

  it("gives back the words, names and times of episode A", () => {
    const file = path.resolve(__dirname, "../../content/episodes/hugging-face-watsonx.json");
    const episode = episodeSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    const vtt = formatVtt(episode);
    const again = reingest(vtt);
    expectSameWithin1ms(episode, again);
    // Its pronunciation notes are carried as comments, not as spoken words.
    expect(vtt).toContain("\nNOTE [BOO-dee-ay]\n");
    const words = spokenWords(again)
      .map((w) => w.slice(w.indexOf("|") + 1))
      .join(" ");
    expect(words).not.toContain("[");
    expect(words).toContain("Jeff Boudier, Head of Product");
    expect(again.speakers.map((s) => s.name).sort()).toEqual([
      "Jeff Boudier",
      "Malcolm Gladwell",
      "Tim Harford",
    ]);
  });
});

/** A generated ten-minute episode (plain text, captions on another clock, summary page) as built. */
function syntheticModelFile(): string {
  const { plain, vtt, summary } = generateEpisode(4, 10);
  const bytes = (text: string) => new TextEncoder().encode(text);
  const files = [
    { name: "captions.vtt", bytes: bytes(vtt) },
    { name: "summary.txt", bytes: bytes(summary) },
    { name: "transcript.txt", bytes: bytes(plain) },
  ];
  const result = buildEpisode({ slug: "synthetic", dir: "synthetic", files });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return serializeJson(result.stored);
}

/** A Podcasting 2.0 JSON transcript as captions, the way a podcast app shows its segments. */
function jsonAsCaptions(json: string): string {
  const { segments } = jsonTranscriptSchema.parse(JSON.parse(json));
  const cues = segments.map(
    (s) =>
      `${formatCueTime(s.startTime, ".")} --> ${formatCueTime(s.endTime, ".")}\n${s.speaker ? `<v ${s.speaker}>` : ""}${s.body}\n`,
  );
  return `WEBVTT\n\n${cues.join("\n")}`;
}

describe("a version-2 model round trip: stored model → exports → an episode built from each", () => {
  const models: [string, () => string][] = [
    ["a generated episode", syntheticModelFile],
    [
      "episode A",
      () => readFileSync(path.resolve(__dirname, "../../content/episodes/hugging-face-watsonx.json"), "utf8"),
    ],
  ];

  it.each(models)(
    "%s: its WebVTT, SRT and JSON transcript give back its words, names and times",
    (_, file) => {
      const text = file();
      expect(JSON.parse(text).schemaVersion).toBe(2);
      const episode = episodeSchema.parse(JSON.parse(text));
      expect(spokenWords(episode).length).toBeGreaterThan(1000);
      // The exports carry cues, not sentences: a sentence starting inside a cue comes back estimated.
      expectSameCues(episode, reingest(renderExport(episode, "vtt")));
      expectSameCues(episode, reingest(renderExport(episode, "srt"), "captions.srt"));
      expectSameCues(episode, reingest(jsonAsCaptions(renderExport(episode, "json"))));
    },
    60_000,
  );
});
