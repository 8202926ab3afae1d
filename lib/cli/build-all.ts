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

/** Formats an issue as `path:line: message`. */
export function formatIssue(issue: BuildIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}

/**
 * Builds every episode folder under the roots, one at a time: each folder is read, built and
 * handed to `sink`, then dropped, so memory stays flat however many episodes there are.
 */
export function buildAll(roots: string[], reporter: BuildReporter, sink: EpisodeSink): BuildSummary {
  const { folders, problems } = listEpisodeFolders(roots);
  problems.forEach((p) => reporter.issue(p.message));
  const entries: CatalogueEntry[] = [];
  const failed = problems.map((p) => p.folder);
  folders.forEach(({ slug, dir }, index) => {
    const started = performance.now();
    const result = buildEpisode(readEpisodeFolder(dir, slug));
    const ms = Math.round(performance.now() - started);
    const prefix = `[${index + 1}/${folders.length}] ${slug}`;
    if (!result.ok) {
      failed.push(slug);
      reporter.progress(
        `${prefix}: FAILED (${result.errors.length} error${result.errors.length === 1 ? "" : "s"})`,
      );
      result.errors.forEach((e) => reporter.issue(e));
      return;
    }
    const formats = result.detected.map((d) => `${d.name}=${d.format}`).join(", ");
    const warn = result.episode.warnings.length ? `, ${result.episode.warnings.length} warnings` : "";
    reporter.progress(`${prefix}: ok in ${ms} ms (${formats}${warn})`);
    entries.push(toCatalogueEntry(result.episode));
    sink(`${slug}.json`, serializeJson(result.stored));
  });
  return { entries, catalogue: serializeJson(buildCatalogue(entries)), failed };
}
