import type { Episode, Sentence, Word } from "@/lib/model/episode-schema";
import type { MergeSource } from "@/lib/merge/merge-episode";
import type { ParsedDoc } from "@/lib/parse/types";

/** A merge source with a fake (valid) hash. */
export function src(id: string, doc: ParsedDoc): MergeSource {
  return { id, sha256: "ab".repeat(32), bytes: 1000, doc };
}

/** Main-transcript sentences in order, with their turn's speaker id. */
export function sentencesOf(ep: Episode): Array<Sentence & { speakerId?: string }> {
  return ep.transcript.turns.flatMap((t) =>
    t.paragraphs.flatMap((p) =>
      p.sentences.map((s) => ({ ...s, ...(t.speakerId !== undefined ? { speakerId: t.speakerId } : {}) })),
    ),
  );
}

/** Main-transcript words in order. */
export function wordsOf(ep: Episode): Word[] {
  return sentencesOf(ep).flatMap((s) => s.words);
}

/** Every time (start/end) anywhere in an episode's transcript. */
export function allTimes(ep: Episode): number[] {
  const out: number[] = [];
  const turns = [...ep.transcript.turns, ...ep.transcript.outside.flatMap((o) => o.turns)];
  for (const t of turns) {
    for (const v of [t.start, t.end]) if (v !== undefined) out.push(v);
    for (const p of t.paragraphs) {
      if (p.start !== undefined) out.push(p.start);
      for (const s of p.sentences) {
        for (const v of [s.start, s.end]) if (v !== undefined) out.push(v);
        for (const w of s.words) for (const v of [w.start, w.end]) if (v !== undefined) out.push(v);
      }
    }
  }
  return out;
}
