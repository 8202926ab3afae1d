// Builds the content and the site when out of date, and serves it: shared by start and bench.
import { spawn } from "node:child_process";
import http from "node:http";
import { baseEnv, bin, NEXT_BUILD_ARGS, run, stage } from "./run.mjs";
import { inputStamp, isBuildCurrent, writeBuildStamp } from "./site-build.mjs";

const root = new URL("../../", import.meta.url).pathname;

/**
 * The server's environment. glibc raises its trim threshold whenever a large block is freed, and
 * memory freed below that threshold stays with the process: what V8 used compiling PGlite's
 * WebAssembly at the first search, for one, stayed resident. Setting the threshold (to glibc's
 * own default, 128 KiB) turns the raising off, so freed memory goes back to the system: at 1,000
 * hours with search warm the server held 318 MiB instead of 337–369 MiB. Those who run
 * scripts/serve.mjs themselves set it the same way (README, Architecture).
 */
export const serverEnv = { ...baseEnv, MALLOC_TRIM_THRESHOLD_: "131072" };

/**
 * Node's flags for the server. V8's young generation grows to three semi-spaces of 16 MiB each
 * on a 64-bit machine (Node 20), kept resident once a burst of requests has filled them; a
 * server's requests are short-lived garbage that a smaller space collects just as well. At 1,000
 * hours, the server started as the bench starts it, the bench's query mix through /search, then
 * its RSS, alternated, four runs each: 319–341 MiB with 4 MiB, 340–357 with V8's default (8 MiB
 * saved less). Pages took as long to render (the three-hour episode 92–94 ms against 70–115,
 * medians of 15 requests).
 */
export const serverNodeArgs = ["--max-semi-space-size=4"];

/** Builds the content model (failures are printed, the rest still served) and the site if stale. */
export async function ensureSiteBuilt(distDir = process.env.NEXT_DIST_DIR || ".next") {
  stage("build content (episodes build)");
  const contentCode = await run("node", [`${root}bin/episodes.mjs`, "build"], { cwd: root });
  // 3: the model built but the search index could not be updated (an unreachable DATABASE_URL):
  // stop here with its message rather than serve a search page that cannot answer.
  if (contentCode === 3) {
    console.error("The library search index could not be updated (see above), so the site was not started.");
    process.exit(3);
  }
  if (contentCode !== 0) console.error("Some episodes failed to build (see above); serving the others.");
  if (isBuildCurrent(distDir, inputStamp(distDir))) {
    stage("site build is up to date");
    return;
  }
  stage("build site (next build)");
  const code = await run(bin("next"), NEXT_BUILD_ARGS, { cwd: root });
  if (code !== 0) process.exit(code);
  writeBuildStamp(distDir, inputStamp(distDir));
}

/**
 * Starts the site's server (scripts/serve.mjs: `next start`'s handler, framework scripts after the
 * first paint) in its own process group; `stop()` ends the group. `env` adds to serverEnv (the
 * bench points it at a generated library's build). `searchWarmUp: false` for a server nobody
 * searches: it then leaves the library search closed until asked (serve.mjs).
 */
export function startServer(port, { stdio = "inherit", host, env = {}, searchWarmUp = true } = {}) {
  const args = [...(host ? ["-H", host] : []), ...(searchWarmUp ? [] : ["--no-search-warm-up"])];
  const child = spawn(
    process.execPath,
    [...serverNodeArgs, `${root}scripts/serve.mjs`, "-p", String(port), ...args],
    {
      cwd: root,
      stdio,
      env: { ...serverEnv, ...env },
      detached: true,
    },
  );
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  return { child, stop };
}

/** Resolves once `url` answers 200, or rejects after `ms`. */
export async function waitForServer(url, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    // A fresh connection each time, its answer read (answersOk): an unread fetch kept its socket.
    if (await answersOk(url)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not start within ${ms} ms`);
}

/**
 * Whether `url` answers 200 on a fresh connection. Never a pooled keep-alive socket: a stopped
 * server that no longer accepts connections still answers on the sockets it has open until they
 * time out, which once made a second server look ready before it had even started.
 */
export function answersOk(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 5000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", () => resolve(false));
  });
}

/** Whether a fresh connection to `url` is refused (never a pooled keep-alive socket, which can fail for other reasons). */
function refuses(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 1000 }, (response) => {
      response.resume();
      resolve(false);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (error) => resolve(error.code === "ECONNREFUSED"));
  });
}

/**
 * Resolves once nothing answers at `url` any more (a stopped server may take a moment to let its
 * port go): two refused connections in a row. Throws after `ms`, so a measurement never times a
 * server that is still the old one.
 */
export async function waitForServerGone(url, ms = 30_000) {
  const deadline = Date.now() + ms;
  let refusals = 0;
  while (Date.now() < deadline) {
    refusals = (await refuses(url)) ? refusals + 1 : 0;
    if (refusals === 2) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} still answers ${ms} ms after it was stopped`);
}
