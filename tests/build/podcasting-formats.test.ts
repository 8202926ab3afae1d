import { describe, expect, it } from "vitest";
import { buildEpisode, type BuildResult } from "@/lib/build/build-episode";
import { episodeSchema, type Episode } from "@/lib/model/episode-schema";
import { serializeEpisode } from "@/lib/model/serialize-episode";

/**
 * End to end: a synthetic episode folder of Podcasting 2.0 files (a JSON or HTML transcript, JSON
 * chapters, an episode.json), built from bytes as `episodes build` builds it (strict), written
 * and read back as the site reads it.
 */

const bytes = (text: string) => new TextEncoder().encode(text);

function built(result: BuildResult): Extract<BuildResult, { ok: true }> {
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join("\n"));
  return result;
}

const readBack = (episode: Episode): Episode => episodeSchema.parse(JSON.parse(serializeEpisode(episode)));

/** [speaker, word, start, end]: two speakers, times to the millisecond. */
const WORDS: [string, string, number, number][] = [
  ["Ada Lovelace", "Welcome", 1.001, 1.4],
  ["Ada Lovelace", "back.", 1.45, 1.9],
  ["Ada Lovelace", "Today,", 2.2, 2.6],
  ["Ada Lovelace", "engines.", 2.65, 3.3],
  ["Charles Babbage", "Indeed", 64.002, 64.5],
  ["Charles Babbage", "they", 64.55, 64.7],
  ["Charles Babbage", "compute.", 64.75, 65.333],
  ["Ada Lovelace", "Thank", 130.5, 130.8],
  ["Ada Lovelace", "you.", 130.85, 131.2],
];

const TRANSCRIPT = JSON.stringify(
  {
    version: "1.0.0",
    segments: WORDS.map(([speaker, body, startTime, endTime]) => ({ speaker, startTime, endTime, body })),
  },
  null,
  2,
);

const CHAPTERS = JSON.stringify(
  {
    version: "1.2.0",
    title: "Engines of thought",
    chapters: [
      { startTime: 0, title: "Welcome", img: "https://example.org/welcome.jpg" },
      { startTime: 60, title: "Sponsor break", toc: false, endTime: 63.5 },
      {
        startTime: 64,
        title: "Computing",
        url: "https://example.org/engines",
        img: "https://example.org/c.png",
      },
      { startTime: 130, title: "Goodbye" },
    ],
  },
  null,
  2,
);

const HTML = [
  "<!DOCTYPE html><html><head><title>Engines of thought</title></head><body>",
  "<cite>Ada Lovelace:</cite><time>0:01</time><p>Welcome back. Today, engines.</p>",
  "<cite>Charles Babbage:</cite><time>1:04</time><p>Indeed they compute.</p>",
  "<cite>Ada Lovelace:</cite><time>2:10</time><p>Thank you.</p>",
  "</body></html>",
].join("\n");

const MANIFEST = JSON.stringify({ show: "Analytical", speakers: { "Ada Lovelace": { role: "host" } } });

/** Each main-transcript word as [speaker name, text, start, end]. */
function words(ep: Episode): [string | undefined, string, number | undefined, number | undefined][] {
  const name = new Map(ep.speakers.map((s) => [s.id, s.name]));
  return ep.transcript.turns.flatMap((t) =>
    t.paragraphs.flatMap((p) =>
      p.sentences.flatMap((s) =>
        s.words.map((w): [string | undefined, string, number | undefined, number | undefined] => [
          t.speakerId === undefined ? undefined : name.get(t.speakerId),
          w.text,
          w.start,
          w.end,
        ]),
      ),
    ),
  );
}

const EXPECTED_CHAPTERS = [
  {
    id: "welcome",
    title: "Welcome",
    start: 0,
    end: 60,
    img: "https://example.org/welcome.jpg",
    source: "chapters.json",
  },
  { id: "sponsor-break", title: "Sponsor break", start: 60, end: 63.5, toc: false, source: "chapters.json" },
  {
    id: "computing",
    title: "Computing",
    start: 64,
    end: 130,
    img: "https://example.org/c.png",
    url: "https://example.org/engines",
    source: "chapters.json",
  },
  { id: "goodbye", title: "Goodbye", start: 130, end: 131.2, source: "chapters.json" },
];

describe("build: a JSON transcript with JSON chapters", () => {
  const files = [
    { name: "transcript.json", bytes: bytes(TRANSCRIPT) },
    { name: "chapters.json", bytes: bytes(CHAPTERS) },
  ];
  const result = built(buildEpisode({ slug: "engines", dir: "src/engines", files, manifest: MANIFEST }));
  const ep = readBack(result.episode);

  it("detects both files from their content", () => {
    expect(result.detected).toEqual([
      { name: "transcript.json", format: "json-transcript" },
      { name: "chapters.json", format: "json-chapters" },
    ]);
  });

  it("gives the transcript's words, names and millisecond times", () => {
    expect(words(ep)).toEqual(WORDS.map(([speaker, word, start, end]) => [speaker, word, start, end]));
    expect(ep.transcript.provenance).toEqual({
      words: ["transcript.json"],
      names: ["transcript.json"],
      times: ["transcript.json"],
    });
    expect(ep.speakers.find((s) => s.name === "Ada Lovelace")?.role).toBe("host");
  });

  it("keeps the chapters with their ends, images, pages and toc: false, and their file's title", () => {
    expect(ep.chapters).toEqual(EXPECTED_CHAPTERS);
    expect(ep.title).toBe("Engines of thought");
    expect(ep.sources.find((s) => s.id === "chapters.json")?.used).toEqual(["title", "chapters"]);
  });

  it("builds the same model whatever the order of the files", () => {
    const again = built(
      buildEpisode({ slug: "engines", dir: "src/engines", files: [...files].reverse(), manifest: MANIFEST }),
    );
    expect(serializeEpisode(again.episode)).toBe(serializeEpisode(result.episode));
  });
});

describe("build: an HTML transcript with JSON chapters", () => {
  const files = [
    { name: "transcript.html", bytes: bytes(HTML) },
    { name: "chapters.json", bytes: bytes(CHAPTERS) },
  ];
  const result = built(buildEpisode({ slug: "engines", dir: "src/engines", files }));
  const ep = readBack(result.episode);

  it("gives the words, the cited names and each turn's start", () => {
    expect(result.detected.map((d) => d.format)).toEqual(["html-transcript", "json-chapters"]);
    expect(words(ep).map(([speaker, word]) => [speaker, word])).toEqual(WORDS.map(([s, w]) => [s, w]));
    expect(ep.transcript.turns.map((t) => t.start)).toEqual([1, 64, 130]);
    expect(ep.chapters.map((c) => [c.id, c.toc, c.img, c.url])).toEqual(
      EXPECTED_CHAPTERS.map((c) => [c.id, c.toc, c.img, c.url]),
    );
  });
});

describe("build: broken Podcasting 2.0 files", () => {
  it("names the file and the line of a broken segment, in strict mode", () => {
    const broken = TRANSCRIPT.replace('"startTime": 64.002', '"startTime": "1:04"');
    const line = broken.split("\n").findIndex((l) => l.includes('"1:04"'));
    const result = buildEpisode({
      slug: "x",
      dir: "src/x",
      files: [{ name: "t.json", bytes: bytes(broken) }],
    });
    expect(result.ok).toBe(false);
    // The segment's object opens on the line before its first field (speaker), two before startTime.
    if (!result.ok) expect(result.errors[0]).toMatchObject({ file: "src/x/t.json", line: line + 1 - 2 });
  });

  it("names the line where a chapters file's JSON breaks", () => {
    const broken = CHAPTERS.replace('"toc": false,', '"toc": false,,');
    const line = broken.split("\n").findIndex((l) => l.includes(",,")) + 1;
    const result = buildEpisode({
      slug: "x",
      dir: "src/x",
      files: [{ name: "c.json", bytes: bytes(broken) }],
    });
    expect(!result.ok && result.errors[0]).toMatchObject({ file: "src/x/c.json", line });
  });
});

describe("build: a JSON transcript beside anonymous captions of the same words", () => {
  const vtt = [
    "WEBVTT",
    "",
    "00:00:01.000 --> 00:00:03.300",
    "<v Speaker 1>Welcome back. Today, engines.",
    "",
    "00:01:04.000 --> 00:01:05.333",
    "<v Speaker 2>Indeed they compute.",
    "",
    "00:02:10.500 --> 00:02:11.200",
    "<v Speaker 1>Thank you.",
    "",
  ].join("\n");
  const files = [
    { name: "a-captions.vtt", bytes: bytes(vtt) },
    { name: "b-transcript.json", bytes: bytes(TRANSCRIPT) },
  ];
  const ep = readBack(built(buildEpisode({ slug: "engines", dir: "src/engines", files })).episode);

  it("takes words, names and times from the named, word-timed transcript and says the captions were not used", () => {
    expect(words(ep)).toEqual(WORDS.map(([speaker, word, start, end]) => [speaker, word, start, end]));
    expect(ep.transcript.provenance.times).toEqual(["b-transcript.json"]);
    expect(ep.warnings).toContainEqual({
      source: "a-captions.vtt",
      message: "Another source of the same kind was preferred: source ignored",
    });
  });
});
