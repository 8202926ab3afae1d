import type { Episode, EpisodeWarning, Source } from "../model/episode-schema";
import type { Manifest } from "../model/manifest-schema";
import type { ParsedDoc } from "../parse/types";
import { buildCaptionTranscript } from "./build-caption-transcript";
import { buildCleanTranscript } from "./build-clean-transcript";
import type { MergeContext, TranscriptBuild } from "./merge-context";
import { buildKeyPoints } from "./build-key-points";
import { buildMedia, type FileClock } from "./build-media";
import { buildBlocks, buildSummary, withoutSummaryRepeats } from "./build-blocks";
import { buildChapters, buildNotes } from "./build-notes";
import { buildSections } from "./build-sections";
import { createTranscriptIds } from "./build-transcript";
import { collectTitles, isTitleTurn } from "./collect-titles";
import { IDENTITY } from "./apply-clock";
import { pickSources, type PickedSources } from "./pick-sources";
import { roundTime } from "../time/round-time";
import { sanitizeDoc } from "../parse/sanitize-doc";
import { slugify } from "../model/slugify";
import { UsedLog } from "./used-log";

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

function emptyTranscript(): TranscriptBuild {
  return {
    transcript: { timing: "none", provenance: { words: [], names: [], times: [] }, turns: [], outside: [] },
    speakers: [],
  };
}

function maxEnd(build: TranscriptBuild): number | undefined {
  let end: number | undefined;
  for (const t of build.transcript.turns)
    if (t.end !== undefined && (end === undefined || t.end > end)) end = t.end;
  return end;
}

/** The captions' clock and middle, when captions timed the transcript (see `buildMedia`). */
function captionFileClock(picked: PickedSources, build: TranscriptBuild): FileClock | undefined {
  const cues = picked.caption?.doc.cues;
  if (!picked.caption || !build.captionClock || !cues || cues.length === 0) return undefined;
  // A loop, not Math.min(...cues): a 10-hour file has more cues than a call takes arguments.
  let first = Infinity;
  let last = -Infinity;
  for (const c of cues) {
    first = Math.min(first, c.start);
    last = Math.max(last, c.end);
  }
  return { clock: build.captionClock, midpoint: (first + last) / 2, source: picked.caption.id };
}

/**
 * Merge an episode's parsed sources (and optional manifest) into the canonical
 * model: clean words win, captions give times and voices, the summary page gives
 * the episode (video) clock, sections and key points, notes and show notes give
 * notes, chapters and blocks. Pure and deterministic: same input → deep-equal
 * output (sources are considered in id order). Times are seconds on the episode clock.
 * @param input slug, sources (≥ 1) and manifest
 * @throws Error when `sources` is empty
 */
export function mergeEpisode(input: MergeInput): Episode {
  if (input.sources.length === 0) throw new Error(`mergeEpisode(${input.slug}): no sources`);
  const manifest = input.manifest;
  const warnings: EpisodeWarning[] = [];
  const docs = input.sources.flatMap((s) => {
    const doc = sanitizeDoc(s.doc);
    if (!doc) warnings.push({ source: s.id, message: "Unknown document format: source ignored" });
    return doc ? [{ id: s.id, doc }] : [];
  });
  const picked = pickSources(docs);
  for (const id of picked.ignored)
    warnings.push({ source: id, message: "Another source of the same kind was preferred: source ignored" });
  const log = new UsedLog();
  const ctx: MergeContext = {
    ids: createTranscriptIds(),
    log,
    warnings,
    ...(manifest?.speakers ? { overrides: manifest.speakers } : {}),
  };
  const titles = collectTitles(picked, manifest);
  const hasWords = (turns: { text: string }[]): boolean => turns.some((t) => t.text.trim() !== "");
  let build = emptyTranscript();
  if (picked.plain && hasWords(picked.plain.doc.turns)) {
    build = buildCleanTranscript(picked.plain.id, picked.plain.doc.turns, picked, ctx);
  } else if (picked.summary && hasWords(picked.summary.doc.turns)) {
    let turns = picked.summary.doc.turns;
    const first = turns[0];
    if (first && isTitleTurn(turns, titles)) {
      titles.push({ text: first.text.replace(/\s+/gu, " ").trim(), source: picked.summary.id });
      turns = turns.slice(1);
    }
    build = buildCleanTranscript(picked.summary.id, turns, picked, ctx);
  } else if (picked.caption) {
    build = buildCaptionTranscript(picked.caption.id, picked.caption.doc, ctx);
  }
  const title = titles[0]?.text ?? input.slug;
  const titleSource = titles[0]?.source;
  if (titleSource) log.add(titleSource, "title");
  const summaryDoc = picked.summary?.doc;
  const end = maxEnd(build);
  const duration =
    summaryDoc?.duration !== undefined
      ? roundTime(summaryDoc.duration)
      : end !== undefined
        ? Math.max(0, end)
        : undefined;
  if (summaryDoc?.duration !== undefined && picked.summary) log.add(picked.summary.id, "duration");

  const sections = picked.summary
    ? buildSections(picked.summary.doc, picked.summary.id, duration, IDENTITY)
    : [];
  if (sections.length > 0 && picked.summary) log.add(picked.summary.id, "sections");
  const keyPoints = buildKeyPoints(picked, build.transcript.turns, sections);
  for (const kp of keyPoints) log.add(kp.source, "key points");
  const notes = picked.notes ? buildNotes(picked.notes.doc, picked.notes.id) : [];
  if (notes.length > 0 && picked.notes) log.add(picked.notes.id, "notes");
  const chapters = picked.showNotes ? buildChapters(picked.showNotes.doc, picked.showNotes.id, duration) : [];
  if (chapters.length > 0 && picked.showNotes) log.add(picked.showNotes.id, "chapters");
  const summary = buildSummary(picked, manifest, log);
  const blocks = withoutSummaryRepeats(buildBlocks(picked), summary);
  for (const b of blocks) log.add(b.source, "blocks");
  const fileClock = captionFileClock(picked, build);
  const media = buildMedia(picked, manifest, warnings, fileClock);
  for (const m of media) log.add(m.source, "media");
  if (fileClock && media.some((m) => m.source === "episode.json" && m.offset !== 0))
    log.add(fileClock.source, "media offset");

  const sources: Source[] = [...input.sources]
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .flatMap((s) => {
      const doc = docs.find((d) => d.id === s.id)?.doc;
      if (!doc) return [];
      const used = log.get(s.id);
      let clock: Source["clock"];
      if (s.id === picked.caption?.id && build.captionClock)
        clock = { offset: build.captionClock.offset, rate: build.captionClock.rate };
      else if (used.some((u) => ["times", "clock", "sections", "notes", "chapters"].includes(u)))
        clock = { offset: 0, rate: 1 };
      return [
        { id: s.id, format: doc.format, sha256: s.sha256, bytes: s.bytes, ...(clock ? { clock } : {}), used },
      ];
    });
  const description = manifest?.description?.trim();
  return {
    schemaVersion: 1,
    slug: /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(input.slug) ? input.slug : slugify(input.slug, "episode"),
    title,
    titles,
    ...(manifest?.show ? { show: manifest.show } : {}),
    summary,
    ...(description ? { description } : {}),
    ...(manifest?.published ? { published: manifest.published } : {}),
    language: manifest?.language ?? "en",
    ...(duration !== undefined ? { duration } : {}),
    media,
    sources,
    speakers: build.speakers,
    sections,
    keyPoints,
    transcript: build.transcript,
    notes,
    chapters,
    blocks,
    warnings,
  };
}
