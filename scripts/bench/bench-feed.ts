// Feed benchmark (issue 17), run by scripts/bench.mjs in its own process: `episodes feed add` of a
// generated 1,000-item feed served on loopback (each item a short WebVTT), then `feed refresh`
// with nothing new (one conditional request, 304), then a refresh after the feed alone changed
// (every recorded transcript asked conditionally, all 304). The model is built (--no-index: the
// search index is measured by the scale bench).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../lib/cli/main";
import { startFeedServer } from "../../tests/feed/helpers/feed-server";
import { serveGeneratedFeed } from "../../tests/feed/helpers/generated-feed";

const ITEMS = 1000;

/** Runs the CLI quietly; returns its exit code and wall time. */
async function timed(args: string[]): Promise<number> {
  const [log, error] = [console.log, console.error];
  console.log = console.error = () => {};
  const started = performance.now();
  try {
    const code = await main(args);
    if (code !== 0) throw new Error(`episodes ${args.join(" ")} exited ${code}`);
    return performance.now() - started;
  } finally {
    [console.log, console.error] = [log, error];
  }
}

const server = await startFeedServer();
const dir = mkdtempSync(path.join(tmpdir(), "bench-feed-"));
try {
  const url = serveGeneratedFeed(server, ITEMS);
  const sources = path.join(dir, "sources");
  mkdirSync(sources);
  const args = ["--sources", sources, "--out", path.join(dir, "out"), "--no-index", "--quiet"];
  const ingestMs = await timed(["feed", "add", url, ...args]);
  const refreshMs = await timed(["feed", "refresh", ...args]);
  const feedRoute = server.routes["/gen/feed.xml"];
  if (feedRoute && typeof feedRoute !== "function") feedRoute.etag = '"gen-changed"';
  const from = server.seen.length;
  const changedFeedMs = await timed(["feed", "refresh", ...args]);
  const conditional = server.seen.slice(from).filter((s) => s.status === 304).length;
  console.log(JSON.stringify({ items: ITEMS, ingestMs, refreshMs, changedFeedMs, conditional }));
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
