import { parseArgs } from "./parse-args";
import { isFile, readBytes } from "../content/source-files";
import { decodeSourceBytes, parseSource } from "../parse/parse-source";
import type { ParsedDoc } from "../parse/types";

/** The `--json` view: for captions exactly `{format, cues:[{start,end,voice,text}]}`. */
function toJsonView(doc: ParsedDoc): unknown {
  if (doc.format === "vtt" || doc.format === "srt") {
    return {
      format: doc.format,
      cues: doc.cues.map((c) => ({ start: c.start, end: c.end, voice: c.voice ?? null, text: c.text })),
    };
  }
  return doc;
}

function describe(doc: ParsedDoc): string[] {
  switch (doc.format) {
    case "vtt":
    case "srt":
    case "json-transcript":
    case "html-transcript": {
      const voices = [...new Set(doc.cues.flatMap((c) => (c.voice ? [c.voice] : [])))];
      return [`${doc.cues.length} cues`, `voices: ${voices.join(", ") || "none"}`];
    }
    case "plain-text":
      return [
        `title: ${doc.title ?? "none"}`,
        `${doc.turns.length} turns`,
        `speakers: ${[...new Set(doc.turns.flatMap((t) => (t.speaker ? [t.speaker] : [])))].join(", ")}`,
      ];
    case "summary-page":
      return [
        `title: ${doc.title}`,
        `${doc.keyPoints.length} key points`,
        `${doc.sections.length} sections`,
        `${doc.chunks.length} transcript chunks`,
      ];
    case "timestamped-notes":
      return [
        `title: ${doc.title ?? "none"}`,
        `video: ${doc.videoId ?? "none"}`,
        `${doc.notes.length} notes`,
      ];
    case "show-notes":
      return [`title: ${doc.title}`, `${doc.chapters.length} chapters`, `${doc.blocks.length} blocks`];
    case "json-chapters":
      return [`title: ${doc.title ?? "none"}`, `${doc.chapters.length} chapters`];
  }
}

/** `episodes inspect <file> [--json]`: the detected format and the parsed structure. */
export function inspectFile(argv: string[]): number {
  const args = parseArgs(argv, [], ["json"]);
  if ("error" in args) {
    console.error(`episodes inspect: ${args.error}`);
    return 2;
  }
  const file = args.positionals[0];
  if (!file) {
    console.error("episodes inspect: name a file, e.g. npx episodes inspect captions.vtt");
    return 2;
  }
  if (!isFile(file)) {
    console.error(`${file}:1: no such file`);
    return 1;
  }
  const decoded = decodeSourceBytes(readBytes(file));
  if ("error" in decoded) {
    console.error(`${file}:${decoded.error.line}: ${decoded.error.message}`);
    return 1;
  }
  const parsed = parseSource(decoded.text);
  for (const w of parsed.warnings) console.error(`${file}:${w.line}: warning: ${w.message}`);
  if (!parsed.ok) {
    for (const e of parsed.errors) console.error(`${file}:${e.line}: ${e.message}`);
    return 1;
  }
  if (args.flags.has("json")) {
    console.log(JSON.stringify(toJsonView(parsed.value), null, 2));
  } else {
    console.log([`format: ${parsed.value.format}`, ...describe(parsed.value)].join("\n"));
  }
  return 0;
}
