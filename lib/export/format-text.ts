import type { Episode } from "../model/episode-schema";
import { formatClock } from "../time/format-time";
import { getPrimaryOffset } from "../model/primary-media";
import { speakerNames, type CueInput } from "./build-cues";
import { spokenText } from "./spoken-text";

/**
 * The episode's transcript as plain text: the title, a line with show and date (when known),
 * then one paragraph per model paragraph, each on one line as `[8:36] Jeff Boudier: text`
 * (the time is left out for an untimed paragraph, the label for a turn without speaker; an
 * unnamed speaker appears by their label). Paragraphs are separated by blank lines. The text is
 * the spoken words: editorial notes (`[BOO-dee-ay]`) are left out. Material in
 * `transcript.outside` is left out. Times are on the primary media's clock, as in the caption
 * exports; times before 0 s print as 0:00.
 *
 * @param episode The model (title, show, published, speakers, transcript and media are read).
 */
export function formatText(episode: CueInput & Pick<Episode, "title" | "show" | "published">): string {
  const names = speakerNames(episode.speakers);
  const offset = getPrimaryOffset(episode.media);
  const byline = [episode.show, episode.published].filter(Boolean).join(" · ");
  const blocks = [byline ? `${episode.title}\n${byline}` : episode.title];
  for (const turn of episode.transcript.turns) {
    const speaker = turn.speakerId !== undefined ? names.get(turn.speakerId) : undefined;
    for (const paragraph of turn.paragraphs) {
      const time =
        paragraph.start !== undefined ? `[${formatClock(Math.max(0, paragraph.start - offset))}] ` : "";
      const label = speaker !== undefined ? `${speaker}: ` : "";
      const text = paragraph.sentences.map((s) => spokenText(s.words)).filter(Boolean);
      if (text.length > 0) blocks.push(`${time}${label}${text.join(" ")}`);
    }
  }
  return `${blocks.join("\n\n")}\n`;
}
