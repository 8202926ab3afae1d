import { detectFormat } from "./detect-format";
import { neverThrow } from "./issues";
import { parsePlainText } from "./parse-plain-text";
import { parseHtmlTranscript } from "./parse-html-transcript";
import { parseJsonChapters } from "./parse-json-chapters";
import { parseJsonTranscript } from "./parse-json-transcript";
import { parseShowNotes } from "./parse-show-notes";
import { parseSrt } from "./parse-srt";
import { parseSummaryPage } from "./parse-summary-page";
import { parseTimestampedNotes } from "./parse-timestamped-notes";
import { parseVtt } from "./parse-vtt";
import type { ParsedDoc, ParseOptions, ParseResult } from "./types";

export { decodeSourceBytes } from "./decode-source-bytes";

/** The error for content that fits no known format (always on line 1). */
export const UNRECOGNISED_FORMAT =
  "not a recognised format (expected WebVTT, SRT, summary page, plain speaker-labelled text, timestamped notes, show notes, a Podcasting 2.0 JSON or HTML transcript or JSON chapters)";

/**
 * Detects a source's format from its content ({@link detectFormat}) and parses it with the
 * matching parser. Times in the result are seconds. Unknown content gives one line-1 error.
 * Never throws.
 *
 * @param text The decoded text (see `decodeSourceBytes`).
 */
export function parseSource(text: string, options: ParseOptions = {}): ParseResult<ParsedDoc> {
  return neverThrow<ParsedDoc>(() => {
    switch (detectFormat(text)) {
      case "vtt":
        return parseVtt(text, options);
      case "srt":
        return parseSrt(text, options);
      case "summary-page":
        return parseSummaryPage(text, options);
      case "plain-text":
        return parsePlainText(text, options);
      case "timestamped-notes":
        return parseTimestampedNotes(text, options);
      case "show-notes":
        return parseShowNotes(text, options);
      case "json-transcript":
        return parseJsonTranscript(text, options);
      case "html-transcript":
        return parseHtmlTranscript(text, options);
      case "json-chapters":
        return parseJsonChapters(text, options);
      default:
        return { ok: false, errors: [{ line: 1, message: UNRECOGNISED_FORMAT }], warnings: [] };
    }
  });
}
