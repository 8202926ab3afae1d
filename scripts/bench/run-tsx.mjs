// Runs a TypeScript bench in its own process (so its peak memory is its own) and returns the
// JSON of its last output line.
import { spawnSync } from "node:child_process";
import { baseEnv, bin, stage } from "../lib/run.mjs";

const root = new URL("../../", import.meta.url).pathname;

export function measure(label, script, args = [], env = {}) {
  stage(label);
  // lib/content is marked server-only; the hook resolves it as Next's server does (see the file).
  const result = spawnSync(
    "nice",
    ["-n", "5", bin("tsx"), "--import", "./bin/server-only-condition.mjs", script, ...args],
    { cwd: root, env: { ...baseEnv, ...env }, encoding: "utf8", maxBuffer: 1 << 26 },
  );
  if (result.status !== 0) {
    console.error(result.stderr || result.stdout);
    throw new Error(`${label} failed`);
  }
  return JSON.parse(result.stdout.trim().split("\n").at(-1));
}
