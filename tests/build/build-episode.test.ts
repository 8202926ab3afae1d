import { describe, expect, it } from "vitest";
import { buildEpisode, parseManifest } from "@/lib/build/build-episode";
import { encodeEpisode } from "@/lib/model/serialize-episode";

const bytes = (text: string) => new TextEncoder().encode(text);
const VTT =
  "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Speaker 1>Hello there, welcome.\n\n00:00:03.500 --> 00:00:06.000\n<v Speaker 2>Thanks for having me.\n";

describe("buildEpisode", () => {
  it("builds a valid model from a single VTT file and records its source", () => {
    const result = buildEpisode({
      slug: "solo",
      dir: "src/solo",
      files: [{ name: "a.vtt", bytes: bytes(VTT) }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(() => encodeEpisode(result.episode)).not.toThrow();
    expect(result.detected).toEqual([{ name: "a.vtt", format: "vtt" }]);
    expect(result.episode.sources[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.episode.sources[0]?.bytes).toBe(bytes(VTT).byteLength);
  });

  it("names the file and line of a broken source and builds nothing", () => {
    const broken = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nHello\n\n00:00:05.000 --> banana\nBye\n";
    const result = buildEpisode({
      slug: "bad",
      dir: "src/bad",
      files: [{ name: "b.vtt", bytes: bytes(broken) }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.file).toBe("src/bad/b.vtt");
    expect(result.errors[0]?.line).toBe(6);
  });

  it("rejects a file of no known format, naming it", () => {
    const result = buildEpisode({
      slug: "x",
      dir: "src/x",
      files: [{ name: "notes.md", bytes: bytes("just some words\n") }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ file: "src/x/notes.md", line: 1 });
  });

  it("reports an empty folder", () => {
    const result = buildEpisode({ slug: "empty", dir: "src/empty", files: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/no source files/);
  });

  it("applies the manifest's title and show", () => {
    const manifest = JSON.stringify({ title: "My title", show: "My show", published: "2024-05-01" });
    const result = buildEpisode({
      slug: "m",
      dir: "src/m",
      files: [{ name: "a.vtt", bytes: bytes(VTT) }],
      manifest,
    });
    expect(result.ok && result.episode.title).toBe("My title");
    expect(result.ok && result.episode.show).toBe("My show");
    expect(result.ok && result.episode.published).toBe("2024-05-01");
  });
});

describe("parseManifest", () => {
  it("accepts a valid manifest", () => {
    const { manifest, errors } = parseManifest(
      '{"title":"T","speakers":{"Speaker 1":{"name":"Ada","role":"host"}}}',
      "e.json",
    );
    expect(errors).toEqual([]);
    expect(manifest?.speakers?.["Speaker 1"]?.name).toBe("Ada");
  });

  it("points at the line of invalid JSON", () => {
    const { errors } = parseManifest('{\n  "title": "T",\n  "show": \n}\n', "e.json");
    expect(errors[0]?.file).toBe("e.json");
    expect(errors[0]?.line).toBeGreaterThanOrEqual(3);
    expect(errors[0]?.message).toMatch(/invalid JSON/);
  });

  it("points at the line of an invalid field and rejects unknown keys", () => {
    const { errors } = parseManifest('{\n  "title": "T",\n  "published": "yesterday"\n}', "e.json");
    expect(errors[0]).toMatchObject({ line: 3 });
    expect(errors[0]?.message).toMatch(/published/);
    expect(parseManifest('{"titel":"T"}', "e.json").errors.length).toBe(1);
  });
});

describe("buildEpisode with a feed's people and soundbites", () => {
  const namedVtt =
    "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ada Lovelace>Hello there, welcome.\n\n00:00:03.500 --> 00:00:06.000\n<v Speaker 2>Thanks for having me.\n";
  const manifest = JSON.stringify({
    duration: 1800,
    people: [
      { name: "Ada Lovelace", role: "host", img: "https://img.example/ada.jpg" },
      { name: "Charles Babbage", role: "producer", group: "cast" },
    ],
    soundbites: [{ start: 3.5, duration: 2.5, title: "The thanks" }],
  });

  it("puts the picture on the speaker who speaks, credits the others and marks the soundbites", () => {
    const result = buildEpisode({
      slug: "feed",
      dir: "src/feed",
      files: [{ name: "a.vtt", bytes: bytes(namedVtt) }],
      manifest,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { speakers, credits, highlights, duration } = result.episode;
    expect(speakers.find((s) => s.name === "Ada Lovelace")).toMatchObject({
      role: "host",
      image: "https://img.example/ada.jpg",
    });
    // The second voice stays anonymous: a list of people names nobody by itself.
    expect(speakers.find((s) => s.voices.includes("Speaker 2"))?.name).toBeUndefined();
    expect(credits).toEqual([{ name: "Charles Babbage", role: "producer", group: "cast" }]);
    expect(highlights).toEqual([
      { id: "h-1", start: 3.5, end: 6, duration: 2.5, title: "The thanks", source: "episode.json" },
    ]);
    // The feed's duration (the media's length) over the end of the last words.
    expect(duration).toBe(1800);
    expect(() => encodeEpisode(result.episode)).not.toThrow();
  });

  it("refuses a person's picture that is not an http(s) URL, naming the manifest", () => {
    const bad = JSON.stringify({ people: [{ name: "Eve", img: "javascript:alert(1)" }] });
    const result = buildEpisode({
      slug: "feed",
      dir: "src/feed",
      files: [{ name: "a.vtt", bytes: bytes(namedVtt) }],
      manifest: bad,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.file).toBe("src/feed/episode.json");
  });
});

describe("a feed's people as turn labels of a plain text", () => {
  const plain = "Ada Lovelace: Hello there.\n\nGrace Hopper: Hi. LEE SOUND mixed by me.\n";
  const textOf = (manifest: object) => {
    const result = buildEpisode({
      slug: "labels",
      dir: "src/labels",
      files: [{ name: "transcript.txt", bytes: bytes(plain) }],
      manifest: JSON.stringify(manifest),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const names = new Map(result.episode.speakers.map((s) => [s.id, s.name]));
    return result.episode.transcript.turns.map(
      (t) =>
        `${names.get(t.speakerId ?? "")}: ${t.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(" ")}`,
    );
  };

  it("leaves a producer's name in the words", () => {
    expect(
      textOf({ people: [{ name: "Lee Sound", role: "producer", group: "audio post-production" }] }),
    ).toEqual(["Ada Lovelace: Hello there.", "Grace Hopper: Hi. LEE SOUND mixed by me."]);
  });

  it("reads a cast member's name in capitals after a sentence as a new turn", () => {
    expect(textOf({ people: [{ name: "Lee Sound", role: "guest" }] })).toEqual([
      "Ada Lovelace: Hello there.",
      "Grace Hopper: Hi.",
      "Lee Sound: mixed by me.",
    ]);
  });
});
