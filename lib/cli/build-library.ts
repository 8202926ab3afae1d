import { availableParallelism } from "node:os";
import path from "node:path";
import { catalogueSchema, type CatalogueEntry } from "../model/episode-schema";
import { buildCatalogue } from "../build/build-catalogue";
import { findClipCodeClashes } from "../links/clip-id";
import { serializeJson } from "../model/serialize-json";
import { builderVersion } from "../content/builder-version";
import {
  hashEpisodeFolder,
  readBuildState,
  writeBuildState,
  type BuildState,
  type EpisodeState,
} from "../content/build-state";
import { fileSize, listEpisodeFolders, readTextIfExists } from "../content/source-files";
import {
  reportResult,
  type BuildReporter,
  type BuildSummary,
  type EpisodeSink,
  type FolderJob,
  type FolderResult,
} from "./build-report";
import { buildInWorkers } from "./build-pool";

/** Below this many episodes to build, starting worker threads costs more than it saves. */
const MIN_PARALLEL = 8;

export interface LibraryOptions {
  roots: string[];
  /** The model folder: where unchanged episodes' files and catalogue entries are found. */
  out: string;
  /** Build every episode, whatever was recorded (`--force`, and `episodes check`). */
  force: boolean;
  /** Forget, before building, what is recorded for the episodes to rebuild (`episodes check` writes nothing). */
  record: boolean;
  /** Worker threads; unset: one per core, and none for a handful of episodes. */
  jobs?: number;
  /** The builder's version; defaults to the running code's. */
  builder?: string;
  reporter: BuildReporter;
  sink: EpisodeSink;
}

export interface LibrarySummary extends BuildSummary {
  built: number;
  unchanged: number;
  /** What to record once the model files and the catalogue are written. */
  state: BuildState;
}

/** The catalogue entries of the model already in `out`, by slug; none when it is absent or unreadable. */
function readCatalogueEntries(out: string): Map<string, CatalogueEntry> {
  const text = readTextIfExists(path.join(out, "index.json"));
  let parsed;
  try {
    parsed = text === undefined ? undefined : catalogueSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  return new Map(parsed?.success ? parsed.data.episodes.map((e) => [e.slug, e]) : []);
}

/** Builds the jobs in order: on worker threads when there are enough of them, else here. */
async function buildJobs(
  jobs: FolderJob[],
  requested: number | undefined,
  onResult: (k: number, result: FolderResult) => void,
): Promise<void> {
  const size = requested ?? (jobs.length >= MIN_PARALLEL ? availableParallelism() : 1);
  if (size > 1 && jobs.length > 1) return buildInWorkers(jobs, size, onResult);
  if (jobs.length === 0) return;
  // Loaded here, not at the top: a library with nothing to build never loads the builder.
  const { buildFolder } = await import("./build-all");
  jobs.forEach((job, k) => onResult(k, buildFolder(job)));
}

/** A folder to build, or to pass over with what the last build recorded for it. */
interface PlannedFolder extends FolderJob {
  hash: string;
  reuse?: { entry: CatalogueEntry; state: EpisodeState };
}

/**
 * Hashes each folder and finds those to pass over: recorded with the same hash, still in the
 * catalogue, and with a model file of the recorded size (an edited model is rebuilt).
 */
function planBuild(folders: FolderJob[], options: LibraryOptions): PlannedFolder[] {
  const builder = options.builder ?? builderVersion();
  const prior = options.force ? {} : readBuildState(options.out).episodes;
  const known = options.force ? new Map<string, CatalogueEntry>() : readCatalogueEntries(options.out);
  return folders.map((folder) => {
    const hash = hashEpisodeFolder(folder.dir, builder);
    const state = prior[folder.slug];
    const entry = known.get(folder.slug);
    const current =
      state?.hash === hash &&
      entry !== undefined &&
      fileSize(path.join(options.out, `${folder.slug}.json`)) === state.bytes;
    return current ? { ...folder, hash, reuse: { entry, state } } : { ...folder, hash };
  });
}

/** What to record for the folders passed over: the others' records go before they are rebuilt. */
function recordOfPassedOver(plan: PlannedFolder[]): BuildState {
  return {
    version: 1,
    episodes: Object.fromEntries(plan.flatMap((f) => (f.reuse ? [[f.slug, f.reuse.state]] : []))),
  };
}

/**
 * Builds the library incrementally: an episode whose content hash (sources, manifest, builder
 * version) matches the recorded one, and whose model file is still the one recorded, is passed
 * over (its files hashed, nothing parsed, its catalogue entry reused); the rest build, in
 * parallel when there are enough. Results reach `sink` and the reporter in slug order, whatever
 * order they finish in.
 */
export async function buildLibrary(options: LibraryOptions): Promise<LibrarySummary> {
  const { reporter } = options;
  const { folders, problems } = listEpisodeFolders(options.roots);
  problems.forEach((p) => reporter.issue(p.message));
  const plan = planBuild(folders, options);
  const todo = plan.flatMap((f, i) => (f.reuse ? [] : [i]));
  const state = recordOfPassedOver(plan);
  // Forget the episodes to rebuild first: a build stopped half-way must not leave a new model
  // file recorded under its old sources' hash.
  if (options.record && todo.length > 0) writeBuildState(options.out, state);
  const summary: LibrarySummary = {
    entries: [],
    catalogue: "",
    failed: problems.map((p) => p.folder),
    built: 0,
    unchanged: 0,
    state,
  };
  const prefix = (i: number) => `[${i + 1}/${plan.length}] ${plan[i]?.slug}`;
  let cursor = 0;
  const passOverUpTo = (end: number) => {
    for (; cursor < end; cursor++) {
      const reuse = plan[cursor]?.reuse as NonNullable<PlannedFolder["reuse"]>;
      summary.entries.push(reuse.entry);
      summary.unchanged++;
      reporter.progress(`${prefix(cursor)}: unchanged`);
    }
  };
  await buildJobs(
    todo.map((i) => folders[i] as FolderJob),
    options.jobs,
    (k, result) => {
      const i = todo[k] as number;
      const { slug, hash } = plan[i] as PlannedFolder;
      passOverUpTo(i);
      cursor = i + 1;
      reportResult(reporter, prefix(i), result);
      if (!result.ok) {
        summary.failed.push(slug);
        return;
      }
      summary.built++;
      summary.entries.push(result.entry);
      options.sink(`${slug}.json`, result.json);
      state.episodes[slug] = { hash, bytes: Buffer.byteLength(result.json) };
    },
  );
  passOverUpTo(plan.length);
  summary.catalogue = serializeJson(buildCatalogue(summary.entries));
  // Rare (a 7-character code each), but the site refuses such clips rather than guess: say so.
  for (const { code, slugs } of findClipCodeClashes(summary.entries.map((entry) => entry.slug)))
    reporter.issue(
      `warning: ${slugs.join(", ")} share the clip code ${code}, so links to their clips are not found (404): rename one of the folders`,
    );
  return summary;
}
