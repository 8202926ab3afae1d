import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mergeEpisode, type MergeSource } from "@/lib/merge/merge-episode";
import type { Episode } from "@/lib/model/episode-schema";
import { encodeEpisode } from "@/lib/model/serialize-episode";
import { parseSource } from "@/lib/parse/parse-source";
import type { CaptionDoc } from "@/lib/parse/types";
import { splitWords } from "@/lib/merge/text/split-words";
import { src, wordsOf } from "./helpers/episode-utils";

const root = new URL("../../content/sources/", import.meta.url);
const readSeed = (path: string): string => readFileSync(new URL(path, root), "utf8");

/** Parses text that must be valid in strict mode (as the build reads it). */
function load(id: string, text: string): MergeSource {
  const result = parseSource(text, { strict: true });
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return src(id, result.value);
}

const merge = (sources: MergeSource[]): Episode => {
  const ep = mergeEpisode({ slug: "json", sources });
  encodeEpisode(ep);
  return ep;
};

/** The model's words as [text, start, end, speaker name or label]. */
function timedWords(ep: Episode): [string, number | undefined, number | undefined, string | undefined][] {
  const nameOf = new Map(ep.speakers.map((s) => [s.id, s.name ?? s.label]));
  return ep.transcript.turns.flatMap((t) =>
    t.paragraphs.flatMap((p) =>
      p.sentences.flatMap((s) =>
        s.words.map((w): [string, number | undefined, number | undefined, string | undefined] => [
          w.text,
          w.start,
          w.end,
          t.speakerId === undefined ? undefined : nameOf.get(t.speakerId),
        ]),
      ),
    ),
  );
}

describe("merge: a word-level JSON transcript alone", () => {
  const words: [string, string, number, number][] = [
    ["Ann Lee", "Welcome", 0.512, 0.9],
    ["Ann Lee", "to", 0.95, 1.05],
    ["Ann Lee", "the", 1.1, 1.2],
    ["Ann Lee", "show.", 1.25, 1.7],
    ["Bob Stone", "Thanks", 2.003, 2.4],
    ["Bob Stone", "for", 2.41, 2.55],
    ["Bob Stone", "having", 2.6, 2.9],
    ["Bob Stone", "me.", 2.95, 3.333],
    ["Ann Lee", "Let's", 4.1, 4.3],
    ["Ann Lee", "begin.", 4.35, 4.8],
  ];
  const json = JSON.stringify(
    {
      version: "1.0.0",
      segments: words.map(([speaker, body, startTime, endTime]) => ({ speaker, startTime, endTime, body })),
    },
    null,
    2,
  );
  const ep = merge([load("transcript.json", json)]);

  it("gives the words, the names and every word's own times (exact), all from the transcript", () => {
    expect(timedWords(ep)).toEqual(words.map(([speaker, body, start, end]) => [body, start, end, speaker]));
    expect(wordsOf(ep).every((w) => w.timing === "exact")).toBe(true);
    expect(ep.transcript.provenance).toEqual({
      words: ["transcript.json"],
      names: ["transcript.json"],
      times: ["transcript.json"],
    });
    expect(ep.transcript.timing).toBe("exact");
    expect(ep.sources).toMatchObject([{ id: "transcript.json", format: "json-transcript" }]);
    expect(ep.sources[0]?.used).toEqual(expect.arrayContaining(["words", "names", "times"]));
  });

  it("makes a turn per change of speaker, named speakers with no warning about unnamed voices", () => {
    expect(ep.transcript.turns.map((t) => t.speakerId)).toEqual(["ann-lee", "bob-stone", "ann-lee"]);
    expect(ep.speakers.map((s) => [s.id, s.name])).toEqual([
      ["ann-lee", "Ann Lee"],
      ["bob-stone", "Bob Stone"],
    ]);
    expect(ep.warnings).toEqual([]);
  });
});

/** The seed's captions as a Podcasting 2.0 JSON transcript: one segment per cue, the voice as speaker. */
function asPhraseJson(doc: CaptionDoc): string {
  const segments = doc.cues.map((c) => ({
    ...(c.voice !== undefined ? { speaker: c.voice } : {}),
    startTime: c.start,
    endTime: c.end,
    body: c.text,
  }));
  return JSON.stringify({ version: "1.0.0", segments }, null, 2);
}

/** …and one segment per word, each word timed as the VTT's cue spreads it (by length, the last to the end). */
function asWordJson(doc: CaptionDoc): string {
  const segments = doc.cues.flatMap((c) => {
    const pieces = splitWords(c.text);
    const total = pieces.reduce((s, p) => s + p.text.length + 1, 0);
    const span = Math.max(0, c.end - c.start);
    let cursor = 0;
    return pieces.map((p, k) => {
      const startTime = c.start + (cursor * span) / total;
      cursor += p.text.length + 1;
      const endTime = k === pieces.length - 1 ? Math.max(c.start, c.end) : c.start + (cursor * span) / total;
      return { ...(c.voice !== undefined ? { speaker: c.voice } : {}), startTime, endTime, body: p.text };
    });
  });
  return JSON.stringify({ version: "1.0.0", segments });
}

/** Words, speakers and times of two models agree: same words and speakers, times within 1 ms. */
function expectSameWithin1ms(actual: Episode, expected: Episode): void {
  const a = timedWords(actual);
  const e = timedWords(expected);
  expect(a.map((w) => [w[0], w[3]])).toEqual(e.map((w) => [w[0], w[3]]));
  const far = a.filter((w, i) => {
    const x = e[i];
    const off = (p?: number, q?: number): boolean =>
      (p === undefined) !== (q === undefined) || Math.abs((p ?? 0) - (q ?? 0)) > 0.001;
    return !x || off(w[1], x[1]) || off(w[2], x[2]);
  });
  expect(far).toEqual([]);
}

describe("merge: the seed's captions converted to a JSON transcript build what the VTT builds", () => {
  const vttText = readSeed("hugging-face-watsonx/audio-captions.txt");
  const vtt = load("audio-captions.vtt", vttText);
  const vttDoc = vtt.doc as CaptionDoc;
  const fromVtt = merge([vtt]);

  it("as phrase segments: same words, speakers and times (±1 ms), captions alone", () => {
    const fromJson = merge([load("audio-captions.json", asPhraseJson(vttDoc))]);
    expect(wordsOf(fromVtt).length).toBeGreaterThan(4000);
    expectSameWithin1ms(fromJson, fromVtt);
  });

  it("as one segment per word: same words, speakers and times (±1 ms), every word's time exact", () => {
    const fromJson = merge([load("audio-words.json", asWordJson(vttDoc))]);
    expectSameWithin1ms(fromJson, fromVtt);
    expect(
      wordsOf(fromJson)
        .filter((w) => !w.note)
        .every((w) => w.timing === "exact"),
    ).toBe(true);
  });

  it("with the plain text and the summary page: the same model of episode A, within 1 ms", () => {
    const others = ["summary-page.txt", "transcript.txt"].map((f) =>
      load(f, readSeed(`hugging-face-watsonx/${f}`)),
    );
    const withVtt = merge([...others, vtt]);
    const withJson = merge([...others, load("audio-captions.vtt", asPhraseJson(vttDoc))]);
    expectSameWithin1ms(withJson, withVtt);
    expect(withJson.speakers.map((s) => s.name)).toEqual(withVtt.speakers.map((s) => s.name));
    expect(withJson.transcript.outside.length).toBe(withVtt.transcript.outside.length);
    // One segment per word: the same words, names and times again.
    expectSameWithin1ms(merge([...others, load("audio-words.json", asWordJson(vttDoc))]), withVtt);
  });
});
