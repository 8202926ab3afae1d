import type { Credit, Speaker } from "@/lib/model/episode-schema";
import { SPEAKER_COLORS } from "@/lib/view/speaker-palette";
import { Avatar } from "@/components/people/avatar";
import { personHref, type PersonSlugs } from "@/lib/view/people-index";
import { PEOPLE_DOC_ID } from "@/lib/search/describe-episode-people";

const LINK = "underline-offset-2 hover:underline";

/** A person's name: a link to their page when they have one (never for an unnamed voice). */
function PersonName({
  name,
  href,
  className,
}: {
  name: string;
  href: string | undefined;
  className?: string;
}) {
  const text = <bdi className={className}>{name}</bdi>;
  return href ? (
    <a href={href} className={LINK}>
      {text}
    </a>
  ) : (
    text
  );
}

/**
 * The episode's speakers with name, role and colour (a picture when a feed gave one), then the
 * people credited without speaking: one compact line of the header. With `people`, each named
 * person's name links to their page.
 */
export function SpeakerList({
  speakers,
  credits = [],
  people,
}: {
  speakers: Speaker[];
  credits?: Credit[];
  people?: PersonSlugs;
}) {
  if (speakers.length === 0 && credits.length === 0) return null;
  return (
    <section id={PEOPLE_DOC_ID} aria-labelledby="speakers-heading" className="flex flex-wrap gap-x-3 gap-y-1">
      <h2 id="speakers-heading" className="sr-only">
        Speakers
      </h2>
      {speakers.length > 0 && (
        <ul className="flex flex-wrap items-center gap-x-3 gap-y-1" aria-label="Speakers">
          {speakers.map((speaker, i) => {
            const color = SPEAKER_COLORS[i % SPEAKER_COLORS.length];
            const name = speaker.name ?? speaker.label;
            return (
              <li key={speaker.id} className="inline-flex items-center gap-1.5">
                {speaker.image ? (
                  <Avatar name={name} image={speaker.image} />
                ) : (
                  <span aria-hidden="true" className={`h-2 w-2 shrink-0 rounded-full ${color?.bg ?? ""}`} />
                )}
                <PersonName name={name} href={personHref(people, speaker.name)} className="font-medium" />
                {speaker.role && <bdi className="text-slate-600 dark:text-slate-400">{speaker.role}</bdi>}
              </li>
            );
          })}
        </ul>
      )}
      {credits.length > 0 && (
        <ul
          className="flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-600 dark:text-slate-300"
          aria-label="Credits"
        >
          {credits.map((person) => (
            <li key={person.name} className="inline-flex items-center gap-1.5">
              <Avatar name={person.name} {...(person.image ? { image: person.image } : {})} />
              <PersonName name={person.name} href={personHref(people, person.name)} />
              {person.role && <bdi className="text-slate-600 dark:text-slate-400">{person.role}</bdi>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
