import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { listSourceFileNames, readTextIfExists, removeFile, writeIfChanged } from "./source-files";

/**
 * What the last build recorded about each episode, so the next one can skip an episode whose
 * sources, manifest and builder are unchanged without parsing anything. It lives next to the
 * model as a hidden file (not part of the model: `episodes check` and the site never read it)
 * and is written deterministically: same build, same bytes.
 */

export const BUILD_STATE_FILE = ".build-state.json";

const buildStateSchema = z.object({
  version: z.literal(1),
  episodes: z.record(
    z.string(),
    z.object({
      /** {@link hashEpisodeFolder} of the sources the model file was built from. */
      hash: z.string(),
      /** The model file's size: a model edited or truncated since is rebuilt, not trusted. */
      bytes: z.number().int().nonnegative(),
    }),
  ),
});

export type BuildState = z.output<typeof buildStateSchema>;
export type EpisodeState = BuildState["episodes"][string];

/** The recorded state in `out`; empty when absent or unreadable (then everything rebuilds). */
export function readBuildState(out: string): BuildState {
  const text = readTextIfExists(path.join(out, BUILD_STATE_FILE));
  if (text === undefined) return { version: 1, episodes: {} };
  try {
    return buildStateSchema.parse(JSON.parse(text));
  } catch {
    return { version: 1, episodes: {} };
  }
}

/** Writes the state (episodes sorted by slug); removes the file when there is nothing to record. */
export function writeBuildState(out: string, state: BuildState): void {
  const file = path.join(out, BUILD_STATE_FILE);
  const slugs = Object.keys(state.episodes).sort();
  if (slugs.length === 0) {
    removeFile(file);
    return;
  }
  const episodes = Object.fromEntries(slugs.map((slug) => [slug, state.episodes[slug]]));
  writeIfChanged(file, `${JSON.stringify({ version: 1, episodes }, null, 2)}\n`);
}

/**
 * The content hash of an episode folder: every source file's name and bytes (the manifest is one
 * of them) and the builder's version. Lengths are hashed before each part, so no two different
 * folders can run together into the same input.
 */
export function hashEpisodeFolder(dir: string, builder: string): string {
  const hash = createHash("sha256");
  hash.update(`builder ${builder}\0`);
  for (const name of listSourceFileNames(dir)) {
    const bytes = readFileSync(path.join(dir, name));
    hash.update(`file ${Buffer.byteLength(name)}:${name} ${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}
