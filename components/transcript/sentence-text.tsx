import type { Sentence } from "@/lib/model/episode-schema";

/**
 * One sentence, as text. Timed words become `data-w` spans (for the current-word highlight);
 * editorial notes such as `[BOO-dee-ay]` are shown as small notes.
 */
export function SentenceText({ sentence, id = true }: { sentence: Sentence; id?: boolean }) {
  const timedWords = sentence.words.some((w) => w.start !== undefined && w.timing !== "coarse");
  return (
    <span
      id={id ? sentence.id : undefined}
      data-sentence={id ? "" : undefined}
      data-start={sentence.start}
      data-end={sentence.end}
      tabIndex={id ? -1 : undefined}
      className="scroll-mt-28 rounded-sm decoration-indigo-400 outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 aria-[current=true]:bg-amber-100 data-[quote]:bg-indigo-100 dark:aria-[current=true]:bg-amber-900/60 dark:data-[quote]:bg-indigo-900/60"
    >
      {sentence.words.map((word, i) => {
        const space = i > 0 ? " " : "";
        if (word.note) {
          return (
            <span key={i}>
              {space}
              <span className="text-xs italic text-slate-500 dark:text-slate-400" data-note="">
                {word.text}
              </span>
            </span>
          );
        }
        if (timedWords && word.start !== undefined) {
          return (
            <span key={i}>
              {space}
              <span
                data-w=""
                data-start={word.start}
                className="data-[active]:underline data-[active]:decoration-2"
              >
                {word.text}
              </span>
            </span>
          );
        }
        return <span key={i}>{space + word.text}</span>;
      })}{" "}
    </span>
  );
}
