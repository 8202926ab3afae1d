import { describe, expect, it } from "vitest";
import type { FeedItem } from "@/lib/feed/feed-schema";
import { buildManifest, chooseFolder, manifestBytes, planFiles } from "@/lib/feed/plan-item";
import { manifestSchema } from "@/lib/model/manifest-schema";

const ITEM: FeedItem = {
  guid: "loom-1",
  title: "Engines & looms",
  published: "2024-05-01",
  duration: 3723,
  enclosure: "https://cdn.loom.example/1.mp3",
  enclosureType: "audio/mpeg",
  people: [
    { name: "Ada Lovelace", role: "host" },
    { name: "Grace Hopper" },
    { name: "Charles Babbage", role: "editor", group: "post-production" },
  ],
  soundbites: [{ start: 73, duration: 60 }],
  transcripts: [
    { url: "https://loom.example/1.vtt", type: "text/vtt" },
    { url: "https://loom.example/1.es.vtt", type: "text/vtt", language: "es" },
    { url: "https://loom.example/1.json", type: "application/json" },
    { url: "https://loom.example/1.html", type: "text/html" },
    { url: "https://loom.example/1.srt", type: "application/x-subrip" },
    { url: "https://loom.example/1-transcript", type: "text/plain" },
  ],
  chapters: { url: "https://loom.example/1-chapters.json", type: "application/json+chapters" },
};

describe("planFiles", () => {
  it("names each file by its declared type, numbering a second of one type", () => {
    expect(planFiles(ITEM).map((f) => f.name)).toEqual([
      "transcript.vtt",
      "transcript-2.vtt",
      "transcript.json",
      "transcript.html",
      "transcript.srt",
      "transcript.txt",
      "chapters.json",
    ]);
  });
});

describe("chooseFolder", () => {
  it("is <show>-<title> as a slug, numbered when taken, cut at a dash when long", () => {
    expect(chooseFolder("The Loom", "Engines & Looms!", new Set())).toBe("the-loom-engines-looms");
    expect(chooseFolder("The Loom", "Engines & Looms!", new Set(["the-loom-engines-looms"]))).toBe(
      "the-loom-engines-looms-2",
    );
    const long = chooseFolder("The Loom", "word ".repeat(40), new Set());
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^the-loom-word(?:-word)+$/);
    expect(chooseFolder("Ωμέγα", "漢字", new Set())).toBe("show-episode");
  });
});

describe("buildManifest", () => {
  it("gives every fact the item has, its people as they are, and nothing it lacks", () => {
    const manifest = buildManifest(ITEM, "The Loom");
    expect(manifestSchema.parse(manifest)).toEqual({
      title: "Engines & looms",
      show: "The Loom",
      published: "2024-05-01",
      media: "https://cdn.loom.example/1.mp3",
      mediaType: "audio/mpeg",
      duration: 3723,
      guid: "loom-1",
      people: ITEM.people,
      soundbites: [{ start: 73, duration: 60 }],
    });
    expect(new TextDecoder().decode(manifestBytes(manifest))).toMatch(
      /^\{\n {2}"title": "Engines & looms",\n[^]*\}\n$/,
    );
  });

  it("leaves people and soundbites out when the item has none", () => {
    const bare = buildManifest({ guid: "g", people: [], soundbites: [], transcripts: [] }, "S");
    expect(bare).toEqual({ show: "S", guid: "g" });
  });
});
