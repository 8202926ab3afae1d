import { buildCues, wrapCueText, type CueInput } from "./build-cues";
import { formatCueTime } from "../time/format-cue-time";

/**
 * The episode's transcript as SubRip subtitles: numbered cues (see {@link buildCues}), times
 * `hh:mm:ss,mmm` on the episode clock, the text wrapped to at most two lines. As subtitles do,
 * the speaker is named (`Name: `, an unnamed speaker by their label, e.g. `Speaker 2: `) only on
 * the first cue after the speaker changes. SRT has no comment form, so editorial notes are left
 * out (see `buildCues`); it has no escaping either, so the text is written as it is. An episode
 * without a timed transcript gives an empty file.
 *
 * @param episode The model (speakers and transcript are read).
 */
export function formatSrt(episode: CueInput): string {
  let previous: string | undefined;
  return buildCues(episode)
    .map((cue, index) => {
      const speaker = cue.speaker !== previous ? cue.speaker : undefined;
      previous = cue.speaker;
      const label = speaker !== undefined ? `${speaker.replace(/\s+/g, " ").trim()}: ` : "";
      const timing = `${formatCueTime(cue.start, ",")} --> ${formatCueTime(cue.end, ",")}`;
      return `${index + 1}\n${timing}\n${wrapCueText(label + cue.text)}\n\n`;
    })
    .join("");
}
