import { runBuild } from "./build-command";
import { inspectFile } from "./inspect-file";
import { runExport } from "./export-command";
import { runAdd } from "./add-command";

const USAGE = `Usage: episodes <command>

  build [--sources DIR]… [--out DIR] [--quiet]   build every episode (default: content/sources → content/episodes)
  check                                          validate sources; fail when the committed model is stale
  inspect <file> [--json]                        show a file's detected format and parsed structure
  add <slug> <file>… [--sources DIR]… [--out DIR] copy files into <sources>/<slug>/, build, report the merge
  export <slug> [--format vtt|srt|txt|json|chapters] [--episodes DIR]
                                                 print an export of a built episode (default: vtt)
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
        return runBuild(rest, false);
      case "check":
        return runBuild(rest, true);
      case "inspect":
        return inspectFile(rest);
      case "add":
        return runAdd(rest);
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
