import path from "node:path";
import { contentLocations, parseArgs, type Args } from "./parse-args";
import { formatIssue, type BuildReporter } from "./build-report";
import { buildLibrary } from "./build-library";
import { writeBuildState } from "../content/build-state";
import { explainOutOfDate } from "./explain-out-of-date";
import { listJsonFiles, readTextIfExists, removeFile, writeIfChanged } from "../content/source-files";

const consoleReporter = (quiet: boolean): BuildReporter => ({
  progress: (line) => {
    if (!quiet) console.log(line);
  },
  issue: (issue) => console.error(typeof issue === "string" ? issue : formatIssue(issue)),
});

/** `--jobs N` (worker threads), undefined when absent, or an error message. */
function readJobs(args: Args): number | undefined | { error: string } {
  const value = args.options.get("jobs")?.at(-1);
  if (value === undefined) return undefined;
  const jobs = Number(value);
  return Number.isInteger(jobs) && jobs >= 1 && jobs <= 64
    ? jobs
    : { error: `--jobs needs a whole number from 1 to 64, not "${value}"` };
}

/**
 * `episodes build` (writes the model; skips episodes whose content hash is unchanged unless
 * `--force`) and `episodes check` (writes nothing; rebuilds every episode and fails when a
 * source is broken or the model differs from what the sources build). Returns the exit code.
 */
export async function runBuild(argv: string[], checkOnly: boolean): Promise<number> {
  const args = parseArgs(argv, ["sources", "out", "jobs"], ["quiet", "force", "no-index"]);
  const jobs = "error" in args ? args : readJobs(args);
  if (typeof jobs === "object" || "error" in args) {
    console.error(`episodes: ${typeof jobs === "object" ? jobs.error : "bad arguments"}`);
    return 2;
  }
  const { roots, out } = contentLocations(args);
  const seen = new Set<string>();
  const changed: string[] = [];
  let written = 0;
  const sink = (name: string, text: string) => {
    seen.add(name);
    const file = path.join(out, name);
    if (checkOnly) {
      if (readTextIfExists(file) !== text) changed.push(file);
    } else if (writeIfChanged(file, text)) {
      written++;
    }
  };
  const result = await buildLibrary({
    roots,
    out,
    force: checkOnly || args.flags.has("force"),
    record: !checkOnly,
    jobs,
    reporter: consoleReporter(args.flags.has("quiet")),
    sink,
  });
  // Unchanged episodes never reach the sink, but their files are still the model.
  for (const entry of result.entries) seen.add(`${entry.slug}.json`);
  sink("index.json", result.catalogue);
  const stale = listJsonFiles(out).filter((name) => !seen.has(name));
  const failures = result.failed.length
    ? `; ${result.failed.length} failed: ${result.failed.join(", ")}`
    : "";
  if (checkOnly) {
    for (const file of changed) console.error(explainOutOfDate(file));
    for (const name of stale)
      console.error(`${path.join(out, name)}:1: no longer built from any source: run npx episodes build`);
    if (result.failed.length || changed.length || stale.length) return 1;
    console.log(`model is current (${result.entries.length} episodes)`);
    return 0;
  }
  for (const name of stale) removeFile(path.join(out, name));
  writeBuildState(out, result.state);
  const removed = stale.filter((name) => !result.failed.includes(name.replace(/\.json$/u, ""))).length;
  console.log(
    `${out}: ${result.built} built, ${result.unchanged} unchanged, ${removed} removed (${written} file(s) changed)${failures}`,
  );
  if (!args.flags.has("no-index")) {
    const { updateSearchIndex } = await import("./index-command");
    const indexCode = await updateSearchIndex(out, { quiet: args.flags.has("quiet") });
    if (indexCode !== 0) return indexCode;
  }
  return result.failed.length ? 1 : 0;
}
