import type { Episode } from "../model/episode-schema";
import { buildCues, wrapCueText, type CueInput } from "./build-cues";
import { formatCueTime } from "../time/format-cue-time";

/** Escapes cue text for WebVTT: `&`, `<` and `>` would otherwise start entities and tags. */
export function escapeVttText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A header or identifier line may hold neither a line break nor `-->` (it would start a cue). */
function oneSafeLine(text: string): string {
  return text.replace(/\s+/g, " ").replace(/-->/g, "->").trim();
}

/**
 * The episode's transcript as WebVTT captions: `WEBVTT - <title>`, then one cue per
 * {@link buildCues} cue with the sentence id as identifier, times `hh:mm:ss.ttt` on the episode
 * clock, the speaker as a voice span (`<v Jeff Boudier>`; an unnamed speaker by their label) and
 * the text escaped and wrapped to at most two lines. Editorial notes (`[BOO-dee-ay]`) are not
 * speech: they go in a `NOTE` comment block just before their cue, which players do not show.
 * An episode without a timed transcript gives a valid file with no cues.
 *
 * @param episode The model (title, speakers and transcript are read).
 */
export function formatVtt(episode: CueInput & Pick<Episode, "title">): string {
  const title = oneSafeLine(episode.title);
  const blocks = [title ? `WEBVTT - ${title}` : "WEBVTT"];
  for (const cue of buildCues(episode)) {
    if (cue.notes) blocks.push(`NOTE ${oneSafeLine(cue.notes.join(" "))}`);
    const voice = cue.speaker !== undefined ? `<v ${escapeVttText(oneSafeLine(cue.speaker))}>` : "";
    blocks.push(
      [
        oneSafeLine(cue.id),
        `${formatCueTime(cue.start, ".")} --> ${formatCueTime(cue.end, ".")}`,
        voice + escapeVttText(wrapCueText(cue.text)),
      ].join("\n"),
    );
  }
  return `${blocks.join("\n\n")}\n`;
}
