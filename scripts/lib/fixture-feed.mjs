// The loopback podcast feed of the end-to-end tests (tests/fixtures/feed): `npm test` serves it on
// 127.0.0.1 and ingests it with `episodes feed add`, as a reader would a real show's feed, so the
// site under test has an episode that came from a feed (people, soundbites, enclosure, chapters).
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";

const root = new URL("../../", import.meta.url).pathname;
const FIXTURE = path.join(root, "tests/fixtures/feed");
const FILES = {
  "/feed.xml": { file: "feed.xml", type: "application/rss+xml; charset=utf-8" },
  "/transcripts/signals.vtt": { file: "signals.vtt", type: "text/vtt; charset=utf-8" },
  "/chapters/signals.json": { file: "signals-chapters.json", type: "application/json; charset=utf-8" },
};

/** Serves the fixture feed on a free loopback port; `{{ORIGIN}}` in it becomes the server's origin. */
export async function startFixtureFeed() {
  const server = createServer((request, response) => {
    const entry = FILES[new URL(request.url ?? "/", "http://x").pathname];
    if (!entry) return void response.writeHead(404).end("not found");
    const body = readFileSync(path.join(FIXTURE, entry.file), "utf8").replaceAll("{{ORIGIN}}", origin);
    response.writeHead(200, { "content-type": entry.type }).end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const close = () =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
  return { url: `${origin}/feed.xml`, close };
}

/**
 * `episodes feed add` of the fixture feed into `sourcesDir` (its models into `outDir`, no search
 * index: the end-to-end build indexes every episode afterwards). Resolves to the exit code.
 */
export async function ingestFixtureFeed(sourcesDir, outDir) {
  const feed = await startFixtureFeed();
  try {
    const args = ["bin/episodes.mjs", "feed", "add", feed.url, "--sources", sourcesDir, "--out", outDir];
    const child = spawn("node", [...args, "--no-index", "--quiet"], { cwd: root, stdio: "inherit" });
    return await new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  } finally {
    await feed.close();
  }
}
