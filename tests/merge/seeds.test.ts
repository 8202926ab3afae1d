import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mergeEpisode, type MergeSource } from "@/lib/merge/merge-episode";
import { mapChunks } from "@/lib/merge/clock/map-chunks";
import type { Episode } from "@/lib/model/episode-schema";
import { encodeEpisode } from "@/lib/model/serialize-episode";
import { parseSource } from "@/lib/parse/parse-source";
import { firstMatchedWord, matchWords } from "@/lib/merge/align/match-words";
import { captionWordsOf } from "@/lib/merge/timing/caption-words";
import type { CaptionDoc, PlainTextDoc, SummaryPageDoc } from "@/lib/parse/types";
import { splitWords } from "@/lib/merge/text/split-words";
import { sentencesOf, src, wordsOf } from "./helpers/episode-utils";

const root = new URL("../../content/sources/", import.meta.url);
function load(path: string): MergeSource {
  const result = parseSource(readFileSync(new URL(path, root), "utf8"));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.errors)}`);
  return src(path.split("/").pop() ?? path, result.value);
}

const A = [
  "hugging-face-watsonx/summary-page.txt",
  "hugging-face-watsonx/transcript.txt",
  "hugging-face-watsonx/audio-captions.txt",
].map(load);
const [summarySrc, plainSrc, vttSrc] = A as [MergeSource, MergeSource, MergeSource];
const summary = summarySrc.doc as SummaryPageDoc;
const plain = plainSrc.doc as PlainTextDoc;

/**
 * The plain text's words with the line-wrap repairs that `ep`'s warnings record applied, in order:
 * any other difference from the plain text is a word changed without a warning.
 */
function plainWordsRepaired(ep: Episode): string[] {
  let text = plain.turns.flatMap((t) => splitWords(t.text).map((w) => w.text)).join(" ");
  let from = 0;
  const repairs = ep.warnings.filter(
    (w) => w.source === plainSrc.id && /joined as|written as/.test(w.message),
  );
  expect(repairs.length).toBeGreaterThan(0);
  for (const w of repairs) {
    const [, before = "", after = ""] = /"(.+)" (?:joined|written) as "(.+)"/.exec(w.message) ?? [];
    const at = text.indexOf(before, from);
    expect(at).toBeGreaterThanOrEqual(from);
    text = text.slice(0, at) + after + text.slice(at + before.length);
    from = at + after.length;
  }
  return splitWords(text).map((w) => w.text);
}

const t0 = performance.now();
const episodeA: Episode = mergeEpisode({ slug: "hugging-face-watsonx", sources: A });
const mergeMs = performance.now() - t0;

describe("episode A (summary page + plain text + audio VTT)", () => {
  it("is valid and deterministic, whatever the order of sources", () => {
    expect(() => encodeEpisode(episodeA)).not.toThrow();
    expect(mergeEpisode({ slug: "hugging-face-watsonx", sources: A })).toEqual(episodeA);
    expect(mergeEpisode({ slug: "hugging-face-watsonx", sources: [...A].reverse() })).toEqual(episodeA);
  });

  it("names the three speakers from the text and leaves the promo voice unnamed", () => {
    const named = episodeA.speakers.filter((s) => s.name !== undefined);
    expect(named.map((s) => s.name).sort()).toEqual(["Jeff Boudier", "Malcolm Gladwell", "Tim Harford"]);
    for (const s of named) expect(s.voices.length).toBeGreaterThan(0);
    const promo = episodeA.speakers.find((s) => s.name === undefined);
    expect(promo).toMatchObject({ id: "voice-1", label: "Speaker 1", voices: ["Speaker 1"] });
    expect(episodeA.warnings.some((w) => w.message.includes("Speaker 1"))).toBe(true);
  });

  it("keeps the audio promo apart, before 0 on the video clock", () => {
    expect(episodeA.transcript.outside).toHaveLength(1);
    const [promo] = episodeA.transcript.outside;
    expect(promo?.source).toBe(vttSrc.id);
    expect(promo?.turns.every((t) => t.speakerId === "voice-1")).toBe(true);
    expect(promo?.turns[0]?.start).toBeLessThan(-50);
    const text = promo?.turns
      .flatMap((t) => t.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)))
      .join(" ");
    expect(text?.startsWith("Welcome to Tech Stuff")).toBe(true);
    expect(text?.endsWith("learn more at IBM dot com slash smart Talks.")).toBe(true);
    expect(text).not.toContain("Hello");
  });

  it("leads the one-model myth point to its discussion in the section on it, not to the intro", () => {
    const myth = episodeA.keyPoints.find((k) => /omnipotent/.test(k.text));
    const section = episodeA.sections.find((s) => /One.Model Myth/.test(s.title));
    const starts = new Map(sentencesOf(episodeA).map((s) => [s.id, s.start ?? Number.NaN]));
    const first = myth?.support[0];
    expect(first?.kind).toBe("discussed");
    const start = starts.get(first?.sentenceId ?? "");
    const end = starts.get(first?.endSentenceId ?? "");
    expect(start).toBeGreaterThanOrEqual(section?.start ?? Infinity);
    expect(end).toBeLessThan(section?.end ?? -Infinity);
    expect(end).toBeGreaterThan(start ?? Infinity);
  });

  it("has the 9 sections, 4 supported key points and duration 1842", () => {
    expect(episodeA.sections.map((s) => s.start)).toEqual([0, 251, 555, 758, 948, 1159, 1374, 1618, 1805]);
    expect(episodeA.sections.map((s) => s.end)).toEqual([251, 555, 758, 948, 1159, 1374, 1618, 1805, 1842]);
    expect(new Set(episodeA.sections.map((s) => s.id)).size).toBe(9);
    expect(episodeA.keyPoints).toHaveLength(4);
    const ids = new Set(sentencesOf(episodeA).map((s) => s.id));
    for (const kp of episodeA.keyPoints) {
      expect(kp.support.length).toBeGreaterThanOrEqual(1);
      expect(kp.support.length).toBeLessThanOrEqual(3);
      for (const s of kp.support) expect(ids.has(s.sentenceId) && ids.has(s.endSentenceId)).toBe(true);
    }
    expect(episodeA.duration).toBe(1842);
    expect(episodeA.media[0]).toMatchObject({
      kind: "youtube",
      youtubeId: "THEQbJIAxvE",
      primary: true,
      offset: 0,
      source: summarySrc.id,
    });
  });

  it("contains every plain-text word exactly once, in order, but for the repairs its warnings record; title line is the title", () => {
    expect(wordsOf(episodeA).map((w) => w.text)).toEqual(plainWordsRepaired(episodeA));
    expect(episodeA.title).toBe(plain.title);
    expect(episodeA.titles.map((t) => t.source)).toContain(summarySrc.id);
    for (const s of sentencesOf(episodeA)) expect(s.text).toBe(s.words.map((w) => w.text).join(" "));
    const notes = wordsOf(episodeA).filter((w) => w.note);
    expect(notes.map((w) => w.text)).toContain("[BOO-dee-ay],");
    expect(notes.every((w) => w.start === undefined && w.timing === undefined)).toBe(true);
  });

  it("puts turn boundaries where the clean text has them", () => {
    const sents = sentencesOf(episodeA);
    expect(sents.find((s) => s.text.includes("So I'm immediately intrigued"))?.speakerId).toBe("tim-harford");
    expect(sents.find((s) => s.text.includes("and I'm a Product Director at Hugging Face."))?.speakerId).toBe(
      "jeff-boudier",
    );
  });

  it("attributes every turn as its captions say: the majority voice over its aligned words", () => {
    const captions = captionWordsOf((vttSrc.doc as CaptionDoc).cues);
    const words = wordsOf(episodeA).map((w) => ({ text: w.text, note: w.note === true }));
    const captionOf = firstMatchedWord(matchWords(words, captions), words.length);
    const speakerOfVoice = new Map(episodeA.speakers.flatMap((s) => s.voices.map((v) => [v, s.id] as const)));
    let w = 0;
    const heard = episodeA.transcript.turns.map((turn) => {
      const votes = new Map<string, number>();
      for (const s of turn.paragraphs.flatMap((p) => p.sentences))
        for (const _ of s.words) {
          const voice = captions[captionOf[w++] ?? -1]?.voice;
          const id = voice !== undefined ? speakerOfVoice.get(voice) : undefined;
          if (id !== undefined) votes.set(id, (votes.get(id) ?? 0) + 1);
        }
      const majority = [...votes].sort((x, y) => y[1] - x[1])[0]?.[0];
      return { turn: turn.id, speaker: turn.speakerId, heard: majority };
    });
    expect(heard.filter((t) => t.heard !== t.speaker)).toEqual([]);
    expect(heard.length).toBeGreaterThan(40);
    const jeff = sentencesOf(episodeA).find((s) =>
      s.text.startsWith("Yeah, I think you nailed it on the head."),
    );
    expect(jeff?.speakerId).toBe("jeff-boudier");
    expect(wordsOf(episodeA).some((x) => x.text === "JEFF")).toBe(false);
  });

  it("times words on the video clock", () => {
    const clock = episodeA.sources.find((s) => s.id === vttSrc.id)?.clock;
    expect(clock?.offset).toBeGreaterThan(-66);
    expect(clock?.offset).toBeLessThan(-60);
    expect(Math.abs((clock?.rate ?? 0) - 1)).toBeLessThan(0.01);
    const sents = sentencesOf(episodeA);
    const holder = sents.find((s) => s.words.some((w) => w.text.includes("Attention")));
    const attention = holder?.words.find((w) => w.text.includes("Attention"));
    expect(Math.abs((attention?.start ?? 0) - 516)).toBeLessThanOrEqual(1);
    expect(holder?.text.startsWith("And we call them “transformers” because")).toBe(true);
    expect(holder?.start).toBeGreaterThanOrEqual(501);
    expect(holder?.start).toBeLessThanOrEqual(505);
    expect(episodeA.transcript.timing).toBe("aligned");
    expect(episodeA.transcript.provenance).toEqual({
      words: [plainSrc.id],
      names: [plainSrc.id],
      times: [vttSrc.id, summarySrc.id],
    });
  });

  it("starts ≥ 95 % of sentences inside their summary chunk's window (±1 s)", () => {
    const words = wordsOf(episodeA).map((w) => ({ text: w.text, note: w.note === true }));
    const names = [...new Set(plain.turns.map((t) => t.speaker ?? ""))].filter((n) => n);
    const anchors = mapChunks(summary.chunks, names, words);
    let k = -1;
    let wi = 0;
    let inside = 0;
    let total = 0;
    for (const s of sentencesOf(episodeA)) {
      while (k + 1 < anchors.length && (anchors[k + 1]?.word ?? Infinity) <= wi) k++;
      wi += s.words.length;
      const chunk = anchors[k];
      if (!chunk || s.start === undefined) continue;
      const next = anchors[k + 1]?.start ?? episodeA.duration ?? Infinity;
      total++;
      if (s.start >= chunk.start - 1 && s.start <= next + 1) inside++;
    }
    const aligned = wordsOf(episodeA).filter((w) => w.timing === "aligned").length;
    const timed = wordsOf(episodeA).filter((w) => !w.note).length;
    console.log(
      `seed A: merge ${mergeMs.toFixed(0)} ms (cold); aligned words ${aligned}/${timed} = ${((100 * aligned) / timed).toFixed(1)} %; ` +
        `clock ${JSON.stringify(episodeA.sources.find((s) => s.id === vttSrc.id)?.clock)}; sentences in window ${inside}/${total} = ${((100 * inside) / total).toFixed(1)} %`,
    );
    expect(total).toBeGreaterThan(200);
    expect(inside / total).toBeGreaterThanOrEqual(0.95);
  });

  it("records what each source gave", () => {
    const used = Object.fromEntries(episodeA.sources.map((s) => [s.id, s.used]));
    expect(used[plainSrc.id]).toEqual(expect.arrayContaining(["words", "names", "title"]));
    expect(used[vttSrc.id]).toEqual(expect.arrayContaining(["times", "clock", "voices", "outside"]));
    expect(used[summarySrc.id]).toEqual(
      expect.arrayContaining(["sections", "key points", "clock", "duration", "summary", "media"]),
    );
    expect(episodeA.summary).toEqual(summary.summary.map((x) => x.replace(/\s+/gu, " ").trim()));
  });
});

describe("every subset of episode A's variants", () => {
  const subsets = [1, 2, 3, 4, 5, 6, 7].map((mask) => A.filter((_, i) => mask & (1 << i)));
  it.each(subsets.map((s) => [s.map((x) => x.id).join(" + "), s] as const))(
    "%s builds a valid episode",
    (_, sources) => {
      const ep = mergeEpisode({ slug: "a", sources: [...sources] });
      expect(() => encodeEpisode(ep)).not.toThrow();
      const ids = sources.map((s) => s.id);
      const words = wordsOf(ep);
      expect(words.length).toBeGreaterThan(3000);
      if (ids.includes(plainSrc.id)) expect(words.map((w) => w.text)).toEqual(plainWordsRepaired(ep));
      if (ids.includes(plainSrc.id) || ids.includes(summarySrc.id))
        expect(
          ep.speakers
            .filter((s) => s.name)
            .map((s) => s.name)
            .sort(),
        ).toEqual(["Jeff Boudier", "Malcolm Gladwell", "Tim Harford"]);
      else expect(ep.speakers.every((s) => s.name === undefined)).toBe(true);
      const expectedTiming = ids.includes(vttSrc.id)
        ? ids.length === 1
          ? "exact"
          : "aligned"
        : ids.includes(summarySrc.id)
          ? "coarse"
          : "none";
      expect(ep.transcript.timing).toBe(expectedTiming);
      if (expectedTiming === "none") expect(words.every((w) => w.start === undefined)).toBe(true);
      if (ids.includes(summarySrc.id)) expect(ep.sections).toHaveLength(9);
    },
  );
});

describe("episode B (timestamped notes) and C (show notes)", () => {
  it("B has 58 timestamped notes and its video", () => {
    const b = load("acquired-ai-builders/notes.txt");
    const ep = mergeEpisode({ slug: "acquired-ai-builders", sources: [b] });
    expect(() => encodeEpisode(ep)).not.toThrow();
    expect(ep.notes.filter((n) => n.start !== undefined)).toHaveLength(58);
    expect(new Set(ep.notes.map((n) => n.id)).size).toBe(ep.notes.length);
    expect(ep.notes.some((n) => n.tags.includes("AI and Automation in Customer Service"))).toBe(true);
    expect(ep.media[0]).toMatchObject({
      kind: "youtube",
      youtubeId: "hzc1covUhYM",
      url: "https://www.youtube.com/watch?v=hzc1covUhYM",
      primary: true,
    });
    expect(ep.title).toBe("AI Builders and technology");
    expect(ep.transcript.timing).toBe("none");
  });

  it("C has 13 chapters, takeaways as key points, other blocks kept", () => {
    const c = load("cyber-sentries-open-source-ai/show-notes.txt");
    const ep = mergeEpisode({ slug: "cyber-sentries-open-source-ai", sources: [c] });
    expect(() => encodeEpisode(ep)).not.toThrow();
    expect(ep.chapters).toHaveLength(13);
    expect(ep.chapters[0]).toMatchObject({ id: "welcome-to-cyber-sentries", start: 4, end: 55 });
    expect(ep.keyPoints).toHaveLength(3);
    expect(ep.keyPoints.every((k) => k.support.length === 0)).toBe(true);
    expect(ep.blocks.length).toBeGreaterThan(0);
    expect(ep.blocks.some((b) => /key\s+takeaways/i.test(b.heading ?? ""))).toBe(false);
    expect(ep.summary.length).toBeGreaterThan(0);
    expect(ep.title).toBe("Open Source AI: Transparency, Sovereignty, and Who Controls the Data");
  });
});
