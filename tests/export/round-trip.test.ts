import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { episodeSchema, type Episode } from "@/lib/model/episode-schema";
import { buildEpisode } from "@/lib/build/build-episode";
import { buildCues } from "@/lib/export/build-cues";
import { formatVtt } from "@/lib/export/format-vtt";
import { separateNotes, spokenText } from "@/lib/export/spoken-text";
import { ADA, VOICE_2, makeEpisode } from "./episode-fixture";

/** Re-ingests a VTT export as the only file of a manifest-free episode folder. */
function reingest(vtt: string): Episode {
  const result = buildEpisode({
    slug: "round-trip",
    dir: "round-trip",
    files: [{ name: "captions.vtt", bytes: new TextEncoder().encode(vtt) }],
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

function expectSameWithin1ms(original: Episode, again: Episode): void {
  expect(spokenWords(again)).toEqual(spokenWords(original));
  const before = sentenceSpans(original).filter((s) => s.start !== undefined);
  const after = sentenceSpans(again);
  expect(after.map((s) => s.text)).toEqual(before.map((s) => s.text));
  after.forEach((s, i) => {
    expect(Math.abs((s.start ?? NaN) - (before[i]?.start ?? NaN))).toBeLessThanOrEqual(0.001 + 1e-9);
    expect(Math.abs((s.end ?? NaN) - (before[i]?.end ?? NaN))).toBeLessThanOrEqual(0.001 + 1e-9);
  });
  const cues = buildCues(original);
  const again2 = buildCues(again);
  expect(again2.map((c) => [c.speaker, c.text])).toEqual(cues.map((c) => [c.speaker, c.text]));
  again2.forEach((c, i) => {
    expect(Math.abs(c.start - (cues[i]?.start ?? NaN))).toBeLessThanOrEqual(0.001 + 1e-9);
    expect(Math.abs(c.end - (cues[i]?.end ?? NaN))).toBeLessThanOrEqual(0.001 + 1e-9);
  });
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
