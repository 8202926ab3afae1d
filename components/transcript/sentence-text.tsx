import { Fragment } from "react";
import type { Sentence } from "@/lib/model/episode-schema";

/**
 * Word start times as hundredths of a second after the sentence's start, one per word that is
 * not an editorial note (`-` when untimed); undefined when the sentence has no word timings.
 * The sync island turns these into word spans for the sentence being spoken only.
 */
function encodeWordStarts(sentence: Sentence): string | undefined {
  if (sentence.start === undefined) return undefined;
  const base = sentence.start;
  const words = sentence.words.filter((w) => !w.note);
  if (!words.some((w) => w.start !== undefined && w.timing !== "coarse")) return undefined;
  return words
    .map((w) => (w.start === undefined ? "-" : String(Math.round((w.start - base) * 100))))
    .join(" ");
}

/** One sentence as text; editorial notes such as `[BOO-dee-ay]` are shown as small notes. */
export function SentenceText({ sentence }: { sentence: Sentence }) {
  // Consecutive ordinary words become one text run; notes get their own element.
  const parts: { note: boolean; text: string }[] = [];
  for (const word of sentence.words) {
    const last = parts.at(-1);
    const note = word.note === true;
    if (last && last.note === note) last.text += ` ${word.text}`;
    else parts.push({ note, text: word.text });
  }
  return (
    <span
      id={sentence.id}
      data-sentence=""
      data-start={sentence.start}
      data-end={sentence.end}
      data-words={encodeWordStarts(sentence)}
      tabIndex={-1}
      className="sentence"
    >
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
    </span>
  );
}
