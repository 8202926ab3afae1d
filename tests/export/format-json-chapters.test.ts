import { describe, expect, it } from "vitest";
import type { Note } from "@/lib/model/episode-schema";
import { formatJsonChapters, toJsonChapters } from "@/lib/export/format-json-chapters";
import { jsonChaptersSchema } from "./podcasting-schemas";
import { makeEpisode } from "./episode-fixture";

const note = (headingPath: string[], start?: number): Note => ({
  id: `n-${headingPath.join("-")}-${start ?? "x"}`,
  headingPath,
  text: "A claim.",
  ...(start !== undefined ? { start } : {}),
  links: [],
  tags: [],
  source: "notes.md",
});

describe("toJsonChapters", () => {
  it("uses sections first, with end times and links to the moment on the site", () => {
    const episode = makeEpisode([], [], {
      show: "The Show",
      sections: [
        { id: "b", title: "Second", start: 60, end: 120, source: "summary.md" },
        { id: "a", title: "First & foremost", start: 0, end: 60, source: "summary.md" },
      ],
      chapters: [{ id: "ignored", title: "Ignored", start: 5, source: "show-notes.md" }],
    });
    const json = toJsonChapters(episode, { origin: "https://example.org" });
    expect(jsonChaptersSchema.parse(json)).toEqual(json);
    expect(json).toEqual({
      version: "1.2.0",
      title: "Fixture episode",
      podcastName: "The Show",
      chapters: [
        {
          startTime: 0,
          title: "First & foremost",
          endTime: 60,
          url: "https://example.org/episodes/fixture-episode?t=0",
        },
        {
          startTime: 60,
          title: "Second",
          endTime: 120,
          url: "https://example.org/episodes/fixture-episode?t=60",
        },
      ],
    });
  });

  it("uses chapters next, clamping negative starts and dropping end times not after the start", () => {
    const episode = makeEpisode([], [], {
      chapters: [
        { id: "intro", title: "Intro", start: -3, end: 0, source: "show-notes.md" },
        { id: "main", title: "Main", start: 10, source: "show-notes.md" },
      ],
    });
    expect(toJsonChapters(episode).chapters).toEqual([
      { startTime: 0, title: "Intro" },
      { startTime: 10, title: "Main" },
    ]);
  });

  it("keeps a source chapter's own page, image and toc: false; others link to the moment", () => {
    const episode = makeEpisode([], [], {
      chapters: [
        { id: "a", title: "Intro", start: 0, img: "https://img.example/a.png", source: "chapters.json" },
        { id: "b", title: "Sponsor", start: 30, toc: false, source: "chapters.json" },
        { id: "c", title: "Paper", start: 60, url: "https://arxiv.example/p", source: "chapters.json" },
      ],
    });
    const json = toJsonChapters(episode, { origin: "https://example.org" });
    expect(json.chapters).toEqual([
      {
        startTime: 0,
        title: "Intro",
        url: "https://example.org/episodes/fixture-episode?t=0",
        img: "https://img.example/a.png",
      },
      {
        startTime: 30,
        title: "Sponsor",
        url: "https://example.org/episodes/fixture-episode?t=30",
        toc: false,
      },
      { startTime: 60, title: "Paper", url: "https://arxiv.example/p" },
    ]);
    expect(() => jsonChaptersSchema.parse(json)).not.toThrow();
  });

  it("makes one chapter per heading of the notes, at the first timed note under it, sorted by time", () => {
    const episode = makeEpisode([], [], {
      notes: [
        note([], 5),
        note(["Later topic"], undefined),
        note(["Later topic", "Detail"], 300),
        note(["Later topic", "Detail"], 200),
        note(["Early topic"], 100),
        note(["Untimed topic"]),
      ],
    });
    const json = toJsonChapters(episode);
    expect(jsonChaptersSchema.parse(json)).toEqual(json);
    expect(json.chapters).toEqual([
      { startTime: 100, title: "Early topic" },
      { startTime: 300, title: "Later topic" },
    ]);
  });

  it("divides notes that all sit under one title heading by the level below it", () => {
    const episode = makeEpisode([], [], {
      notes: [
        note(["Episode", "One"], 10),
        note(["Episode", "Two"], 20),
        note(["Episode", "Two", "Deep"], 30),
      ],
    });
    expect(toJsonChapters(episode).chapters.map((c) => c.title)).toEqual(["One", "Two"]);
  });

  it("is an empty list for an episode without sections, chapters or headed notes", () => {
    const text = formatJsonChapters(makeEpisode([], [], { notes: [note([], 4)] }));
    expect(JSON.parse(text)).toEqual({ version: "1.2.0", title: "Fixture episode", chapters: [] });
  });
});
