// A throwaway PostgreSQL server for the tests and the bench: Debian's package, installed when
// missing (as Chromium is), a fresh data directory in /tmp, a loopback port, stopped afterwards.
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { aptInstall } from "./apt-install.mjs";
import { freePort } from "./free-port.mjs";

const ROOT = "/usr/lib/postgresql";

/** The bin directory of the newest PostgreSQL installed from Debian's packages, or undefined. */
export function findPostgres() {
  if (!existsSync(ROOT)) return undefined;
  const versions = readdirSync(ROOT)
    .filter(
      (v) =>
        existsSync(path.join(ROOT, v, "bin", "pg_ctl")) && existsSync(path.join(ROOT, v, "bin", "initdb")),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : path.join(ROOT, versions[0], "bin");
}

/** Finds PostgreSQL, installing Debian's `postgresql` when missing and allowed; throws with advice if none. */
export async function ensurePostgres() {
  const found = findPostgres();
  if (found) return found;
  // The package's version is not known in advance: any initdb it puts under /usr/lib/postgresql.
  await aptInstall("postgresql", "/usr/lib/postgresql/none/bin/initdb");
  const installed = findPostgres();
  if (installed) return installed;
  throw new Error(
    "PostgreSQL is needed for the search tests and was not found in /usr/lib/postgresql/*/bin. " +
      "Install it (Debian: sudo apt-get install postgresql) or set TEST_DATABASE_URL to a server you may use.",
  );
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Runs a PostgreSQL binary, as the `postgres` user when we are root (initdb refuses root). */
function pgRun(bin, args) {
  const [command, full] = isRoot() ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const result = spawnSync(command, full, { encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(
      `${path.basename(bin)} failed (${result.status}): ${result.stderr || result.stdout || result.error}`,
    );
  return result.stdout;
}

function owned(dir) {
  if (!isRoot()) return dir;
  const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim());
  const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid))
    throw new Error("no `postgres` user to run PostgreSQL as");
  chownSync(dir, uid, gid);
  chmodSync(dir, 0o700);
  return dir;
}

/**
 * Starts a server on 127.0.0.1 with a fresh data directory (trust authentication, user
 * `postgres`, C.UTF-8), on `port`, or without one on a port nothing listens on: two test runs
 * side by side, or a server of one's own, then take none of each other's. Resolves to its URL,
 * its port, its data directory and `stop()`, which stops it and removes the directory; it also
 * runs when this process exits, or is ended by SIGINT, SIGTERM or SIGHUP (see `running`).
 */
export async function startPostgres({ port } = {}) {
  const bin = await ensurePostgres();
  // A free port can be taken between the probe and the server's start: then another one.
  for (let attempt = 1; ; attempt++) {
    try {
      return startOn(bin, port ?? (await freePort()));
    } catch (error) {
      if (port !== undefined || attempt === 3 || error.code !== "EADDRINUSE") throw error;
    }
  }
}

/*
 * The servers this process started and has not stopped, by their stop(). A server outlives a
 * process that dies of a signal: pg_ctl starts it in a session of its own, so a Ctrl-C or a kill
 * of the process group misses it, and Node runs no "exit" handler for a signal it has no listener
 * for. So while one runs, SIGINT, SIGTERM and SIGHUP stop them all first; then, unless another
 * listener is there to decide (vitest's own, say), the signal is raised again, and the process
 * ends by it as it would have.
 */
const running = new Set();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];

function stopAllOn(signal) {
  for (const stop of [...running]) stop();
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function track(stop) {
  if (running.size === 0) for (const signal of SIGNALS) process.on(signal, stopAllOn);
  running.add(stop);
  process.on("exit", stop);
}

function untrack(stop) {
  running.delete(stop);
  process.off("exit", stop);
  if (running.size === 0) for (const signal of SIGNALS) process.off(signal, stopAllOn);
}

/**
 * Stops the server of the data folder `data`, if one runs there, with pg_ctl of `bin` (as the
 * postgres user under root, as it was started) and waits until it is down. `mode` is pg_ctl's.
 */
export function stopServerOf(data, { bin = findPostgres() ?? "", mode = "fast" } = {}) {
  if (!existsSync(path.join(data, "postmaster.pid"))) return;
  const pgCtl = path.join(bin, "pg_ctl");
  spawnSync(isRoot() ? "runuser" : pgCtl, [
    ...(isRoot() ? ["-u", "postgres", "--", pgCtl] : []),
    ...["-D", data, "stop", "-m", mode, "-w"],
  ]);
}

/** Starts a server on `port` with PostgreSQL's programs in `bin` (startPostgres). */
function startOn(bin, port) {
  const base = owned(mkdtempSync(path.join(tmpdir(), "episodes-pg-")));
  const data = path.join(base, "data");
  const log = path.join(base, "server.log");
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    untrack(stop);
    stopServerOf(data, { bin });
    rmSync(base, { recursive: true, force: true });
  };
  track(stop);
  try {
    pgRun(path.join(bin, "initdb"), [
      "-D",
      data,
      "-A",
      "trust",
      "-U",
      "postgres",
      "--locale=C.UTF-8",
      "-E",
      "UTF8",
    ]);
    const options = `-p ${port} -k ${base} -c listen_addresses=127.0.0.1 -c fsync=off`;
    pgRun(path.join(bin, "pg_ctl"), ["-D", data, "-l", log, "-w", "-o", options, "start"]);
  } catch (error) {
    // The server's log says why (a port in use, say): keep its end before the folder goes.
    const tail = existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").slice(-5).join("\n") : "";
    stop();
    const failed = new Error(
      `PostgreSQL did not start on port ${port}: ${error.message}${tail ? `\n${tail}` : ""}`,
    );
    // Its log says so when another program has the port: the one failure another port mends.
    if (/could not bind|address already in use/i.test(tail)) failed.code = "EADDRINUSE";
    throw failed;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dataDir: data, stop };
}
