import { encodeEpisode } from "@/lib/model/serialize-episode";
import {
  episodeSchema,
  MODEL_VERSION,
  type Episode,
  type Sentence,
  type Speaker,
  type Word,
} from "@/lib/model/episode-schema";

/** A sentence for a fixture: its text, and optionally its span (s) to spread over the words. */
export interface SentenceSpec {
  text: string;
  start?: number;
  end?: number;
  /** Leave the words untimed although the sentence has a start (the export must interpolate). */
  untimedWords?: boolean;
}

export interface TurnSpec {
  speakerId?: string;
  sentences: SentenceSpec[];
}

let counter = 0;

/** A bracketed word (`[BOO-dee-ay],`) is an editorial note, untimed as in the merged model. */
const isNote = (text: string): boolean => /^\[.*\]\P{L}*$/u.test(text);

/** Words of a sentence, the span spread over them by character length (ms-rounded). */
function words(spec: SentenceSpec): Word[] {
  const texts = spec.text.split(" ");
  const { start, end } = spec;
  if (start === undefined || spec.untimedWords)
    return texts.map((text) => (isNote(text) ? { text, note: true } : { text }));
  const to = end ?? start;
  const total = texts.reduce((n, t) => n + t.length + 1, 0);
  let at = 0;
  const ms = (s: number) => Math.round(s * 1000) / 1000;
  return texts.map((text): Word => {
    const s = start + ((to - start) * at) / total;
    at += text.length + 1;
    if (isNote(text)) return { text, note: true };
    return { text, start: ms(s), end: ms(start + ((to - start) * at) / total), timing: "aligned" as const };
  });
}

function sentence(spec: SentenceSpec): Sentence {
  const id = `s-${counter++}`;
  return {
    id,
    text: spec.text,
    ...(spec.start !== undefined
      ? { start: spec.start, end: spec.end ?? spec.start, timing: "aligned" }
      : {}),
    words: words(spec),
  };
}

/** A valid episode (checked against the schema) with the given speakers and turns. */
export function makeEpisode(
  turns: TurnSpec[],
  speakers: Speaker[] = [],
  extra: Partial<Episode> = {},
): Episode {
  const episode: Episode = {
    schemaVersion: MODEL_VERSION,
    slug: "fixture-episode",
    title: "Fixture episode",
    titles: [],
    summary: [],
    language: "en",
    media: [],
    sources: [{ id: "fixture.vtt", format: "vtt", sha256: "0".repeat(64), bytes: 1, used: [] }],
    speakers,
    credits: [],
    sections: [],
    keyPoints: [],
    transcript: {
      timing: "aligned",
      provenance: { words: [], names: [], times: [] },
      turns: turns.map((turn, k) => ({
        id: `t-${k}`,
        ...(turn.speakerId !== undefined ? { speakerId: turn.speakerId } : {}),
        paragraphs: [
          {
            id: `p-${k}`,
            ...(turn.sentences[0]?.start !== undefined ? { start: turn.sentences[0].start } : {}),
            sentences: turn.sentences.map(sentence),
          },
        ],
      })),
      outside: [],
    },
    notes: [],
    chapters: [],
    blocks: [],
    highlights: [],
    warnings: [],
    ...extra,
  };
  // Through the stored form, as the site reads a built episode.
  return episodeSchema.parse(encodeEpisode(episode));
}

export const ADA: Speaker = { id: "ada-lovelace", name: "Ada Lovelace", label: "Ada Lovelace", voices: [] };
export const VOICE_2: Speaker = { id: "voice-2", label: "Speaker 2", voices: ["Speaker 2"] };
