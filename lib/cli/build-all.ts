import type { CatalogueEntry } from "../model/episode-schema";
import { buildEpisode } from "../build/build-episode";
import { buildCatalogue, toCatalogueEntry } from "../build/build-catalogue";
import { serializeJson } from "../model/serialize-json";
import { listEpisodeFolders, readEpisodeFolder } from "../content/source-files";
import {
  reportResult,
  type BuildReporter,
  type EpisodeSink,
  type FolderJob,
  type BuildSummary,
  type FolderResult,
} from "./build-report";

/** Reads and builds one episode folder into its model JSON and catalogue entry. */
export function buildFolder({ slug, dir }: FolderJob): FolderResult {
  const started = performance.now();
  const result = buildEpisode(readEpisodeFolder(dir, slug));
  if (!result.ok) return { ok: false, ms: Math.round(performance.now() - started), errors: result.errors };
  const json = serializeJson(result.stored);
  return {
    ok: true,
    ms: Math.round(performance.now() - started),
    entry: toCatalogueEntry(result.episode),
    json,
    formats: result.detected.map((d) => `${d.name}=${d.format}`).join(", "),
    warnings: result.episode.warnings.length,
  };
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
