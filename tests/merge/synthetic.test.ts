import { describe, expect, it } from "vitest";
import { mergeEpisode } from "@/lib/merge/merge-episode";
import type { Episode } from "@/lib/model/episode-schema";
import { encodeEpisode } from "@/lib/model/serialize-episode";
import type { Cue, ParsedDoc } from "@/lib/parse/types";
import { splitWords } from "@/lib/merge/text/split-words";
import { allTimes, sentencesOf, src, wordsOf } from "./helpers/episode-utils";
import { randomTurns, synthesize, type SynthOptions } from "./helpers/synthetic";

// Bob speaks first but is "Speaker 3"; Ann is "Speaker 2"; the promo voice is "Speaker 1".
const SPEAKERS = ["Bob Stone", "Ann Lee"];
const VOICES = { "Ann Lee": "Speaker 2", "Bob Stone": "Speaker 3" };
const PROMO = {
  voice: "Speaker 1",
  text: randomTurns(99, 60, ["X"])
    .map((t) => t.text)
    .join(" "),
};
const turns = randomTurns(1, 1500, SPEAKERS);

function merge(
  docs: Record<string, ParsedDoc>,
  extra: Partial<Parameters<typeof mergeEpisode>[0]> = {},
): Episode {
  const ep = mergeEpisode({
    slug: "synthetic",
    sources: Object.entries(docs).map(([id, doc]) => src(id, doc)),
    ...extra,
  });
  encodeEpisode(ep);
  return ep;
}

function all(o: Partial<SynthOptions>) {
  const v = synthesize({ turns, voices: VOICES, ...o });
  return { v, ep: merge({ "plain.txt": v.plain, "summary.txt": v.summary, "audio.vtt": v.vtt }) };
}

/** Share of clean words whose start is within `tol` s of the truth. */
function within(ep: Episode, truth: number[], tol: number): number {
  const words = wordsOf(ep);
  let ok = 0;
  words.forEach((w, i) => {
    if (w.start !== undefined && Math.abs(w.start - (truth[i] ?? NaN)) <= tol) ok++;
  });
  return ok / words.length;
}

/** Captions with a `seconds`-long ad by "Speaker 7" inserted at `fraction` of the cues (later cues shift). */
function withAd(cues: Cue[], fraction: number, seconds: number): Cue[] {
  const ad = randomTurns(77, Math.round(seconds * 2.2), ["X"])
    .map((t) => t.text)
    .join(" ");
  const mid = Math.floor(cues.length * fraction);
  const at = cues[mid]?.start ?? 0;
  const out = cues.map((c, i) => (i >= mid ? { ...c, start: c.start + seconds, end: c.end + seconds } : c));
  out.splice(mid, 0, { start: at, end: at + seconds - 1, voice: "Speaker 7", text: ad, line: 0 });
  return out;
}

const cleanWords = turns.flatMap((t) => splitWords(t.text).map((w) => w.text));

describe("clock fitting", () => {
  it("recovers a shifted clock (VTT = video + 42 s) and keeps the promo apart", () => {
    const { v, ep } = all({ offset: -42, promo: PROMO, noise: 0.05, seed: 3 });
    const clock = ep.sources.find((s) => s.id === "audio.vtt")?.clock;
    expect(clock?.offset).toBeGreaterThan(-43);
    expect(clock?.offset).toBeLessThan(-41);
    expect(Math.abs((clock?.rate ?? 0) - 1)).toBeLessThan(0.002);
    expect(within(ep, v.videoStart, 1)).toBeGreaterThan(0.97);
    expect(ep.transcript.outside).toHaveLength(1);
    const promo = ep.transcript.outside[0];
    expect(promo?.label).toMatch(/promo/i);
    expect(promo?.turns.every((t) => t.speakerId === "voice-1" && (t.start ?? 0) < 0)).toBe(true);
    expect(wordsOf(ep).map((w) => w.text)).toEqual(cleanWords);
  });

  it("does not take a promo that quotes the opening words for the real opening", () => {
    const opening = (turns[0]?.text ?? "").split(" ").slice(0, 6).join(" ");
    const promo = {
      voice: "Speaker 1",
      text: `${PROMO.text} ${opening} ${PROMO.text.split(" ").slice(0, 20).join(" ")}`,
    };
    // The real opening is misheard in the captions, so only the promo quotes it verbatim.
    const misspell = Object.fromEntries(
      opening
        .split(" ")
        .map((w) => [w.toLowerCase().replace(/[.?!,]/g, ""), `${w.replace(/[.?!,]/g, "")}zq`]),
    );
    const { v, ep } = all({ offset: -60, promo, misspell });
    const first = wordsOf(ep).slice(0, 6);
    first.forEach((w, i) => expect(Math.abs((w.start ?? -99) - (v.videoStart[i] ?? 0))).toBeLessThan(1));
    expect(ep.transcript.outside).toHaveLength(1);
    const promoText = ep.transcript.outside[0]?.turns
      .flatMap((t) => t.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)))
      .join(" ");
    expect(promoText).toBe(promo.text);
  });

  it.each([
    [0.5, 30],
    [0.3, 45],
  ])("follows a mid-roll ad only the audio has (at %s of the cues, %s s)", (fraction, seconds) => {
    const v = synthesize({ turns, voices: VOICES, offset: -42, promo: PROMO, noise: 0.03, seed: 5 });
    const cues = withAd(v.vtt.cues, fraction, seconds);
    const ep = merge({ "plain.txt": v.plain, "summary.txt": v.summary, "audio.vtt": { ...v.vtt, cues } });
    expect(within(ep, v.videoStart, 1)).toBeGreaterThan(0.95);
    expect(ep.transcript.outside).toHaveLength(2);
    expect(ep.transcript.outside[1]?.turns[0]?.speakerId).toBe("voice-7");
    expect(wordsOf(ep).map((w) => w.text)).toEqual(cleanWords);
  });

  it("recovers drift (rate 1.01)", () => {
    const { v, ep } = all({ offset: -10, rate: 1.01, noise: 0.05, seed: 4 });
    const clock = ep.sources.find((s) => s.id === "audio.vtt")?.clock;
    expect(clock?.rate).toBeGreaterThan(1.008);
    expect(clock?.rate).toBeLessThan(1.012);
    expect(clock?.offset).toBeGreaterThan(-11.5);
    expect(clock?.offset).toBeLessThan(-8.5);
    expect(within(ep, v.videoStart, 1)).toBeGreaterThan(0.97);
  });
});

describe("speakers", () => {
  it("names voices by shared words (not by order) despite word-late cue boundaries", () => {
    const late = turns.map((_, i) => i).filter((i) => i > 0 && i % 2 === 0);
    const { ep } = all({ lateBoundaryAt: late, offset: -5 });
    expect(ep.speakers.find((s) => s.name === "Bob Stone")?.voices).toEqual(["Speaker 3"]);
    expect(ep.speakers.find((s) => s.name === "Ann Lee")?.voices).toEqual(["Speaker 2"]);
    // Every turn is exactly one clean turn, with its clean speaker.
    expect(ep.transcript.turns).toHaveLength(turns.length);
    ep.transcript.turns.forEach((t, i) => {
      expect(t.speakerId).toBe(turns[i]?.speaker === "Ann Lee" ? "ann-lee" : "bob-stone");
      const text = t.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(" ");
      expect(text).toBe(turns[i]?.text);
    });
  });

  it("leaves a voice that matches no named turn unnamed and keeps its material outside", () => {
    const v = synthesize({ turns, voices: VOICES, offset: -3 });
    const cues = withAd(v.vtt.cues, 0.5, 20);
    const ep = merge({ "plain.txt": v.plain, "audio.vtt": { ...v.vtt, cues } });
    const stranger = ep.speakers.find((s) => s.voices.includes("Speaker 7"));
    expect(stranger).toMatchObject({ id: "voice-7", label: "Speaker 7" });
    expect(stranger?.name).toBeUndefined();
    expect(ep.warnings.some((w) => w.message.includes("Speaker 7"))).toBe(true);
    expect(ep.transcript.outside).toHaveLength(1);
    expect(ep.transcript.outside[0]?.turns[0]?.speakerId).toBe("voice-7");
    expect(wordsOf(ep).map((w) => w.text)).toEqual(cleanWords);
  });

  it("applies manifest overrides keyed by voice or by name", () => {
    const v = synthesize({ turns, voices: VOICES, offset: -42, promo: PROMO });
    const ep = merge(
      { "plain.txt": v.plain, "summary.txt": v.summary, "audio.vtt": v.vtt },
      {
        manifest: {
          title: "Manifest Title",
          show: "The Show",
          published: "2024-01-02",
          language: "fr",
          media: "/media/episode.mp3",
          speakers: { "Speaker 1": { name: "Announcer" }, "Ann Lee": { role: "Host" } },
        },
      },
    );
    expect(ep.speakers.find((s) => s.voices.includes("Speaker 1"))).toMatchObject({
      id: "announcer",
      name: "Announcer",
      nameSource: "episode.json",
    });
    expect(ep.speakers.find((s) => s.name === "Ann Lee")).toMatchObject({
      role: "Host",
      nameSource: "plain.txt",
    });
    expect(ep.transcript.provenance.names).toEqual(["plain.txt", "episode.json"]);
    expect(ep).toMatchObject({
      title: "Manifest Title",
      show: "The Show",
      published: "2024-01-02",
      language: "fr",
    });
    expect(ep.media[0]).toMatchObject({
      kind: "audio",
      url: "/media/episode.mp3",
      primary: true,
      source: "episode.json",
    });
    expect(ep.media[1]).toMatchObject({ kind: "youtube", primary: false, offset: 0 });
  });

  it("places a manifest audio file on the captions' clock: the audio runs 42 s ahead of the video", () => {
    const v = synthesize({ turns, voices: VOICES, offset: -42, promo: PROMO });
    const ep = merge(
      { "plain.txt": v.plain, "summary.txt": v.summary, "audio.vtt": v.vtt },
      { manifest: { media: "/media/episode.mp3" } },
    );
    const audio = ep.media.find((m) => m.kind === "audio");
    // mediaTime = episodeTime − offset: the video's 0 s is the audio's 42 s.
    expect(audio?.offset).toBeGreaterThan(-42.5);
    expect(audio?.offset).toBeLessThan(-41.5);
    expect(ep.sources.find((s) => s.id === "audio.vtt")?.used).toContain("media offset");
    expect(ep.warnings.filter((w) => w.source === "episode.json")).toEqual([]);
  });

  it("keeps a manifest audio file at offset 0 when the captions are the episode clock", () => {
    const v = synthesize({ turns, voices: VOICES, offset: -42, promo: PROMO });
    const ep = merge(
      { "plain.txt": v.plain, "audio.vtt": v.vtt },
      { manifest: { media: "/media/episode.mp3" } },
    );
    expect(ep.media).toEqual([
      expect.objectContaining({ kind: "audio", primary: true, offset: 0, source: "episode.json" }),
    ]);
    expect(ep.sources.find((s) => s.id === "audio.vtt")?.used).not.toContain("media offset");
  });

  it("warns when a manifest audio file cannot be placed on the summary page's video clock", () => {
    const v = synthesize({ turns, voices: VOICES, offset: -42, promo: PROMO });
    const ep = merge(
      { "plain.txt": v.plain, "summary.txt": v.summary },
      { manifest: { media: "/media/episode.mp3" } },
    );
    expect(ep.media[0]).toMatchObject({ kind: "audio", primary: true, offset: 0 });
    expect(ep.warnings).toEqual([
      {
        source: "episode.json",
        message: expect.stringMatching(/^Media "\/media\/episode\.mp3" has no captions .*summary\.txt/),
      },
    ]);
  });
});

describe("every subset of variants", () => {
  const v = synthesize({ turns, voices: VOICES, offset: -42, promo: PROMO, noise: 0.04, seed: 9 });
  const docs: Record<string, ParsedDoc> = {
    "plain.txt": v.plain,
    "summary.txt": v.summary,
    "audio.vtt": v.vtt,
  };
  const names = Object.keys(docs);
  const subsets = [1, 2, 3, 4, 5, 6, 7].map((mask) => names.filter((_, i) => mask & (1 << i)));

  it.each(subsets.map((s) => [s.join(" + "), s] as const))("%s", (_, ids) => {
    const ep = merge(Object.fromEntries(ids.map((id) => [id, docs[id] as ParsedDoc])));
    const has = (id: string) => ids.includes(id);
    const words = wordsOf(ep);
    for (const s of sentencesOf(ep)) expect(s.text).toBe(s.words.map((w) => w.text).join(" "));
    if (has("plain.txt") || has("summary.txt")) {
      expect(words.map((w) => w.text)).toEqual(cleanWords);
      expect(
        ep.speakers
          .filter((s) => s.name)
          .map((s) => s.name)
          .sort(),
      ).toEqual(["Ann Lee", "Bob Stone"]);
    } else {
      // Captions only: anonymous voices, cue starts exact.
      expect(ep.speakers.map((s) => s.id).sort()).toEqual(["voice-1", "voice-2", "voice-3"]);
      expect(ep.speakers.every((s) => s.name === undefined)).toBe(true);
      const firsts = new Set(v.vtt.cues.map((c) => Math.round(c.start * 1000) / 1000));
      const exact = words.filter((w) => w.timing === "exact");
      expect(exact.length).toBe(v.vtt.cues.length);
      for (const w of exact) expect(firsts.has(w.start ?? -1)).toBe(true);
      expect(ep.transcript.timing).toBe("exact");
    }
    if (has("audio.vtt") && (has("plain.txt") || has("summary.txt"))) {
      expect(ep.transcript.timing).toBe("aligned");
      const clock = ep.sources.find((s) => s.id === "audio.vtt")?.clock;
      if (has("summary.txt")) {
        expect(clock?.offset).toBeCloseTo(-42, 0);
        expect(within(ep, v.videoStart, 1)).toBeGreaterThan(0.95);
        expect(ep.transcript.outside[0]?.label).toMatch(/promo/i);
      } else {
        expect(clock).toEqual({ offset: 0, rate: 1 });
        expect(
          within(
            ep,
            v.videoStart.map((t) => t + 42),
            0.5,
          ),
        ).toBeGreaterThan(0.95);
        expect(ep.transcript.outside).toHaveLength(1);
        expect(ep.transcript.outside[0]?.turns[0]?.speakerId).toBe("voice-1");
      }
    }
    if (!has("audio.vtt") && has("summary.txt")) {
      expect(ep.transcript.timing).toBe("coarse");
      expect(words.every((w) => w.timing === "coarse")).toBe(true);
      expect(within(ep, v.videoStart, 4)).toBeGreaterThan(0.95);
    }
    if (ids.length === 1 && has("plain.txt")) {
      expect(ep.transcript.timing).toBe("none");
      expect(allTimes(ep)).toEqual([]);
      expect(ep.duration).toBeUndefined();
    }
    if (has("summary.txt")) expect(ep.duration).toBe(v.duration);
  });
});
