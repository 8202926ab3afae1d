// Runs a command like a user would and measures it from outside: wall time and the peak of the
// summed memory of its whole process tree (worker threads share their process's memory; spawned
// processes — next build's workers, next start's server — are added up). Linux /proc.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

const PAGE = 4096;
const POLL_MS = 100;

/**
 * Memory of one process. PSS (proportional set size) splits each page shared between processes
 * among them, so a tree of forked workers that share the runtime's pages is not counted once per
 * worker as summed RSS would; RSS (resident set size) counts every page the process has in memory,
 * shared or not, what `ps` and most memory limits read. PSS falls back to RSS where smaps_rollup
 * is unreadable.
 */
function processBytes(pid, kind) {
  try {
    const pss = kind === "pss" && /^Pss:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    if (pss) return Number(pss[1]) * 1024;
  } catch {
    // No smaps_rollup (old kernel, or the process is gone): RSS below, or 0.
  }
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE;
  } catch {
    return 0;
  }
}

/**
 * Memory of `pid` and every descendant, read from /proc (processes that vanish mid-read count 0):
 * PSS, or with `kind` "rss" each process's resident set (see processBytes).
 */
export function treeMemoryBytes(rootPid, kind = "pss") {
  const children = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command name, which may hold spaces: state ppid …
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // Gone between the listing and the read.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += processBytes(pid, kind);
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
      peak = Math.max(peak, treeMemoryBytes(child.pid));
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
