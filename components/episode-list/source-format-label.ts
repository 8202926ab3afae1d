import type { SourceFormat } from "@/lib/parse/types";

/** How the library names each source format. */
export const SOURCE_FORMAT_LABELS: Record<SourceFormat, string> = {
  vtt: "WebVTT captions",
  srt: "SRT subtitles",
  "summary-page": "summary page",
  "plain-text": "plain transcript",
  "timestamped-notes": "timestamped notes",
  "show-notes": "show notes",
};
