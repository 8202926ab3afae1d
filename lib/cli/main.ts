import path from "node:path";
import { parseArgs } from "./parse-args";
import { buildAll, formatIssue, type BuildReporter } from "./build-all";
import { listJsonFiles, readTextIfExists, removeFile, writeIfChanged } from "../content/source-files";
import { inspectFile } from "./inspect-file";

const USAGE = `Usage: episodes <command>

  build [--sources DIR]… [--out DIR] [--quiet]   build every episode (default: content/sources → content/episodes)
  check                                          validate sources; fail when the committed model is stale
  inspect <file> [--json]                        show a file's detected format and parsed structure
`;

const stderrReporter = (quiet: boolean): BuildReporter => ({
  progress: (line) => {
    if (!quiet) console.log(line);
  },
  issue: (issue) => console.error(typeof issue === "string" ? issue : formatIssue(issue)),
});

function build(argv: string[], checkOnly: boolean): number {
  const args = parseArgs(argv, ["sources", "out"], ["quiet"]);
  if ("error" in args) return usageError(args.error);
  const roots = args.options.get("sources") ?? ["content/sources"];
  const out = args.options.get("out")?.at(-1) ?? "content/episodes";
  const result = buildAll(roots, stderrReporter(args.flags.has("quiet")));
  const stale = listJsonFiles(out).filter((name) => !result.files.has(name));
  if (checkOnly) {
    const changed = [...result.files].filter(
      ([name, text]) => readTextIfExists(path.join(out, name)) !== text,
    );
    for (const [name] of changed)
      console.error(`${path.join(out, name)}:1: out of date: run npx episodes build`);
    for (const name of stale)
      console.error(`${path.join(out, name)}:1: no longer built from any source: run npx episodes build`);
    if (result.failed.length || changed.length || stale.length) return 1;
    console.log(`model is current (${result.episodes.length} episodes)`);
    return 0;
  }
  let written = 0;
  for (const [name, text] of result.files) if (writeIfChanged(path.join(out, name), text)) written++;
  for (const name of stale) removeFile(path.join(out, name));
  console.log(
    `built ${result.episodes.length} episode(s) into ${out} (${written} file(s) changed)` +
      (result.failed.length ? `; ${result.failed.length} failed: ${result.failed.join(", ")}` : ""),
  );
  return result.failed.length ? 1 : 0;
}

function usageError(message: string): number {
  console.error(`episodes: ${message}\n\n${USAGE}`);
  return 2;
}

/** Runs the CLI; returns the exit code. Never lets a stack trace reach the user. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "build":
        return build(rest, false);
      case "check":
        return build(rest, true);
      case "inspect":
        return inspectFile(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        return usageError(`unknown command "${command}"`);
    }
  } catch (error) {
    console.error(`episodes: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
