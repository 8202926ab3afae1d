#!/usr/bin/env node
// The `episodes` command. Its TypeScript runs compiled (compiled-cli.mjs), or through tsx when a
// compiled copy cannot be had.
//
// PGlite is WebAssembly, which V8 compiles twice: at once, quickly (Liftoff), and again, optimised
// (TurboFan, on another thread), for each function that has run a little: its tiering budget.
// A command is short, and a small re-index spent more CPU on the second compilation than on its
// own work (one changed episode at 1,000 hours: 3.0 s of CPU in 2.6 s). With a budget 100 times
// V8's, only the truly hot functions are compiled again: that run 2.6–2.8 → 2.0–2.25 s, and a cold
// index of 1,000 hours is no slower (43.2 s against 44.0), as its hot functions still get there.
// Set before anything is compiled; V8 reads the flag when a module is.
(await import("node:v8")).setFlagsFromString("--wasm-tiering-budget=180000000");
process.env.NEXT_TELEMETRY_DISABLED = "1";

const { compiledCli, COMPILED_CLI_ENV } = await import("./compiled-cli.mjs");
const compiled = await compiledCli();
// The worker threads load the same copy (bin/build-worker.mjs, bin/index-worker.mjs).
if (compiled) process.env[COMPILED_CLI_ENV] = compiled;
const { main } = compiled ? await import(compiled) : await loadThroughTsx(process.argv.slice(2));
process.exitCode = await main(process.argv.slice(2));

/**
 * Plain-JavaScript packages the commands need are imported first, before any module hooks are
 * registered (server-only's, tsx's): they then load in Node's own loader, not through tsx's
 * loader thread, which lexes every module and source-maps PGlite's 376 KB chunk on each run. The
 * same modules are reused when the TypeScript imports them. zod (104 modules, every command):
 * ~75 ms instead of ~140. PGlite, for the commands that may write the search index: ~25 ms
 * instead of ~165.
 */
async function loadThroughTsx([command, ...rest]) {
  await import("zod");
  const mayIndex =
    command === "index" ||
    ((command === "build" || command === "add" || command === "feed") && !rest.includes("--no-index"));
  if (mayIndex && !process.env.DATABASE_URL?.trim())
    await Promise.all([import("@electric-sql/pglite"), import("@electric-sql/pglite/contrib/pg_trgm")]);
  await import("./server-only-condition.mjs");
  const { register } = await import("tsx/esm/api");
  register();
  return import("../lib/cli/main.ts");
}
