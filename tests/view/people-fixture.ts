import type { Episode, Speaker } from "@/lib/model/episode-schema";
import { ADA, VOICE_2, makeEpisode, type TurnSpec } from "../export/episode-fixture";

// Synthetic episodes with timed turns for the people index and the catalogue's people.

export const GRACE: Speaker = {
  id: "grace-hopper",
  name: "Grace Hopper",
  label: "Grace Hopper",
  role: "guest",
  voices: [],
};

/** The fixture's turns carry no times of their own: each takes its sentences' span, as built ones do. */
export function timed(episode: Episode): Episode {
  for (const turn of episode.transcript.turns) {
    const sentences = turn.paragraphs.flatMap((p) => p.sentences);
    const start = sentences[0]?.start;
    const end = sentences.at(-1)?.end;
    if (start !== undefined) turn.start = start;
    if (end !== undefined) turn.end = end;
  }
  return episode;
}

export function episode(
  slug: string,
  turns: TurnSpec[],
  speakers: Speaker[],
  extra: Partial<Episode> = {},
): Episode {
  return timed(makeEpisode(turns, speakers, { slug, title: `Title ${slug}`, ...extra }));
}

export const say = (speakerId: string, start: number, end: number, text = "Some words here.") => ({
  speakerId,
  sentences: [{ text, start, end }],
});

export const first = episode(
  "first",
  [
    say("ada-lovelace", 0, 10),
    say("voice-2", 10, 40),
    say("ada-lovelace", 40, 100, "The longest turn of all."),
  ],
  [{ ...ADA, role: "host" }, VOICE_2],
  { credits: [{ name: "Charles Babbage", role: "producer" }] },
);
export const second = episode(
  "second",
  [say("ada-l", 0, 30), say("grace-hopper", 30, 35)],
  [{ id: "ada-l", name: "ada  LOVELACE", label: "ada  LOVELACE", role: "guest", voices: [] }, GRACE],
);
