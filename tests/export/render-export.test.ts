import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { episodeSchema, type Episode } from "@/lib/model/episode-schema";
import { EXPORTS, EXPORT_FORMATS, isExportFormat } from "@/lib/export/export-formats";
import { availableExports, renderExport } from "@/lib/export/render-export";
import { parseVtt } from "@/lib/parse/parse-vtt";
import { parseSrt } from "@/lib/parse/parse-srt";
import { parseHtmlTranscript } from "@/lib/parse/parse-html-transcript";
import { jsonChaptersSchema, jsonTranscriptSchema } from "./podcasting-schemas";
import { makeEpisode } from "./episode-fixture";

const seed = (slug: string): Episode =>
  episodeSchema.parse(
    JSON.parse(readFileSync(path.resolve(__dirname, `../../content/episodes/${slug}.json`), "utf8")),
  );

describe("availableExports", () => {
  it("offers every export for a timed transcript with sections, only chapters for notes or show notes", () => {
    expect(availableExports(seed("hugging-face-watsonx"))).toEqual([
      "vtt",
      "srt",
      "txt",
      "json",
      "html",
      "chapters",
    ]);
    expect(availableExports(seed("acquired-ai-builders"))).toEqual(["chapters"]);
    expect(availableExports(seed("cyber-sentries-open-source-ai"))).toEqual(["chapters"]);
  });

  it("offers only the text for an untimed transcript, nothing for an empty episode", () => {
    expect(availableExports(makeEpisode([{ sentences: [{ text: "Untimed." }] }]))).toEqual(["txt"]);
    expect(availableExports(makeEpisode([]))).toEqual([]);
  });
});

describe("renderExport", () => {
  it("renders each export of episode A as a valid file of its format", () => {
    const episode = seed("hugging-face-watsonx");
    const vtt = parseVtt(renderExport(episode, "vtt"), { strict: true });
    expect(vtt.ok && vtt.warnings).toEqual([]);
    const srt = parseSrt(renderExport(episode, "srt"), { strict: true });
    expect(srt.ok && srt.warnings).toEqual([]);
    expect(renderExport(episode, "txt")).toContain("Jeff Boudier: ");
    jsonTranscriptSchema.parse(JSON.parse(renderExport(episode, "json")));
    const html = parseHtmlTranscript(renderExport(episode, "html"), { strict: true });
    expect(html.ok && html.warnings).toEqual([]);
    const chapters = jsonChaptersSchema.parse(JSON.parse(renderExport(episode, "chapters")));
    expect(chapters.chapters).toHaveLength(episode.sections.length);
  });

  it("knows each format's file, media type and download name", () => {
    expect(
      EXPORT_FORMATS.map((f) => [EXPORTS[f].path, EXPORTS[f].contentType, EXPORTS[f].fileName("x")]),
    ).toEqual([
      ["transcript.vtt", "text/vtt; charset=utf-8", "x.vtt"],
      ["transcript.srt", "application/x-subrip; charset=utf-8", "x.srt"],
      ["transcript.txt", "text/plain; charset=utf-8", "x.txt"],
      ["transcript.json", "application/json; charset=utf-8", "x.transcript.json"],
      ["transcript.podcast.html", "text/html; charset=utf-8", "x.transcript.html"],
      ["chapters.json", "application/json; charset=utf-8", "x.chapters.json"],
    ]);
    expect(isExportFormat("vtt")).toBe(true);
    expect(isExportFormat("mp3")).toBe(false);
  });
});
