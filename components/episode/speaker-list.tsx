import type { Speaker } from "@/lib/model/episode-schema";
import { SPEAKER_COLORS } from "@/lib/view/speaker-palette";

/** The episode's speakers with name, role and colour: one compact line of the header. */
export function SpeakerList({ speakers }: { speakers: Speaker[] }) {
  if (speakers.length === 0) return null;
  return (
    <section aria-labelledby="speakers-heading">
      <h2 id="speakers-heading" className="sr-only">
        Speakers
      </h2>
      <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label="Speakers">
        {speakers.map((speaker, i) => {
          const color = SPEAKER_COLORS[i % SPEAKER_COLORS.length];
          return (
            <li key={speaker.id} className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className={`h-2 w-2 shrink-0 rounded-full ${color?.bg ?? ""}`} />
              <bdi className="font-medium">{speaker.name ?? speaker.label}</bdi>
              {speaker.role && <bdi className="text-slate-600 dark:text-slate-400">{speaker.role}</bdi>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
