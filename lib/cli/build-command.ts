import path from "node:path";
import { parseArgs } from "./parse-args";
import { buildAll, formatIssue, type BuildReporter } from "./build-all";
import { explainOutOfDate } from "./explain-out-of-date";
import { listJsonFiles, readTextIfExists, removeFile, writeIfChanged } from "../content/source-files";

const consoleReporter = (quiet: boolean): BuildReporter => ({
  progress: (line) => {
    if (!quiet) console.log(line);
  },
  issue: (issue) => console.error(typeof issue === "string" ? issue : formatIssue(issue)),
});

/**
 * `episodes build` (writes the model) and `episodes check` (writes nothing; fails when a source
 * is broken or the committed model differs from what the sources build). Returns the exit code.
 */
export function runBuild(argv: string[], checkOnly: boolean): number {
  const args = parseArgs(argv, ["sources", "out"], ["quiet"]);
  if ("error" in args) {
    console.error(`episodes: ${args.error}`);
    return 2;
  }
  const roots = args.options.get("sources") ?? ["content/sources"];
  const out = args.options.get("out")?.at(-1) ?? "content/episodes";
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
  const result = buildAll(roots, consoleReporter(args.flags.has("quiet")), sink);
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
  console.log(
    `built ${result.entries.length} episode(s) into ${out} (${written} file(s) changed)${failures}`,
  );
  return result.failed.length ? 1 : 0;
}
