import type { Episode } from "@/lib/model/episode-schema";
import { buildTranscriptBlocks } from "@/lib/view/transcript-blocks";
import { getSpeakerColor, getSpeakerDisplayName } from "@/lib/view/speaker-palette";
import { formatClock } from "@/lib/time/format-time";
import { formatTimeParam } from "@/lib/time/format-time-param";
import { SentenceText } from "./sentence-text";
import { ReadingControlsIsland } from "./reading-controls-island";

/**
 * The whole transcript, rendered on the server: section headings, speaker turns, paragraphs,
 * sentences. Elements repeated hundreds of times carry short component classes (globals.css)
 * rather than utility lists: the page sends its markup twice (HTML and the React payload).
 */
export function TranscriptView({ episode }: { episode: Episode }) {
  const blocks = buildTranscriptBlocks(episode);
  return (
    <section aria-label="Transcript" id="transcript" className="transcript space-y-5 leading-relaxed">
      <ReadingControlsIsland slug={episode.slug} />
      {episode.transcript.timing === "none" && (
        <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          This transcript has no times: its sources give none, so it cannot follow the media.
        </p>
      )}
      {blocks.map((block) => {
        if (block.kind === "section") {
          const { section } = block;
          return (
            <h2
              key={`h-${section.id}`}
              id={section.id}
              data-section-start={section.start}
              data-section-end={section.end}
              className="below-player border-t border-slate-200 pt-5 text-xl font-semibold dark:border-slate-800"
            >
              {section.title}
            </h2>
          );
        }
        const { turn } = block;
        const name = getSpeakerDisplayName(episode.speakers, turn.speakerId);
        const color = getSpeakerColor(episode.speakers, turn.speakerId);
        return (
          <div
            key={`${turn.id}-${block.paragraphs[0]?.id}`}
            data-speaker-name={name}
            className={`turn ${color?.border ?? "border-slate-300"}`}
          >
            {name && (
              <p className={`turn-name ${color?.text ?? ""}`}>
                <bdi>{name}</bdi>
                {block.continued && (
                  <span className="font-normal text-slate-600 dark:text-slate-400"> (continued)</span>
                )}
              </p>
            )}
            {block.paragraphs.map((paragraph) => (
              <p key={paragraph.id} id={paragraph.id}>
                {paragraph.start !== undefined && (
                  <a
                    href={`?t=${formatTimeParam(Math.max(0, paragraph.start))}`}
                    data-seek={paragraph.start}
                    className="time-link"
                    aria-label={`Play from ${formatClock(paragraph.start)}`}
                  >
                    {formatClock(paragraph.start)}
                  </a>
                )}
                {paragraph.sentences.map((sentence) => (
                  <SentenceText key={sentence.id} sentence={sentence} />
                ))}
              </p>
            ))}
          </div>
        );
      })}
    </section>
  );
}
