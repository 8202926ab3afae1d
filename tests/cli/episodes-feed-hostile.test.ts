import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "./helpers/synthetic-library";
import { hashTree, rssFeed, startFeedServer } from "../feed/helpers/feed-server";

const root = path.resolve(__dirname, "../..");
const VTT =
  "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ada Lovelace>The engine weaves algebraical patterns.\n";
const BOMB = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
]>
<rss version="2.0"><channel><title>&e;</title></channel></rss>`;
const EXTERNAL = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>`;

let server: Awaited<ReturnType<typeof startFeedServer>>;
let library: { dir: string; sources: string; out: string };

const feedWith = (url: string) =>
  rssFeed({
    title: "Hostile",
    items: [{ guid: "h1", title: "Bad link", transcripts: [{ url, type: "text/vtt" }] }],
  });

beforeAll(async () => {
  let streamed = 0;
  server = await startFeedServer({
    "/good/feed.xml": {
      type: "application/rss+xml",
      etag: '"good"',
      body: rssFeed({
        title: "Good",
        items: [{ guid: "g1", title: "One", transcripts: [{ url: "/good/1.vtt", type: "text/vtt" }] }],
      }),
    },
    "/bad/malformed.xml": { type: "application/rss+xml", body: "<rss><channel><title>x</channel></rss>" },
    "/bad/bomb.xml": { type: "application/rss+xml", body: BOMB },
    "/bad/external.xml": { type: "application/rss+xml", body: EXTERNAL },
    "/bad/file-url.xml": { type: "application/rss+xml", body: feedWith("file:///etc/passwd") },
    "/bad/javascript-url.xml": { type: "application/rss+xml", body: feedWith("javascript:alert(1)") },
    "/bad/html.xml": { type: "text/html; charset=utf-8", body: "<html><body>Not a feed</body></html>" },
    "/bad/loop": (_, res) => void res.writeHead(302, { location: "/bad/loop2" }).end(),
    "/bad/loop2": (_, res) => void res.writeHead(302, { location: "/bad/loop" }).end(),
    "/bad/to-file": (_, res) => void res.writeHead(301, { location: "file:///etc/passwd" }).end(),
    "/bad/silent": () => undefined,
    "/bad/huge.xml": (_, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      const chunk = Buffer.from(`<rss>${" ".repeat(64 * 1024)}`);
      const write = () => {
        while (streamed < 100 * 1024 * 1024) {
          streamed += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", write);
        }
        res.end();
      };
      write();
    },
  });
  // The good feed's transcript URL must be absolute.
  const good = server.routes["/good/feed.xml"];
  if (good && typeof good !== "function")
    good.body = String(good.body).replace("/good/1.vtt", `${server.base}/good/1.vtt`);
  server.routes["/good/1.vtt"] = { body: VTT, type: "text/vtt" };
  const dir = mkdtempSync(path.join(tmpdir(), "episodes-feed-hostile-"));
  library = { dir, sources: path.join(dir, "sources"), out: path.join(dir, "out") };
  mkdirSync(library.sources);
  const added = await cli([
    "feed",
    "add",
    `${server.base}/good/feed.xml`,
    "--sources",
    library.sources,
    "--out",
    library.out,
    "--no-index",
  ]);
  expect(added.code).toBe(0);
});
afterAll(() => server.close());

const add = (url: string, ...more: string[]) =>
  cli(["feed", "add", url, "--sources", library.sources, "--out", library.out, "--no-index", ...more]);

describe("episodes feed add: a hostile or broken feed", () => {
  it.each([
    ["malformed XML", "/bad/malformed.xml", /^: not well-formed XML: 1:\d+: unexpected close tag/],
    [
      "an entity-expansion bomb",
      "/bad/bomb.xml",
      /^: not well-formed XML: 8:2: a DOCTYPE is not accepted in a feed/,
    ],
    [
      "an external entity",
      "/bad/external.xml",
      /^: not well-formed XML: 2:58: a DOCTYPE is not accepted in a feed/,
    ],
    ["a 100 MB feed", "/bad/huge.xml", /^: larger than the 10 MB limit; stopped reading$/],
    ["a redirect loop", "/bad/loop", /^: redirect loop \(.*\/bad\/loop → .*\/bad\/loop2 → .*\/bad\/loop\)$/],
    [
      "a redirect to a file: URL",
      "/bad/to-file",
      /^: only http\(s\) URLs are fetched, not file: \("file:\/\/\/etc\/passwd"\)$/,
    ],
    [
      "a file: URL in the feed",
      "/bad/file-url.xml",
      /^: item "Bad link": transcripts\.0\.url: must be an http\(s\) URL \(got "file:\/\/\/etc\/passwd"\)$/,
    ],
    [
      "a javascript: URL in the feed",
      "/bad/javascript-url.xml",
      /^: item "Bad link": transcripts\.0\.url: must be an http\(s\) URL \(got "javascript:alert\(1\)"\)$/,
    ],
    ["a wrong content type", "/bad/html.xml", /^: served as text\/html, not as an XML feed$/],
    ["a server that never answers", "/bad/silent", /^: no complete answer within 0\.3 s \(3 attempts\)$/],
  ])("%s: one line `url: reason`, exit 1, the library as it was", async (_, route, reason) => {
    const before = hashTree(library.dir);
    const started = performance.now();
    const run = await add(`${server.base}${route}`, "--timeout", "0.3");
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(1);
    expect(run.err).toHaveLength(1);
    const [line = ""] = run.err;
    expect(line.startsWith(`${server.base}${route}`)).toBe(true);
    expect(line.slice(`${server.base}${route}`.length)).toMatch(reason);
    expect(run.out).toEqual([]);
    expect(hashTree(library.dir)).toEqual(before);
  });

  it("refuses a feed given as a file:, javascript: or data: URL, and a missing feed file", async () => {
    const before = hashTree(library.dir);
    for (const url of ["file:///etc/passwd", "javascript:alert(1)", "data:application/rss+xml,<rss/>"]) {
      const run = await add(url);
      expect(run.code).toBe(1);
      expect(run.err).toEqual([
        expect.stringMatching(
          new RegExp(`^${url.replace(/[()+.]/g, "\\$&")}: only http\\(s\\) URLs are fetched, not [a-z]+:`),
        ),
      ]);
    }
    const missing = path.join(library.dir, "no-such-feed.xml");
    expect((await add(missing)).err).toEqual([`${missing}: no such file`]);
    expect(hashTree(library.dir)).toEqual(before);
  });

  it("reads a local feed file, refusing a DOCTYPE in it the same way", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "feed-file-")), "bomb.xml");
    writeFileSync(file, BOMB);
    const before = hashTree(library.dir);
    const run = await add(file);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      expect.stringMatching(/bomb\.xml: not well-formed XML: 8:2: a DOCTYPE is not accepted/),
    ]);
    expect(hashTree(library.dir)).toEqual(before);
  });

  it("prints a control character from the feed escaped, never raw to the terminal", async () => {
    server.routes["/bad/csi.xml"] = {
      type: "application/rss+xml",
      body: rssFeed({
        title: "Controls",
        items: [
          {
            guid: "c1",
            title: "Clear\u009b2J screen",
            transcripts: [{ url: `${server.base}/bad/none.vtt`, type: "text/vtt" }],
          },
        ],
      }),
    };
    const run = await add(`${server.base}/bad/csi.xml`);
    expect(run.code).toBe(0);
    expect(run.err).toContain(
      'warning: item "Clear\\u{9b}2J screen" (c1) got no file: nothing to build from; skipped',
    );
    expect(run.err.join("\n")).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u);
  });

  it("through bin/episodes.mjs: exit code 1 and one line on stderr, no stack trace", async () => {
    const before = hashTree(library.dir);
    const url = `${server.base}/bad/bomb.xml`;
    const args = ["feed", "add", url, "--sources", library.sources, "--out", library.out, "--no-index"];
    const child = spawn("node", [path.join(root, "bin/episodes.mjs"), ...args], { cwd: library.dir });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      new RegExp(
        `^${url.replace(/[.]/g, "\\.")}: not well-formed XML: 8:2: a DOCTYPE is not accepted[^\\n]*\\n$`,
      ),
    );
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(hashTree(library.dir)).toEqual(before);
  }, 60_000);
});
