import type { Episode, Speaker } from "@/lib/model/episode-schema";
import { ADA, makeEpisode, VOICE_2 } from "./episode-fixture";

/** The origin the feed tests build on. */
export const ORIGIN = "https://episodes.example.org";

/** Every character a feed must escape or drop: markup, quotes, C0 controls, a lone surrogate. */
export const HOSTILE = `<b>"Tom" & 'Jerry'</b>\u0001\u0008\u000B\u001F\uD800 ]]> --> &amp;`;

const HOSTILE_SPEAKER: Speaker = {
  id: "hostile",
  name: `Eve <script>"&'`,
  label: "Eve",
  role: "Guest",
  image: "https://img.example/eve.png?a=1&b=<2>",
  href: "https://eve.example/?q=\"x\"&y='z'",
  voices: [],
};

/** An episode with audio, two named speakers, an unnamed one, a credit, chapters and highlights. */
export function richEpisode(extra: Partial<Episode> = {}): Episode {
  return makeEpisode(
    [
      { speakerId: ADA.id, sentences: [{ text: "Hello and welcome.", start: 10, end: 12 }] },
      { speakerId: HOSTILE_SPEAKER.id, sentences: [{ text: `I say <b> & "quotes".`, start: 12, end: 15 }] },
      { speakerId: VOICE_2.id, sentences: [{ text: "An unnamed voice.", start: 15, end: 17 }] },
      { sentences: [{ text: "Nobody in particular.", start: 17, end: 19 }] },
    ],
    [{ ...ADA, role: "Host" }, HOSTILE_SPEAKER, VOICE_2],
    {
      slug: "rich-episode",
      title: HOSTILE,
      description: `Description with ${HOSTILE}`,
      published: "2024-03-05",
      media: [{ kind: "audio", url: "/media/rich.mp3", primary: true, offset: 2, source: "fixture.vtt" }],
      credits: [{ name: "Pat Producer", role: "producer", group: "audio post-production" }],
      highlights: [
        { id: "h-1", start: 12, end: 15, duration: 3, title: HOSTILE, source: "fixture.vtt" },
        { id: "h-2", start: 1, end: 4, duration: 3, source: "fixture.vtt" },
      ],
      chapters: [{ id: "c-1", title: "Start", start: 10, source: "fixture.vtt" }],
      ...extra,
    },
  );
}

/** An episode whose only media is a YouTube video. */
export const youtubeEpisode = (): Episode =>
  makeEpisode([{ speakerId: ADA.id, sentences: [{ text: "On video only.", start: 1, end: 2 }] }], [ADA], {
    slug: "youtube-only",
    title: "YouTube only",
    published: "2023-01-01",
    media: [
      {
        kind: "youtube",
        url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        youtubeId: "dQw4w9WgXcQ",
        primary: true,
        offset: 0,
        source: "fixture.vtt",
      },
    ],
  });

/** An episode without media: not in a feed. */
export const silentEpisode = (): Episode =>
  makeEpisode([{ sentences: [{ text: "No media.", start: 1, end: 2 }] }], [], {
    slug: "no-media",
    title: "No media",
    published: "2025-01-01",
  });
