import type { Episode } from "@/lib/model/episode-schema";
import { getSpeakerDisplayName } from "@/lib/view/speaker-palette";
import { formatClock } from "@/lib/time/format-time";

/** Material only another release has (e.g. the audio promo), behind a disclosure, apart from the transcript. */
export function OutsideMaterial({ episode }: { episode: Episode }) {
  if (episode.transcript.outside.length === 0) return null;
  return (
    <div className="space-y-2">
      {episode.transcript.outside.map((part) => (
        <details
          key={part.id}
          className="rounded-md border border-dashed border-slate-300 p-3 text-sm dark:border-slate-700"
        >
          <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">
            {part.label}
          </summary>
          <div className="mt-2 space-y-2 text-slate-700 dark:text-slate-300">
            {part.turns.map((turn) => (
              <div key={turn.id}>
                <p className="font-semibold">{getSpeakerDisplayName(episode.speakers, turn.speakerId)}</p>
                {turn.paragraphs.map((p) => (
                  <p key={p.id}>
                    {p.start !== undefined && (
                      <span className="mr-2 font-mono text-xs tabular-nums">{formatClock(p.start)}</span>
                    )}
                    {p.sentences.map((s) => s.text).join(" ")}
                  </p>
                ))}
              </div>
            ))}
          </div>
        </details>
      ))}
    </div>
  );
}
