import { describe, expect, it } from "vitest";
import { formatHtmlTranscript } from "@/lib/export/format-html-transcript";
import { parseHtmlTranscript } from "@/lib/parse/parse-html-transcript";
import { spokenText } from "@/lib/export/spoken-text";
import type { Episode } from "@/lib/model/episode-schema";
import { ADA, makeEpisode } from "./episode-fixture";
import { richEpisode } from "./feed-test-episodes";

/** The model's paragraphs as (speaker, words): what a round trip must keep. */
function modelTurns(episode: Episode): { voice?: string; text: string }[] {
  const names = new Map(episode.speakers.map((s) => [s.id, s.name ?? s.label]));
  return episode.transcript.turns.flatMap((turn) =>
    turn.paragraphs.map((p) => {
      const voice = turn.speakerId === undefined ? undefined : names.get(turn.speakerId);
      return { ...(voice ? { voice } : {}), text: p.sentences.map((s) => spokenText(s.words)).join(" ") };
    }),
  );
}

describe("formatHtmlTranscript", () => {
  it("writes the namespace's form: <cite>Name:</cite>, <time>m:ss</time>, <p>", () => {
    const html = formatHtmlTranscript(
      makeEpisode([{ speakerId: ADA.id, sentences: [{ text: "Hi there.", start: 69, end: 70 }] }], [ADA]),
    );
    expect(html).toContain("<cite>Ada Lovelace:</cite>\n<time>1:09</time>\n<p>Hi there.</p>");
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
  });

  it("round-trips through parseHtmlTranscript: the same words and speakers, no warnings", () => {
    const episode = richEpisode();
    const result = parseHtmlTranscript(formatHtmlTranscript(episode), { strict: true });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.warnings).toEqual([]);
    expect(result.value.title).toBe(
      episode.title.replace(/[\u0001\u0008\u000B\u001F\uD800]/g, "").replace(/\s+/g, " "),
    );
    expect(result.value.cues.map((c) => ({ ...(c.voice ? { voice: c.voice } : {}), text: c.text }))).toEqual(
      modelTurns(episode),
    );
  });

  it("times on the media clock, never going back, an untimed paragraph at the time before it", () => {
    const episode = makeEpisode(
      [
        { speakerId: ADA.id, sentences: [{ text: "First.", start: 30, end: 31 }] },
        { speakerId: ADA.id, sentences: [{ text: "Untimed." }] },
        { speakerId: ADA.id, sentences: [{ text: "Later.", start: 3700, end: 3701 }] },
      ],
      [ADA],
      { media: [{ kind: "audio", url: "/a.mp3", primary: true, offset: 10, source: "fixture.vtt" }] },
    );
    const result = parseHtmlTranscript(formatHtmlTranscript(episode), { strict: true });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value.cues.map((c) => c.start)).toEqual([20, 20, 3690]);
    expect(formatHtmlTranscript(episode)).toContain("<time>1:01:30</time>");
  });
});
