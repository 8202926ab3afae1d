// Runs a command like a user would and measures it from outside: wall time and the peak of the
// summed resident memory of its whole process tree (worker threads share their process's RSS;
// spawned processes — next build's workers, next start's server — are added up). Linux /proc.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

const PAGE = 4096;
const POLL_MS = 100;

/** Resident bytes of `pid` and every descendant, read from /proc (processes that vanish mid-read count 0). */
export function treeRssBytes(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command name, which may hold spaces: state ppid …
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const resident = Number(readFileSync(`/proc/${name}/statm`, "utf8").split(" ")[1]) * PAGE;
      rss.set(Number(name), resident);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // Gone between the listing and the read.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `command` in its own process group, niced like the rest of the bench. Resolves when it
 * exits or, with `ready`, as soon as `await ready()` is true (the group is then stopped), or
 * after `timeoutMs` (the group is stopped; `timedOut` is set). Returns { ms, peakMiB, code, timedOut }.
 */
export function runMeasured(command, args, { env, cwd, timeoutMs = 30 * 60_000, ready, quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("nice", ["-n", "5", command, ...args], {
      cwd,
      env,
      detached: true,
      stdio: ["ignore", quiet ? "ignore" : "inherit", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
    let peak = 0;
    let finished = false;
    const stopGroup = () => {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    };
    const finish = (result) => {
      if (finished) return;
      finished = true;
      clearInterval(poller);
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, peakMiB: peak / 2 ** 20, stderr, ...result });
    };
    let probing = false;
    const poller = setInterval(async () => {
      peak = Math.max(peak, treeRssBytes(child.pid));
      if (!ready || probing || finished) return;
      probing = true;
      const ok = await ready().catch(() => false);
      probing = false;
      if (ok && !finished) {
        finish({ code: 0, timedOut: false });
        stopGroup();
      }
    }, POLL_MS);
    const timer = setTimeout(() => {
      finish({ code: null, timedOut: true });
      stopGroup();
    }, timeoutMs);
    child.on("error", reject);
    child.on("exit", (code, signal) => finish({ code: code ?? (signal ? 1 : 0), timedOut: false }));
  });
}
