import type { Episode, Paragraph } from "../model/episode-schema";
import { getPrimaryOffset } from "../model/primary-media";
import { formatClock } from "../time/format-time";
import { speakerNames, type CueInput } from "./build-cues";
import { spokenText } from "./spoken-text";
import { escapeXmlText } from "./xml-writer";

/** A paragraph's start: its own, else its first timed sentence's; undefined when untimed. */
function paragraphStart(paragraph: Paragraph): number | undefined {
  return paragraph.start ?? paragraph.sentences.find((s) => s.start !== undefined)?.start;
}

/**
 * The episode's transcript as the Podcasting 2.0 HTML transcript (`text/html`): a small page
 * whose body is, per model paragraph, `<time>m:ss</time>` and `<p>` with its spoken words,
 * preceded by `<cite>Name:</cite>` whenever the speaker changes (an empty `<cite></cite>` when a
 * turn has no speaker, so a reader does not carry the previous name over). The namespace's
 * readers (and `parseHtmlTranscript`) start a turn at each `<time>`, so every paragraph gets one:
 * an untimed paragraph takes the time before it, and times never go back. Times are whole
 * seconds on the primary media's clock, as in the other exports; editorial notes are left out.
 *
 * @param episode The model (title, language, speakers, transcript and media are read).
 */
export function formatHtmlTranscript(episode: CueInput & Pick<Episode, "title" | "language">): string {
  const names = speakerNames(episode.speakers);
  const offset = getPrimaryOffset(episode.media);
  const body: string[] = [];
  let speaker: string | undefined;
  let at = 0;
  for (const turn of episode.transcript.turns) {
    const name = turn.speakerId !== undefined ? names.get(turn.speakerId) : undefined;
    for (const paragraph of turn.paragraphs) {
      const text = paragraph.sentences.map((s) => spokenText(s.words)).filter(Boolean);
      if (text.length === 0) continue;
      if (name !== speaker)
        body.push(name === undefined ? "<cite></cite>" : `<cite>${escapeXmlText(name)}:</cite>`);
      speaker = name;
      const start = paragraphStart(paragraph);
      if (start !== undefined) at = Math.max(at, start - offset);
      body.push(`<time>${formatClock(at)}</time>`, `<p>${escapeXmlText(text.join(" "))}</p>`);
    }
  }
  const lang = episode.language.replace(/[^A-Za-z0-9-]/g, "");
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    `<head><meta charset="utf-8"><title>${escapeXmlText(episode.title)}</title></head>`,
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
