import type { Episode } from "../model/episode-schema";
import { slugifyHeading } from "../model/slugify";
import { buildPageTextDocs } from "./page-text-docs";
import type { EpisodeDocs, SearchDoc, SearchSection } from "./search-doc";

/** A section's position for a time (s): the last section starting at or before it (half a second early counts). */
function sectionAt(starts: readonly number[], t: number | undefined): number | undefined {
  if (t === undefined) return undefined;
  let found: number | undefined;
  starts.forEach((start, i) => {
    if (start <= t + 0.5) found = i;
  });
  return found;
}

/**
 * The searchable documents of an episode, all that its page shows in words: the transcript's
 * sentences (editorial notes left out: they are not what was said), timestamped notes,
 * chapters, section titles, highlights' titles, then the summary, key points and show notes
 * (buildPageTextDocs). Sections are the episode's sections, else its chapters, else the notes'
 * top-level headings.
 */
export function buildSearchDocs(episode: Episode): EpisodeDocs {
  const speakers = episode.speakers.map((s) => ({ id: s.id, name: s.name ?? s.label }));
  const speakerIndex = new Map(speakers.map((s, i) => [s.id, i]));
  const timed = [...(episode.sections.length > 0 ? episode.sections : episode.chapters)].sort(
    (a, b) => a.start - b.start,
  );
  const sections: SearchSection[] = timed.map((s) => ({ id: s.id, title: s.title }));
  const starts = timed.map((s) => s.start);
  const docs: SearchDoc[] = [];

  for (const turn of episode.transcript.turns) {
    const speaker = turn.speakerId === undefined ? undefined : speakerIndex.get(turn.speakerId);
    for (const paragraph of turn.paragraphs)
      for (const sentence of paragraph.sentences) {
        const text = sentence.words
          .filter((w) => !w.note)
          .map((w) => w.text)
          .join(" ");
        if (!text) continue;
        const { id, start, end } = sentence;
        docs.push({ id, kind: "sentence", text, start, end, speaker, section: sectionAt(starts, start) });
      }
  }

  const headings = new Map<string, number>();
  for (const note of episode.notes) {
    const heading = note.headingPath[0];
    let section: number | undefined;
    if (timed.length > 0) section = sectionAt(starts, note.start);
    else if (heading) {
      section = headings.get(heading);
      if (section === undefined) {
        section = sections.push({ id: slugifyHeading(heading), title: heading }) - 1;
        headings.set(heading, section);
      }
    }
    docs.push({ id: note.id, kind: "note", text: note.text, start: note.start, section });
  }

  for (const chapter of episode.chapters) {
    const { id, title, start, end } = chapter;
    docs.push({ id, kind: "chapter", text: title, start, end, section: sectionAt(starts, start) });
  }
  // The sections' titles: the transcript's headings (their element ids) and the nav's entries.
  for (const { id, title, start, end } of episode.sections)
    docs.push({ id, kind: "section", text: title, start, end });

  // A highlight without a title shows only its times: nothing to find it by.
  for (const { id, title, start, end } of episode.highlights)
    if (title?.trim())
      docs.push({ id, kind: "highlight", text: title, start, end, section: sectionAt(starts, start) });

  docs.push(...buildPageTextDocs(episode));
  return { slug: episode.slug, speakers, sections, docs };
}
