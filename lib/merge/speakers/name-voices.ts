import type { CaptionWord } from "../timing/caption-words";

/** The name chosen for one anonymous caption voice, with the evidence. */
export interface VoiceName {
  /** The caption voice, e.g. "Speaker 2". */
  voice: string;
  /** The clean-text name it shares most aligned words with; absent when none qualifies. */
  name?: string;
  /** Aligned words the voice shares with `name` (or with its best candidate). */
  shared: number;
  /** Aligned words of the voice in total. */
  aligned: number;
  /** Caption words of the voice in total. */
  words: number;
}

/** A voice needs at least this many aligned words with a name… */
export const MIN_SHARED_WORDS = 3;
/** …and at least this share (0..1) of its aligned words. */
export const MIN_SHARE = 0.5;

/**
 * Name caption voices by majority vote over aligned words: each clean word that
 * aligned to a caption word votes for (caption voice → clean speaker name). A
 * voice takes the name with the most votes when it has ≥ 3 votes and ≥ 50 % of
 * the voice's aligned words; ties go to the alphabetically first name. Never by
 * order of appearance. Voices are returned in order of first appearance.
 * @param speakerOfWord clean word index → clean speaker name (undefined = unlabelled)
 * @param captionOfWord clean word index → caption word index (-1 = unaligned)
 * @param captions the caption words
 */
export function nameVoices(
  speakerOfWord: readonly (string | undefined)[],
  captionOfWord: Int32Array,
  captions: readonly CaptionWord[],
): VoiceName[] {
  const order: string[] = [];
  const words = new Map<string, number>();
  for (const c of captions) {
    if (c.voice === undefined) continue;
    if (!words.has(c.voice)) order.push(c.voice);
    words.set(c.voice, (words.get(c.voice) ?? 0) + 1);
  }
  const votes = new Map<string, Map<string, number>>();
  const aligned = new Map<string, number>();
  captionOfWord.forEach((ci, wi) => {
    if (ci < 0) return;
    const voice = captions[ci]?.voice;
    if (voice === undefined) return;
    aligned.set(voice, (aligned.get(voice) ?? 0) + 1);
    const name = speakerOfWord[wi];
    if (name === undefined) return;
    const tally = votes.get(voice) ?? new Map<string, number>();
    tally.set(name, (tally.get(name) ?? 0) + 1);
    votes.set(voice, tally);
  });
  return order.map((voice) => {
    let best: string | undefined;
    let shared = 0;
    for (const [name, n] of votes.get(voice) ?? []) {
      if (n > shared || (n === shared && best !== undefined && name < best)) {
        best = name;
        shared = n;
      }
    }
    const total = aligned.get(voice) ?? 0;
    const ok = best !== undefined && shared >= MIN_SHARED_WORDS && shared >= MIN_SHARE * total;
    return { voice, ...(ok ? { name: best } : {}), shared, aligned: total, words: words.get(voice) ?? 0 };
  });
}
