import { buildCues, wrapCueText, type CueInput } from "./build-cues";
import { formatCueTime } from "./format-cue-time";

/**
 * The episode's transcript as SubRip subtitles: numbered cues (see {@link buildCues}), times
 * `hh:mm:ss,mmm` on the episode clock, each cue's text prefixed with `Name: ` (an unnamed
 * speaker's label, e.g. `Speaker 2: `) and wrapped to at most two lines. SRT has no escaping, so
 * the text is written as it is. An episode without a timed transcript gives an empty file.
 *
 * @param episode The model (speakers and transcript are read).
 */
export function formatSrt(episode: CueInput): string {
  return buildCues(episode)
    .map((cue, index) => {
      const label = cue.speaker !== undefined ? `${cue.speaker.replace(/\s+/g, " ").trim()}: ` : "";
      const timing = `${formatCueTime(cue.start, ",")} --> ${formatCueTime(cue.end, ",")}`;
      return `${index + 1}\n${timing}\n${wrapCueText(label + cue.text)}\n\n`;
    })
    .join("");
}
