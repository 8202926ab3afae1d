import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  hashFileIfExists,
  moveIntoPlace,
  openStaging,
  readFeedFile,
  readFeedRecord,
  removeStaging,
  writeFeedRecord,
  writeStaged,
} from "@/lib/content/feed-files";
import { listEpisodeFolders } from "@/lib/content/source-files";
import type { FeedRecord } from "@/lib/model/feed-record-schema";

const temp = () => mkdtempSync(path.join(tmpdir(), "feed-files-"));
const RECORD: FeedRecord = {
  version: 1,
  feeds: {
    "https://loom.example/feed.xml": {
      title: "The Loom",
      etag: '"f1"',
      fetchedAt: "2024-05-01T10:00:00.000Z",
      items: [
        {
          guid: "loom-1",
          folder: "the-loom-engines",
          title: "Engines",
          files: { "transcript.vtt": { url: "https://loom.example/1.vtt", sha256: "a".repeat(64), etag: '"t1"' } },
        },
      ],
    },
  },
};

describe("feed files", () => {
  it("reads back the record it wrote, and an empty one when there is none", () => {
    const root = temp();
    expect(readFeedRecord(root)).toEqual({ version: 1, feeds: {} });
    writeFeedRecord(root, RECORD);
    expect(readFeedRecord(root)).toEqual(RECORD);
    expect(readdirSync(root)).toEqual([".feeds.json"]);
  });

  it("names the record's file and the problem when it is broken", () => {
    const root = temp();
    writeFileSync(path.join(root, ".feeds.json"), "{ nope");
    expect(() => readFeedRecord(root)).toThrow(/\.feeds\.json: not JSON/);
    writeFileSync(path.join(root, ".feeds.json"), JSON.stringify({ version: 2, feeds: {} }));
    expect(() => readFeedRecord(root)).toThrow(/\.feeds\.json: version: /);
  });

  it("reads a feed file up to the cap and refuses a larger one", () => {
    const dir = temp();
    writeFileSync(path.join(dir, "small.xml"), "<rss/>");
    writeFileSync(path.join(dir, "big.xml"), Buffer.alloc(2048, 0x20));
    expect(new TextDecoder().decode(readFeedFile(path.join(dir, "small.xml"), 1024))).toBe("<rss/>");
    expect(() => readFeedFile(path.join(dir, "big.xml"), 1024)).toThrow(/big\.xml: larger than the/);
    expect(() => readFeedFile(path.join(dir, "none.xml"), 1024)).toThrow(/none\.xml: no such file/);
  });

  it("stages downloads in a hidden folder the build does not list, and moves them into place", () => {
    const root = temp();
    const staging = openStaging(root);
    const staged = writeStaged(staging, "the-loom-engines", "transcript.vtt", new TextEncoder().encode("WEBVTT\n"));
    expect(listEpisodeFolders([root])).toEqual({ folders: [], problems: [] });
    moveIntoPlace(staged, root, "the-loom-engines", "transcript.vtt");
    removeStaging(staging);
    expect(existsSync(staging)).toBe(false);
    expect(hashFileIfExists(path.join(root, "the-loom-engines", "transcript.vtt"))).toMatch(/^[0-9a-f]{64}$/);
    expect(hashFileIfExists(path.join(root, "none"))).toBeUndefined();
    expect(listEpisodeFolders([root]).folders.map((f) => f.slug)).toEqual(["the-loom-engines"]);
  });
});
