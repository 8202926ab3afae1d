const USAGE = `Usage: episodes <command>

  build [--sources DIR]… [--out DIR] [--force] [--jobs N] [--quiet] [--no-index]
                                                 build the episodes whose sources changed since the last build
                                                 (default: content/sources → content/episodes; --force: all),
                                                 then update the library search index (not with --no-index)
  check [--sources DIR]… [--out DIR]             rebuild all, write nothing; fail when the model is stale
  index [--out DIR] [--force] [--quiet]          bring the library search index up to date with the model
                                                 (embedded database in <out>/.search-db, or DATABASE_URL)
  inspect <file> [--json]                        show a file's detected format and parsed structure
  add <slug> <file>… [--sources DIR]… [--out DIR] copy files into <sources>/<slug>/, build, report the merge
  feed add <url-or-file> [--limit N] [--since DATE]   download a podcast feed's transcripts and chapters into
                                                 <sources>/<show>-<episode>/ with an episode.json, then build
  feed refresh [<url-or-file>]                   fetch what changed in the recorded feeds (conditional requests;
                                                 files edited by hand are kept), then build
  export <slug> [--format vtt|srt|txt|json|chapters] [--episodes DIR]
                                                 print an export of a built episode (default: vtt)

Environment: EPISODES_DIR (model folder, also read by the site) and EPISODES_SOURCES (sources
folders, separated like PATH) stand in for --out and --sources when those are not given.
DATABASE_URL (postgres://…) puts the search index on that PostgreSQL server (14 or newer)
instead of the embedded database; build and index write there, the site reads it.
`;

function usageError(message: string): number {
  console.error(`episodes: ${message}\n\n${USAGE}`);
  return 2;
}

/**
 * Runs the CLI; returns the exit code. Never lets a stack trace reach the user. Each command's
 * code loads only when it runs: `episodes build` on an unchanged library starts in a moment.
 */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "build":
        return await (await import("./build-command")).runBuild(rest, false);
      case "check":
        return await (await import("./build-command")).runBuild(rest, true);
      case "index":
        return await (await import("./index-command")).runIndex(rest);
      case "inspect":
        return (await import("./inspect-file")).inspectFile(rest);
      case "add":
        return await (await import("./add-command")).runAdd(rest);
      case "feed":
        return await (await import("./feed-command")).runFeed(rest);
      case "export":
        return (await import("./export-command")).runExport(rest);
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
