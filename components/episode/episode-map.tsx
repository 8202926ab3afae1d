import type { CSSProperties } from "react";
import type { Episode } from "@/lib/model/episode-schema";
import { SPEAKER_COLORS, getSpeakerColor, getSpeakerDisplayName } from "@/lib/view/speaker-palette";
import { buildMapGradient } from "@/lib/view/map-gradient";
import { getSpeechSegments, getTalkTime } from "@/lib/model/talk-time";
import { formatDuration } from "@/lib/time/format-time";
import { EpisodeMapIsland } from "./episode-map-island";

const pct = (t: number, duration: number) =>
  `${Math.min(100, Math.max(0, (t / duration) * 100)).toFixed(3)}%`;

/**
 * The speech layer's style: a gradient (lib/view/map-gradient.ts) whose colours are short custom
 * properties (`--s0`… per palette colour, `--sx` for an unknown speaker), defined once here, so
 * each of hundreds of stops stays short.
 */
function speechLayerStyle(episode: Episode, duration: number): CSSProperties | undefined {
  const vars: Record<string, string> = {};
  const stretches = getSpeechSegments(episode).map((s) => {
    const color = getSpeakerColor(episode.speakers, s.speakerId);
    const name = color ? `--s${SPEAKER_COLORS.indexOf(color)}` : "--sx";
    vars[name] = color?.fill ?? "var(--color-slate-400)";
    return { color: `var(${name})`, start: s.start, end: s.end };
  });
  const backgroundImage = buildMapGradient(stretches, duration);
  return backgroundImage ? { ...vars, backgroundImage } : undefined;
}

/** Who speaks when, section boundaries and the playhead, across the whole episode; talk time beside it. */
export function EpisodeMap({ episode }: { episode: Episode }) {
  const duration = episode.duration;
  const segments = getSpeechSegments(episode);
  const boundaries = [...episode.sections, ...episode.chapters];
  if (!duration || (segments.length === 0 && boundaries.length === 0)) return null;
  const speech = speechLayerStyle(episode, duration);
  const talk = getTalkTime(episode);
  const total = talk.reduce((sum, t) => sum + t.seconds, 0);
  return (
    <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-center lg:mt-0 lg:flex-col lg:items-stretch">
      <EpisodeMapIsland
        duration={duration}
        sections={boundaries.map((b) => ({ title: b.title, start: b.start }))}
      >
        {speech && <span className="map-speech" style={speech} />}
        {boundaries.map((b) => (
          <span key={`b-${b.id}`} className="map-boundary" style={{ left: pct(b.start, duration) }} />
        ))}
      </EpisodeMapIsland>
      {total > 0 && (
        <ul
          aria-label="Talk time"
          className="flex shrink-0 flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-300"
        >
          {talk.map((t) => (
            <li key={t.speakerId ?? "unknown"} className="inline-flex items-center gap-1">
              <span
                aria-hidden="true"
                className={`h-2 w-2 rounded-full ${getSpeakerColor(episode.speakers, t.speakerId)?.bg ?? "bg-slate-400"}`}
              />
              {getSpeakerDisplayName(episode.speakers, t.speakerId) ?? "Unknown"} {formatDuration(t.seconds)}{" "}
              ({Math.round((t.seconds / total) * 100)}%)
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
