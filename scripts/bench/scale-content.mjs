// Scale bench, content part: the content build of a generated library through the CLI, cold,
// with nothing changed and with one episode changed, and the model it leaves on disk.
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { baseEnv, stage } from "../lib/run.mjs";
import { runMeasured } from "./process-tree.mjs";

const root = new URL("../../", import.meta.url).pathname;
const SEEDS = path.join(root, "content/sources");
/** What a cold build starts without: the model folder, and with it the build's record of hashes beside it. */
const coldPaths = (library) => [library.out];
/** Appended to the edited episode's plain transcript: one turn more, in the format it already has. */
const ADDED_TURN = "\nAda Lovelace: The bench added this sentence to change one episode.";

/** Bytes of every file under `dir`. */
export function folderBytes(dir) {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  return total;
}

async function build(library, label) {
  stage(`scale ${library.size}: content build, ${label}`);
  const args = ["bin/episodes.mjs", "build", "--sources", library.sources, "--sources", SEEDS];
  // The model only: the search index is measured on its own (scale-search.mjs).
  const result = await runMeasured("node", [...args, "--out", library.out, "--quiet", "--no-index"], {
    cwd: root,
    env: baseEnv,
  });
  if (result.code !== 0) console.error(result.stderr);
  return result;
}

/** Length (s) of the seeds as their model says (a top-level `duration`), 0 when it has none. */
function seedHours(out) {
  let seconds = 0;
  for (const slug of readdirSync(SEEDS)) {
    const file = path.join(out, `${slug}.json`);
    const duration = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).duration : undefined;
    if (typeof duration === "number") seconds += duration;
  }
  return seconds / 3600;
}

/** Bytes of the model per hour of audio, as the cold build left it. */
function modelRows(library, row) {
  const n = library.size;
  const bytes = folderBytes(library.out);
  const hours = library.hours + seedHours(library.out);
  row(`scale ${n}`, `model on disk (${library.episodes + 3} episodes, ${hours.toFixed(0)} h)`, bytes / 1e6, "MB");
  const perHour = bytes / 1e6 / hours;
  row(`scale ${n}`, "model on disk per hour of audio", perHour, "MB/h", "≤ 0.4 MB/h", bytes > 0 && perHour <= 0.4);
  row(`scale ${n}`, "sources on disk per hour (generated)", library.sourceBytes / 1e6 / library.hours, "MB/h");
}

/**
 * Cold, nothing changed, one episode changed (and changed back): each row as soon as it is
 * measured (a 1,000-episode build takes minutes). Returns the cold build's time per episode.
 */
export async function benchContent(library, row) {
  const n = library.size;
  const s = (r) => r.ms / 1000;
  for (const p of coldPaths(library)) rmSync(p, { recursive: true, force: true });
  const cold = await build(library, "cold");
  row(`scale ${n}`, "content build, cold", s(cold), "s", "≤ 90 s", s(cold) <= 90);
  modelRows(library, row);
  const unchanged = await build(library, "nothing changed");
  row(`scale ${n}`, "content build, nothing changed", s(unchanged), "s", "≤ 3 s", s(unchanged) <= 3);
  const edited = path.join(library.sources, "synthetic-000", "transcript.txt");
  const original = readFileSync(edited, "utf8");
  writeFileSync(edited, original + ADDED_TURN);
  const changed = await build(library, "one episode changed");
  writeFileSync(edited, original);
  const changedBack = await build(library, "the same episode changed back");
  const oneChanged = Math.max(s(changed), s(changedBack));
  row(`scale ${n}`, "content build, one episode changed (slower of 2)", oneChanged, "s", "≤ 5 s", oneChanged <= 5);

  const runs = [cold, unchanged, changed, changedBack];
  const peak = Math.max(...runs.map((r) => r.peakMiB));
  row(`scale ${n}`, "content build, peak memory (process tree, PSS)", peak, "MiB", "≤ 1024 MiB", peak <= 1024);
  const failed = runs.filter((r) => r.code !== 0).length;
  row(`scale ${n}`, "content builds that exited non-zero (of 4)", failed, "", "0", failed === 0);
  return { perEpisodeMs: cold.ms / (library.episodes + 3) };
}
