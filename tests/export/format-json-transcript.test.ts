import { describe, expect, it } from "vitest";
import { buildCues } from "@/lib/export/build-cues";
import { formatJsonTranscript, toJsonTranscript } from "@/lib/export/format-json-transcript";
import { jsonTranscriptSchema } from "./podcasting-schemas";
import { ADA, VOICE_2, makeEpisode } from "./episode-fixture";

describe("toJsonTranscript", () => {
  it("is a valid Podcasting 2.0 transcript with one segment per caption cue", () => {
    const episode = makeEpisode(
      [
        { speakerId: "ada-lovelace", sentences: [{ text: "Fish & chips <cheap>.", start: 1, end: 2.5 }] },
        { speakerId: "voice-2", sentences: [{ text: "Hi.", start: -1, end: 3 }] },
        { sentences: [{ text: "Nobody.", start: 4, end: 5 }] },
      ],
      [ADA, VOICE_2],
    );
    const json = toJsonTranscript(episode);
    expect(jsonTranscriptSchema.parse(json)).toEqual(json);
    expect(json).toEqual({
      version: "1.0.0",
      segments: [
        { speaker: "Ada Lovelace", startTime: 1, endTime: 2.5, body: "Fish & chips <cheap>." },
        { speaker: "Speaker 2", startTime: 1, endTime: 3, body: "Hi." },
        { startTime: 4, endTime: 5, body: "Nobody." },
      ],
    });
    expect(json.segments).toHaveLength(buildCues(episode).length);
  });

  it("splits long sentences like the captions and serialises as newline-terminated JSON", () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    const episode = makeEpisode([{ sentences: [{ text: long, start: 0, end: 20 }] }]);
    const text = formatJsonTranscript(episode);
    expect(text.endsWith("}\n")).toBe(true);
    const parsed = jsonTranscriptSchema.parse(JSON.parse(text));
    expect(parsed.segments.length).toBeGreaterThan(1);
    expect(parsed.segments.map((s) => s.body).join(" ")).toBe(long);
  });

  it("leaves editorial notes out of the segments' spoken text", () => {
    const episode = makeEpisode([
      { sentences: [{ text: "Hello [JAH] there [waves].", start: 0, end: 2 }] },
      { sentences: [{ text: "[applause]", start: 2, end: 3 }] },
    ]);
    expect(toJsonTranscript(episode).segments).toEqual([{ startTime: 0, endTime: 2, body: "Hello there." }]);
  });

  it("has no segments for an empty or untimed transcript", () => {
    expect(toJsonTranscript(makeEpisode([]))).toEqual({ version: "1.0.0", segments: [] });
    expect(toJsonTranscript(makeEpisode([{ sentences: [{ text: "Untimed." }] }])).segments).toEqual([]);
  });
});
