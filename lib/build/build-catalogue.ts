import {
  catalogueSchema,
  MODEL_VERSION,
  type Catalogue,
  type CatalogueEntry,
  type Episode,
} from "../model/episode-schema";
import { toCataloguePeople } from "./catalogue-people";

function countSentences(episode: Episode): number {
  let count = 0;
  for (const turn of episode.transcript.turns) for (const p of turn.paragraphs) count += p.sentences.length;
  return count;
}

/** The card's line about the episode: its description, else its first summary item; one line. */
function describeInOneLine(episode: Episode): string | undefined {
  const text = (episode.description ?? episode.summary[0] ?? "").replace(/\s+/gu, " ").trim();
  return text === "" ? undefined : text;
}

/** The catalogue's summary of one episode. */
export function toCatalogueEntry(episode: Episode): CatalogueEntry {
  return {
    slug: episode.slug,
    title: episode.title,
    show: episode.show,
    published: episode.published,
    duration: episode.duration,
    description: describeInOneLine(episode),
    speakers: episode.speakers.flatMap((s) => (s.name ? [s.name] : [])),
    people: toCataloguePeople(episode),
    counts: {
      sections: episode.sections.length,
      keyPoints: episode.keyPoints.length,
      sentences: countSentences(episode),
      notes: episode.notes.length,
      chapters: episode.chapters.length,
    },
    formats: [...new Set(episode.sources.map((s) => s.format))].sort(),
  };
}

/** The library catalogue: one entry per episode, newest first, then by title, then slug. */
export function buildCatalogue(episodes: CatalogueEntry[]): Catalogue {
  const entries = [...episodes];
  entries.sort(
    (a, b) =>
      (b.published ?? "").localeCompare(a.published ?? "") ||
      a.title.localeCompare(b.title, "en") ||
      a.slug.localeCompare(b.slug),
  );
  return catalogueSchema.parse({ schemaVersion: MODEL_VERSION, episodes: entries });
}
