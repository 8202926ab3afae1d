import { runBuild } from "./build-command";
import { inspectFile } from "./inspect-file";
import { runExport } from "./export-command";
import { runAdd } from "./add-command";

const USAGE = `Usage: episodes <command>

  build [--sources DIR]… [--out DIR] [--force] [--jobs N] [--quiet]
                                                 build the episodes whose sources changed since the last build
                                                 (default: content/sources → content/episodes; --force: all)
  check [--sources DIR]… [--out DIR]             rebuild all, write nothing; fail when the model is stale
  inspect <file> [--json]                        show a file's detected format and parsed structure
  add <slug> <file>… [--sources DIR]… [--out DIR] copy files into <sources>/<slug>/, build, report the merge
  export <slug> [--format vtt|srt|txt|json|chapters] [--episodes DIR]
                                                 print an export of a built episode (default: vtt)

Environment: EPISODES_DIR (model folder, also read by the site) and EPISODES_SOURCES (sources
folders, separated like PATH) stand in for --out and --sources when those are not given.
`;

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
        return await runBuild(rest, false);
      case "check":
        return await runBuild(rest, true);
      case "inspect":
        return inspectFile(rest);
      case "add":
        return await runAdd(rest);
      case "export":
        return runExport(rest);
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
