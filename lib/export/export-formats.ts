/**
 * The downloadable exports of an episode: their names on the command line, their URLs under
 * `/episodes/<slug>/`, their media types and the file names offered when saving them.
 */

/** Export formats, in the order the episode page lists them. */
export const EXPORT_FORMATS = ["vtt", "srt", "txt", "json", "html", "chapters"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportInfo {
  /** The file's name under `/episodes/<slug>/`, e.g. `transcript.vtt`. */
  path: string;
  /** The `Content-Type` the site serves it with. */
  contentType: string;
  /** What the episode page calls it. */
  label: string;
  /** The file name offered when saving, e.g. `my-episode.vtt`. */
  fileName: (slug: string) => string;
}

export const EXPORTS: Record<ExportFormat, ExportInfo> = {
  vtt: {
    path: "transcript.vtt",
    contentType: "text/vtt; charset=utf-8",
    label: "Captions (WebVTT)",
    fileName: (slug) => `${slug}.vtt`,
  },
  srt: {
    path: "transcript.srt",
    contentType: "application/x-subrip; charset=utf-8",
    label: "Subtitles (SRT)",
    fileName: (slug) => `${slug}.srt`,
  },
  txt: {
    path: "transcript.txt",
    contentType: "text/plain; charset=utf-8",
    label: "Transcript (plain text)",
    fileName: (slug) => `${slug}.txt`,
  },
  json: {
    path: "transcript.json",
    contentType: "application/json; charset=utf-8",
    label: "Transcript (Podcasting 2.0 JSON)",
    fileName: (slug) => `${slug}.transcript.json`,
  },
  html: {
    // Not `transcript.html`: that path is the page's own transcript markup, for in-app navigation.
    path: "transcript.podcast.html",
    contentType: "text/html; charset=utf-8",
    label: "Transcript (Podcasting 2.0 HTML)",
    fileName: (slug) => `${slug}.transcript.html`,
  },
  chapters: {
    path: "chapters.json",
    contentType: "application/json; charset=utf-8",
    label: "Chapters (Podcasting 2.0 JSON)",
    fileName: (slug) => `${slug}.chapters.json`,
  },
};

/** Whether a string names an export format (for command-line input). */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
