import { describe, expect, it } from "vitest";
import { buildCues } from "@/lib/export/build-cues";
import { escapeVttText, formatVtt } from "@/lib/export/format-vtt";
import { parseVtt } from "@/lib/parse/parse-vtt";
import { ADA, VOICE_2, makeEpisode } from "./episode-fixture";

describe("formatVtt", () => {
  it("writes a header, identified cues, voices and times on the episode clock", () => {
    const episode = makeEpisode(
      [
        { speakerId: "ada-lovelace", sentences: [{ text: "Hello there.", start: 1.5, end: 2.25 }] },
        { speakerId: "voice-2", sentences: [{ text: "Hi.", start: 3661, end: 3662.125 }] },
      ],
      [ADA, VOICE_2],
    );
    const [first, second] = buildCues(episode);
    expect(formatVtt(episode)).toBe(
      [
        "WEBVTT - Fixture episode",
        "",
        first?.id,
        "00:00:01.500 --> 00:00:02.250",
        "<v Ada Lovelace>Hello there.",
        "",
        second?.id,
        "01:01:01.000 --> 01:01:02.125",
        "<v Speaker 2>Hi.",
        "",
      ].join("\n"),
    );
  });

  it("escapes &, < and > in text and voices, so the file parses back to the same words", () => {
    const speaker = { id: "r-d", name: "R&D <Team>", label: "R&D <Team>", voices: [] };
    const episode = makeEpisode(
      [
        {
          speakerId: "r-d",
          sentences: [{ text: "Is 1 < 2 && 3 > 2? --> yes <b>bold</b>", start: 1, end: 4 }],
        },
      ],
      [speaker],
    );
    const vtt = formatVtt(episode);
    expect(vtt).toContain(
      "<v R&amp;D &lt;Team&gt;>Is 1 &lt; 2 &amp;&amp; 3 &gt; 2? --&gt; yes &lt;b&gt;bold&lt;/b&gt;",
    );
    const parsed = parseVtt(vtt, { strict: true });
    expect(parsed.ok && parsed.value.cues).toEqual([
      expect.objectContaining({ voice: "R&D <Team>", text: "Is 1 < 2 && 3 > 2? --> yes <b>bold</b>" }),
    ]);
    expect(escapeVttText("a&b<c>d")).toBe("a&amp;b&lt;c&gt;d");
  });

  it("carries editorial notes as NOTE comments before their cue, not as spoken text", () => {
    const episode = makeEpisode(
      [
        {
          speakerId: "ada-lovelace",
          sentences: [{ text: "I met Boudier [BOO-dee-ay], from Paris [a-->b].", start: 1, end: 5 }],
        },
      ],
      [ADA],
    );
    const [cue] = buildCues(episode);
    expect(formatVtt(episode)).toBe(
      [
        "WEBVTT - Fixture episode",
        "",
        "NOTE [BOO-dee-ay] [a->b]",
        "",
        cue?.id,
        "00:00:01.000 --> 00:00:05.000",
        "<v Ada Lovelace>I met Boudier, from Paris.",
        "",
      ].join("\n"),
    );
    const parsed = parseVtt(formatVtt(episode), { strict: true });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.cues.map((c) => c.text)).toEqual(["I met Boudier, from Paris."]);
  });

  it("keeps a title with line breaks or an arrow on one safe header line", () => {
    const episode = makeEpisode([], [], { title: "Part 1 -->\nPart 2" });
    expect(formatVtt(episode)).toBe("WEBVTT - Part 1 -> Part 2\n");
  });

  it("is a header alone for an empty or untimed transcript", () => {
    expect(formatVtt(makeEpisode([]))).toBe("WEBVTT - Fixture episode\n");
    expect(formatVtt(makeEpisode([{ sentences: [{ text: "Untimed." }] }]))).toBe(
      "WEBVTT - Fixture episode\n",
    );
  });

  it("wraps long sentences into cues of at most two lines that parse cleanly in strict mode", () => {
    const long =
      "When a sentence runs on and on, far longer than anyone could read in a single caption, " +
      "the export splits it into several cues, and each of them shows at most two short lines of text.";
    const episode = makeEpisode(
      [
        { speakerId: "ada-lovelace", sentences: [{ text: long, start: 5, end: 25 }] },
        { speakerId: "voice-2", sentences: [{ text: "Negative start.", start: -2, end: 26 }] },
      ],
      [ADA, VOICE_2],
    );
    const vtt = formatVtt(episode);
    const parsed = parseVtt(vtt, { strict: true });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.warnings).toEqual([]);
    const cues = buildCues(episode);
    expect(
      parsed.value.cues.map(({ start, end, voice, text }) => ({ start, end, speaker: voice, text })),
    ).toEqual(cues.map(({ start, end, speaker, text }) => ({ start, end, speaker, text })));
    for (const block of vtt.split("\n\n").slice(1)) {
      const payload = block.split("\n").slice(2);
      expect(payload.length).toBeLessThanOrEqual(2);
      expect(payload.join(" ").replace(/^<v [^>]*>/, "").length).toBeLessThanOrEqual(84);
    }
  });
});
