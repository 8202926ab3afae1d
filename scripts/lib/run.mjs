// Small process helpers for the project's scripts (plain Node: they run before `npm install`).
import { spawn, spawnSync } from "node:child_process";

/** Environment every child gets: Next's telemetry is always off. */
export const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/**
 * `next build`'s arguments, the same for `npm start`, `npm test`, `npm run export` and the bench.
 * webpack, not Turbopack (Next 16's default): on this 2-core machine Turbopack's cold site build
 * peaked at 1,976-2,210 MiB of memory (its module graph held in memory; the limit is
 * 2,048), webpack's at 1,083 MiB. It takes ~35 s instead of ~15 s, well inside the 10 minutes
 * the site build may take. `next dev` keeps Turbopack.
 */
export const NEXT_BUILD_ARGS = ["build", "--webpack"];

/** Prints a stage banner. */
export function stage(name) {
  console.log(`\n▶ ${name}`);
}

/** Runs a command with inherited stdio; resolves to its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      env: { ...baseEnv, ...options.env },
      cwd: options.cwd,
    });
    child.on("error", (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command synchronously and returns trimmed stdout, or undefined on failure. */
export function capture(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8", env: baseEnv });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Path of a locally installed package binary. */
export function bin(name) {
  return new URL(`../../node_modules/.bin/${name}`, import.meta.url).pathname;
}
