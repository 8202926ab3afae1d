import { Fragment } from "react";
import type { Sentence } from "@/lib/model/episode-schema";

/**
 * One sentence as text; editorial notes such as `[BOO-dee-ay]` are shown as small notes.
 * Deliberately lean (no class, no tabindex, no word times): the page repeats this for every
 * sentence, twice (HTML and the React payload). Styles hang on `[data-sentence]`, the sync island
 * adds the roving tabindex, and word times arrive with playback (`word-starts.json`).
 */
export function SentenceText({ sentence }: { sentence: Sentence }) {
  // Consecutive ordinary words become one text run; notes get their own element.
  const parts: { note: boolean; text: string }[] = [];
  for (const word of sentence.words) {
    const last = parts.at(-1);
    const note = word.note === true;
    if (last && last.note === note) last.text += ` ${word.text}`;
    else parts.push({ note, text: word.text });
  }
  // One plain run (nearly every sentence) is a single string child: the leanest payload.
  const only = parts.length === 1 && !parts[0]?.note ? parts[0] : undefined;
  const children = only ? (
    `${only.text} `
  ) : (
    <>
      {parts.map((part, i) => {
        const space = i > 0 ? " " : "";
        if (!part.note) return space + part.text;
        return (
          <Fragment key={i}>
            {space}
            <span data-note="" className="note">
              {part.text}
            </span>
          </Fragment>
        );
      })}{" "}
    </>
  );
  return (
    <span id={sentence.id} data-sentence="" data-start={sentence.start} data-end={sentence.end}>
      {children}
    </span>
  );
}
