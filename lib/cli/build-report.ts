import type { BuildIssue } from "../build/build-episode";
import type { CatalogueEntry } from "../model/episode-schema";

/**
 * The build's results and how they are printed: types only and no builder code, so the CLI
 * loads the builder (parsers, merge) only when there is an episode to build.
 */

export interface BuildSummary {
  /** Catalogue entries of the episodes that built. */
  entries: CatalogueEntry[];
  /** The catalogue's JSON text (`index.json`). */
  catalogue: string;
  /** Slugs (or folders) that failed. */
  failed: string[];
}

export interface BuildReporter {
  progress(line: string): void;
  issue(issue: BuildIssue | string): void;
}

/** Receives each built episode's JSON text as soon as it is ready (file name, text). */
export type EpisodeSink = (fileName: string, json: string) => void;

/** An episode folder to build. */
export interface FolderJob {
  slug: string;
  dir: string;
}

/**
 * What building one folder gave: plain data (no class instances), so a worker thread can post it
 * to the main thread unchanged.
 */
export type FolderResult =
  | {
      ok: true;
      ms: number;
      entry: CatalogueEntry;
      json: string;
      /** `name=format` of each source file, for the progress line. */
      formats: string;
      warnings: number;
    }
  | { ok: false; ms: number; errors: BuildIssue[] };

/** Formats an issue as `path:line: message`. */
export function formatIssue(issue: BuildIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}

/** Prints one folder's result (`prefix: ok in … ms` or `prefix: FAILED` and each error). */
export function reportResult(reporter: BuildReporter, prefix: string, result: FolderResult): void {
  if (!result.ok) {
    const count = result.errors.length;
    reporter.progress(`${prefix}: FAILED (${count} error${count === 1 ? "" : "s"})`);
    result.errors.forEach((e) => reporter.issue(e));
    return;
  }
  const warn = result.warnings ? `, ${result.warnings} warnings` : "";
  reporter.progress(`${prefix}: ok in ${result.ms} ms (${result.formats}${warn})`);
}
