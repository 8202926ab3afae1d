import type { CatalogueEntry } from "../model/episode-schema";
import { buildEpisode, type BuildIssue } from "../build/build-episode";
import { buildCatalogue, toCatalogueEntry } from "../build/build-catalogue";
import { serializeJson } from "../model/serialize-json";
import { listEpisodeFolders, readEpisodeFolder } from "../content/source-files";

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

/** Reads and builds one episode folder into its model JSON and catalogue entry. */
export function buildFolder({ slug, dir }: FolderJob): FolderResult {
  const started = performance.now();
  const result = buildEpisode(readEpisodeFolder(dir, slug));
  if (!result.ok) return { ok: false, ms: Math.round(performance.now() - started), errors: result.errors };
  const json = serializeJson(result.episode);
  return {
    ok: true,
    ms: Math.round(performance.now() - started),
    entry: toCatalogueEntry(result.episode),
    json,
    formats: result.detected.map((d) => `${d.name}=${d.format}`).join(", "),
    warnings: result.episode.warnings.length,
  };
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

/**
 * Builds every episode folder under the roots, one at a time and with no cache: each folder is
 * read, built and handed to `sink`, then dropped, so memory stays flat however many episodes
 * there are. `episodes build` itself uses the incremental, parallel `buildLibrary`.
 */
export function buildAll(roots: string[], reporter: BuildReporter, sink: EpisodeSink): BuildSummary {
  const { folders, problems } = listEpisodeFolders(roots);
  problems.forEach((p) => reporter.issue(p.message));
  const entries: CatalogueEntry[] = [];
  const failed = problems.map((p) => p.folder);
  folders.forEach((folder, index) => {
    const result = buildFolder(folder);
    reportResult(reporter, `[${index + 1}/${folders.length}] ${folder.slug}`, result);
    if (!result.ok) {
      failed.push(folder.slug);
      return;
    }
    entries.push(result.entry);
    sink(`${folder.slug}.json`, result.json);
  });
  return { entries, catalogue: serializeJson(buildCatalogue(entries)), failed };
}
