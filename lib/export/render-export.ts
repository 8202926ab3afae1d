import type { Episode } from "../model/episode-schema";
import { buildCues } from "./build-cues";
import { EXPORT_FORMATS, type ExportFormat } from "./export-formats";
import { formatJsonChapters, toJsonChapters } from "./format-json-chapters";
import { formatHtmlTranscript } from "./format-html-transcript";
import { formatJsonTranscript } from "./format-json-transcript";
import { formatSrt } from "./format-srt";
import { formatText } from "./format-text";
import { formatVtt } from "./format-vtt";

/** What rendering an export may need beyond the model. */
export interface ExportOptions {
  /** The site's absolute origin, for links in the chapters file. */
  origin?: string;
}

/**
 * One export of an episode as text. Always a valid file of its format, empty of cues, segments or
 * chapters when the episode has none (see {@link availableExports} to leave those out).
 *
 * @param episode The model.
 * @param format Which export.
 */
export function renderExport(episode: Episode, format: ExportFormat, options: ExportOptions = {}): string {
  switch (format) {
    case "vtt":
      return formatVtt(episode);
    case "srt":
      return formatSrt(episode);
    case "txt":
      return formatText(episode);
    case "json":
      return formatJsonTranscript(episode);
    case "html":
      return formatHtmlTranscript(episode);
    case "chapters":
      return formatJsonChapters(episode, options);
  }
}

/**
 * The exports that have content for this episode, in display order: the caption formats and the
 * JSON and HTML transcripts need a timed transcript, the text needs any transcript, the chapters file needs
 * sections, chapters or timed notes under headings.
 */
export function availableExports(episode: Episode): ExportFormat[] {
  const timed = buildCues(episode).length > 0;
  const has: Record<ExportFormat, boolean> = {
    vtt: timed,
    srt: timed,
    json: timed,
    html: timed,
    txt: episode.transcript.turns.length > 0,
    chapters: toJsonChapters(episode).chapters.length > 0,
  };
  return EXPORT_FORMATS.filter((format) => has[format]);
}
