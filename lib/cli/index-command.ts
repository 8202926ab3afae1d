import { syncSearchIndex, type SyncSummary } from "../search/store/sync-search-index";
import { contentLocations, parseArgs } from "./parse-args";

/** Exit code of a build or index run whose model is fine but whose search index could not be updated. */
export const INDEX_FAILED = 3;

function formatSummary(s: SyncSummary): string {
  return `search index (${s.target}): ${s.indexed} indexed, ${s.unchanged} unchanged, ${s.removed} removed`;
}

/**
 * Updates the library search index from the model in `out` and reports it; the exit code (0, or
 * INDEX_FAILED with what to do on one line, never a stack trace).
 */
export async function updateSearchIndex(out: string, { force = false, quiet = false } = {}): Promise<number> {
  try {
    const summary = await syncSearchIndex(out, {
      force,
      progress: (line) => {
        if (!quiet) console.log(line);
      },
    });
    console.log(formatSummary(summary));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Loaded only here: the library query module (zod schemas of the URL) is not otherwise needed.
    const { SearchUnavailableError } = await import("../search/engine/library-query");
    const hint =
      error instanceof SearchUnavailableError ? "" : " (run npx episodes index --force to rebuild it)";
    console.error(`episodes: search index not updated: ${message}${hint}`);
    return INDEX_FAILED;
  }
}

/** `episodes index [--out DIR] [--force] [--quiet]`: (re)indexes the built model for the library search. */
export async function runIndex(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ["out", "sources"], ["force", "quiet"]);
  if ("error" in args) {
    console.error(`episodes: ${args.error}`);
    return 2;
  }
  const { out } = contentLocations(args);
  return updateSearchIndex(out, { force: args.flags.has("force"), quiet: args.flags.has("quiet") });
}
