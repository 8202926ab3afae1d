import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { runMeasured, treeMemoryBytes } from "../../scripts/bench/process-tree.mjs";

// A process that holds `mib` MiB of touched memory, says so, and keeps it until its stdin closes.
const holder = (mib: number) =>
  `const b = Buffer.alloc(${mib} * 2 ** 20, 1); console.log("holding"); process.stdin.on("end", () => b.length).resume();`;

const rss = (pid: number) => Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * 4096;

/** Runs `check` while `count` idle Node processes are children of this one, with their RSS and this one's, summed. */
async function withIdleChildren(count: number, check: (summedRss: number) => void): Promise<void> {
  const children = Array.from({ length: count }, () => spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]));
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    check(children.reduce((sum, child) => sum + rss(child.pid as number), rss(process.pid)));
  } finally {
    for (const child of children) child.kill();
  }
}

describe("runMeasured (bench: time and peak memory of a command's process tree)", () => {
  it("adds up the memory of processes the command spawns, not only its own", async () => {
    // The parent holds almost nothing; its two children hold 120 MiB each, both at once for 0.5 s.
    const parent = `const { spawn } = require("node:child_process");
      let holding = 0;
      const children = [0, 1].map(() => spawn(process.execPath, ["-e", ${JSON.stringify(holder(120))}]));
      for (const c of children) c.stdout.once("data", () => {
        if (++holding === 2) setTimeout(() => children.forEach((k) => k.stdin.end()), 500);
      });`;
    const result = await runMeasured(process.execPath, ["-e", parent]);
    expect(result.code).toBe(0);
    expect(result.peakMiB).toBeGreaterThan(240);
    expect(result.peakMiB).toBeLessThan(600);
  }, 20_000);

  it("with `rss`, counts each process's resident set whole, shared pages included", () =>
    withIdleChildren(3, (summedRss) => {
      const measured = treeMemoryBytes(process.pid, "rss");
      // Other processes of this run (vitest's) may be children too: at least the sum, never below.
      expect(measured).toBeGreaterThanOrEqual(summedRss * 0.95);
      expect(measured).toBeGreaterThan(treeMemoryBytes(process.pid));
    }), 20_000);

  it("counts the pages processes share (the runtime's code) once, not once per process", () =>
    // Six idle Node processes: each one's resident set is mostly the same mapped binary.
    withIdleChildren(6, (summedRss) => {
      const measured = treeMemoryBytes(process.pid);
      expect(measured).toBeGreaterThan(0);
      expect(measured).toBeLessThan(summedRss * 0.7);
    }), 20_000);

  it("reports the exit code of a command that fails, with its error output", async () => {
    const result = await runMeasured(process.execPath, ["-e", "console.error('no such library'); process.exit(3)"]);
    expect(result).toMatchObject({ code: 3, timedOut: false });
    expect(result.stderr).toContain("no such library");
  });

  it("stops at readiness: the time until `ready` holds, and the command is stopped", async () => {
    let pid: number | undefined;
    const server = http.createServer((req, res) => {
      pid = Number(new URL(req.url ?? "/", "http://x").searchParams.get("pid"));
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    // The command would run for a minute; it is "ready" once it has made its request.
    const command = `setTimeout(() => fetch("http://127.0.0.1:${port}/?pid=" + process.pid), 400); setTimeout(() => {}, 60000);`;
    const result = await runMeasured(process.execPath, ["-e", command], { ready: async () => pid !== undefined });
    server.close();
    expect(result.timedOut).toBe(false);
    expect(result.ms).toBeGreaterThan(300);
    expect(result.ms).toBeLessThan(10_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(() => process.kill(pid as number, 0)).toThrow();
  }, 20_000);

  it("gives up after the timeout and says so", async () => {
    const result = await runMeasured(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { timeoutMs: 500 });
    expect(result).toMatchObject({ timedOut: true, code: null });
  }, 10_000);
});
