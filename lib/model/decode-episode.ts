import {
  catalogueSchema,
  catalogueSlugsSchema,
  episodeSchema,
  MODEL_VERSION,
  type Catalogue,
  type Episode,
} from "./episode-schema";

/**
 * Why a stored file (an episode or the catalogue) cannot be read by this build, said so a person
 * knows what to do; undefined when it has this build's model version. A file of another version
 * would otherwise fail as a long list of schema errors about fields that merely moved.
 */
export function modelVersionProblem(raw: unknown): string | undefined {
  const version =
    typeof raw === "object" && raw !== null && "schemaVersion" in raw ? raw.schemaVersion : undefined;
  if (version === MODEL_VERSION) return undefined;
  const reads = `this one reads version ${MODEL_VERSION}`;
  if (typeof version !== "number")
    return `not an Episode Explorer model (no model version; ${reads}): run npx episodes build`;
  if (version < MODEL_VERSION)
    return `built by an older Episode Explorer (model version ${version}; ${reads}): run npx episodes build`;
  return `built by a newer Episode Explorer (model version ${version}; ${reads}): run npx episodes build to rebuild it with this one`;
}

function checkVersion(raw: unknown): void {
  const problem = modelVersionProblem(raw);
  if (problem) throw new Error(problem);
}

/** A stored episode (parsed JSON) as the expanded model; throws the version problem first. */
export function decodeEpisode(raw: unknown): Episode {
  checkVersion(raw);
  return episodeSchema.parse(raw);
}

/** The stored catalogue (parsed JSON); throws the version problem first. */
export function decodeCatalogue(raw: unknown): Catalogue {
  checkVersion(raw);
  return catalogueSchema.parse(raw);
}

/** The slugs of the stored catalogue (parsed JSON), in its order; throws the version problem first. */
export function decodeCatalogueSlugs(raw: unknown): string[] {
  checkVersion(raw);
  return catalogueSlugsSchema.parse(raw).episodes.map((entry) => entry.slug);
}
