import path from "node:path";
import type { Episode } from "../model/episode-schema";
import { buildEpisode, type BuildIssue } from "../build/build-episode";
import { buildCatalogue, serializeJson } from "../build/build-catalogue";
import { readEpisodeFolders } from "../content/source-files";

export interface BuiltFiles {
  /** File name (inside the output folder) → exact JSON text. */
  files: Map<string, string>;
  episodes: Episode[];
  failed: string[];
}

export interface BuildReporter {
  progress(line: string): void;
  issue(issue: BuildIssue | string): void;
}

/** Formats an issue as `path:line: message`. */
export function formatIssue(issue: BuildIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}

/** Builds every episode folder under the roots into JSON texts; reports progress per episode. */
export function buildAll(roots: string[], reporter: BuildReporter): BuiltFiles {
  const { folders, problems } = readEpisodeFolders(roots);
  problems.forEach((p) => reporter.issue(p));
  const files = new Map<string, string>();
  const episodes: Episode[] = [];
  const failed: string[] = [];
  folders.forEach((folder, index) => {
    const started = performance.now();
    const result = buildEpisode(folder);
    const ms = Math.round(performance.now() - started);
    const prefix = `[${index + 1}/${folders.length}] ${folder.slug}`;
    if (!result.ok) {
      failed.push(folder.slug);
      reporter.progress(
        `${prefix}: FAILED (${result.errors.length} error${result.errors.length === 1 ? "" : "s"})`,
      );
      result.errors.forEach((e) => reporter.issue(e));
      return;
    }
    const formats = result.detected.map((d) => `${d.name}=${d.format}`).join(", ");
    const warn = result.episode.warnings.length ? `, ${result.episode.warnings.length} warnings` : "";
    reporter.progress(`${prefix}: ok in ${ms} ms (${formats}${warn})`);
    episodes.push(result.episode);
    files.set(`${folder.slug}.json`, serializeJson(result.episode));
  });
  files.set("index.json", serializeJson(buildCatalogue(episodes)));
  if (problems.length) failed.push(...problems.map((p) => path.basename(p.split(":")[0] ?? p)));
  return { files, episodes, failed };
}
