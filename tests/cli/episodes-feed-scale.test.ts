import { mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "./helpers/synthetic-library";
import { hashTree, startFeedServer } from "../feed/helpers/feed-server";
import { serveGeneratedFeed } from "../feed/helpers/generated-feed";

let server: Awaited<ReturnType<typeof startFeedServer>>;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

describe("episodes feed: a 1,000-item feed", () => {
  it("ingests every item, then a refresh makes one conditional request and changes nothing", async () => {
    const url = serveGeneratedFeed(server, 1000);
    const dir = mkdtempSync(path.join(tmpdir(), "episodes-feed-scale-"));
    const [sources, out] = [path.join(dir, "sources"), path.join(dir, "out")];
    mkdirSync(sources);
    const args = ["--sources", sources, "--out", out, "--no-index", "--quiet"];

    let started = performance.now();
    const added = await cli(["feed", "add", url, ...args]);
    const ingestMs = performance.now() - started;
    expect(added.code, added.err.slice(0, 5).join("\n")).toBe(0);
    expect(added.err.filter((l) => l.startsWith("warning"))).toEqual([]);
    expect(
      added.err.filter((l) => /^\[\d+\/1000\] generated-episode-\d+-looms-and-engines: new;/u.test(l)),
    ).toHaveLength(1000);
    expect(readdirSync(sources).filter((n) => !n.startsWith("."))).toHaveLength(1000);
    expect(added.out.at(-1)).toMatch(/: 1000 built, 0 unchanged, 0 removed/);
    expect(server.count("/gen/feed.xml")).toBe(1);
    expect(server.seen.filter((s) => s.path.endsWith(".vtt") && s.status === 200)).toHaveLength(1000);
    expect(new Set(server.seen.map((s) => s.userAgent))).toEqual(
      new Set([expect.stringMatching(/^EpisodeExplorer\//)]),
    );

    const before = hashTree(dir);
    const from = server.seen.length;
    started = performance.now();
    const refreshed = await cli(["feed", "refresh", ...args]);
    const refreshMs = performance.now() - started;
    expect(refreshed.code).toBe(0);
    expect(server.seen.slice(from)).toEqual([
      expect.objectContaining({ path: "/gen/feed.xml", ifNoneMatch: '"gen-1000"', status: 304 }),
    ]);
    expect(hashTree(dir)).toEqual(before);
    expect(refreshMs).toBeLessThan(5_000);
    expect(ingestMs).toBeLessThan(120_000);
    // Printed for the record: how long the two took on this machine.
    console.info(
      `feed 1,000 items: first ingest ${(ingestMs / 1000).toFixed(1)} s, refresh ${refreshMs.toFixed(0)} ms`,
    );
  }, 180_000);
});
