// Load (wrk from Debian, else autocannon through npx) and page size for `npm run bench`: nothing
// here enters the lockfile. Each returns plain figures. (Lighthouse: scripts/lib/lighthouse.mjs.)
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { waitForServer } from "../lib/site.mjs";

/** Milliseconds from a wrk duration such as `870.00us`, `54.78ms` or `1.16s`. */
function wrkMs(text) {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text ?? "");
  if (!m) return NaN;
  return Number(m[1]) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2]];
}

/**
 * 20 s at 50 connections on loopback: requests per second, p99 latency (ms), errors (socket
 * errors, requests unanswered after 10 s and non-2xx answers). `tool` is "wrk" (C, one thread: it leaves the other core
 * to the server, so the figure is the server's) or "autocannon" (JS, when wrk cannot be had: it
 * needs about a core itself, so figures are lower).
 */
export function measureLoad(url, { tool = "wrk", seconds = 20, connections = 50 } = {}) {
  if (tool === "wrk") {
    // wrk gives up on a request after 2 s by default; 10 s is autocannon's, so both tools count
    // the same requests as errors (slower ones still show in the p99).
    const args = ["-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "--latency", url];
    const result = spawnSync("wrk", args, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`wrk failed for ${url}: ${result.stderr}`);
    const out = result.stdout;
    const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
    const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
    return {
      requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
      p99Ms: wrkMs(/\s99%\s+(\S+)/.exec(out)?.[1]),
      errors: (socket ? socket.slice(1).reduce((n, v) => n + Number(v), 0) : 0) + non2xx,
    };
  }
  const result = spawnSync("npx", ["-y", "autocannon@8.0.0", "-c", String(connections), "-d", String(seconds), "-j", url], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`autocannon failed for ${url}: ${result.stderr}`);
  const report = JSON.parse(result.stdout);
  return {
    requestsPerSecond: report.requests.average,
    p99Ms: report.latency.p99,
    errors: report.errors + report.timeouts + report.non2xx,
  };
}

/** Size of a page's HTML as served (KB), and gzipped. */
export async function measureHtml(url) {
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  return { kb: body.length / 1024, gzipKB: gzipSync(body, { level: 6 }).length / 1024 };
}

/** Serves `url`'s body from bare-server.mjs on `port` and loads it like the pages. */
export async function measureBareLoad(url, port, tool) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "bare-")), "body");
  writeFileSync(file, Buffer.from(await (await fetch(url)).arrayBuffer()));
  const bare = spawn("node", [new URL("bare-server.mjs", import.meta.url).pathname, file, String(port)], {
    stdio: "ignore",
  });
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
    return measureLoad(`http://127.0.0.1:${port}/`, { tool });
  } finally {
    bare.kill();
  }
}
