import type { Episode } from "@/lib/model/episode-schema";
import { buildTranscriptHtml } from "@/lib/view/transcript-html";
import type { PersonSlugs } from "@/lib/view/people-index";
import { ReadingControlsIsland } from "./reading-controls-island";
import { TranscriptBody } from "./transcript-body";
import { offerTranscriptHtml } from "./transcript-html-channel";

/**
 * The whole transcript, rendered on the server: reading settings, then section headings, speaker
 * turns, paragraphs and sentences. The text goes into the page's HTML only, not its React payload
 * (`TranscriptBody`), so a long episode's page carries its transcript once.
 */
export function TranscriptView({ episode, people }: { episode: Episode; people?: PersonSlugs }) {
  offerTranscriptHtml(episode.slug, buildTranscriptHtml(episode, people));
  return (
    <section aria-label="Transcript" id="transcript" className="transcript space-y-5 leading-relaxed">
      <ReadingControlsIsland slug={episode.slug} />
      {episode.transcript.timing === "none" && (
        <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          This transcript has no times: its sources give none, so it cannot follow the media.
        </p>
      )}
      <TranscriptBody key={episode.slug} slug={episode.slug} />
    </section>
  );
}
