import { MODEL_VERSION, type Episode, type EpisodeWarning } from "../model/episode-schema";
import type { Manifest } from "../model/manifest-schema";
import type { ParsedDoc } from "../parse/types";
import { listSources } from "./list-sources";
import type { MergeContext } from "./merge-context";
import { buildOutline } from "./outline/build-outline";
import { collectTitles, episodeTitle } from "./outline/collect-titles";
import { placeMedia } from "./outline/place-media";
import { placePeople } from "./people/place-people";
import { readSources } from "./pick-sources";
import { slugify } from "../model/slugify";
import { episodeDuration } from "./timing/episode-duration";
import { createTranscriptIds } from "./transcript/build-turns";
import { buildTranscript } from "./transcript/build-transcript";
import { UsedLog } from "./used-log";
import { SLUG_PATTERN } from "../model/slug-pattern";

/** One parsed source file of an episode. */
export interface MergeSource {
  /** File name inside `content/sources/<slug>/`. */
  id: string;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  /** File size in bytes. */
  bytes: number;
  doc: ParsedDoc;
}

/** Everything known about one episode before merging. */
export interface MergeInput {
  slug: string;
  sources: MergeSource[];
  manifest?: Manifest;
}

/**
 * Merge an episode's parsed sources (and optional manifest) into the canonical
 * model: clean words win, captions give times and voices, the summary page gives
 * the episode (video) clock, sections and key points, notes and show notes give
 * notes, chapters and blocks, the manifest's people and soundbites give pictures,
 * credits and highlights. Pure and deterministic: same input → deep-equal
 * output (sources are considered in id order). Times are seconds on the episode clock.
 *
 * The stages, in order: read and pick the sources → titles → the transcript
 * (clean text, aligned with the captions, the caption clock fitted on the
 * summary page's chunks, speakers named, words timed: see `buildTranscript`) →
 * title and duration → the outline (sections, key points, notes, chapters,
 * summary, blocks) → media → people and highlights → the source list. Each stage records what it took
 * from which source in `ctx.log` (the schema's closed set of `used` labels).
 * @param input slug, sources (≥ 1) and manifest
 * @throws Error when `sources` is empty
 */
export function mergeEpisode(input: MergeInput): Episode {
  if (input.sources.length === 0) throw new Error(`mergeEpisode(${input.slug}): no sources`);
  const { manifest } = input;
  const warnings: EpisodeWarning[] = [];
  const { docs, picked } = readSources(input.sources, warnings);
  const ctx: MergeContext = {
    ids: createTranscriptIds(),
    log: new UsedLog(),
    warnings,
    ...(manifest?.speakers ? { overrides: manifest.speakers } : {}),
    // Only the cast (the namespace's default group) may label turns: a producer's name at the
    // start of a sentence ("LEE SOUND mixed it") is text, not a speaker.
    ...(manifest?.people
      ? { peopleNames: manifest.people.filter((p) => (p.group ?? "cast") === "cast").map((p) => p.name) }
      : {}),
  };
  const titles = collectTitles(picked, manifest);
  const build = buildTranscript({ picked, titles, ctx });
  const title = episodeTitle(titles, input.slug, ctx.log);
  const duration = episodeDuration({ picked, build, log: ctx.log, manifestDuration: manifest?.duration });
  const outline = buildOutline({
    picked,
    manifest,
    turns: build.transcript.turns,
    duration,
    log: ctx.log,
    warnings,
  });
  const media = placeMedia({ picked, manifest, build, ctx });
  const people = placePeople({ manifest, speakers: build.speakers, duration, ctx });
  const sources = listSources({ sources: input.sources, docs, picked, build, log: ctx.log });
  const description = manifest?.description?.trim();
  return {
    schemaVersion: MODEL_VERSION,
    slug: SLUG_PATTERN.test(input.slug) ? input.slug : slugify(input.slug, "episode"),
    title,
    titles,
    ...(manifest?.show ? { show: manifest.show } : {}),
    summary: outline.summary,
    ...(description ? { description } : {}),
    ...(manifest?.published ? { published: manifest.published } : {}),
    language: manifest?.language ?? "en",
    ...(duration !== undefined ? { duration } : {}),
    media,
    sources,
    speakers: people.speakers,
    credits: people.credits,
    sections: outline.sections,
    keyPoints: outline.keyPoints,
    transcript: build.transcript,
    notes: outline.notes,
    chapters: outline.chapters,
    blocks: outline.blocks,
    highlights: people.highlights,
    warnings,
  };
}
