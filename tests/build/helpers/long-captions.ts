/**
 * A long show's captions as speech-to-text tools write them with word timestamps: one cue per
 * word, four voices taking turns, 150 words a minute. Ten hours are about 90,000 words and
 * 4.5 MB, past the 3 MB the version-1 model could hold. Deterministic.
 */
const VOCAB = (
  "model data open source community platform business question answer people team build train " +
  "company product research future language problem value history network market system design"
).split(" ");

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const vttTime = (ms: number) =>
  `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;

/** `hours` of word-level WebVTT captions and the words they hold, in order. */
export function wordLevelCaptions(hours: number): { vtt: string; words: string[] } {
  const count = Math.round(hours * 60 * 150);
  const words: string[] = [];
  const cues: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = `${VOCAB[(i * 7 + Math.floor(i / 13)) % VOCAB.length] ?? "word"}${i % 12 === 11 ? "." : ""}`;
    const start = i * 400;
    const voice = Math.floor(i / 240) % 4;
    words.push(word);
    cues.push(`${vttTime(start)} --> ${vttTime(start + 380)}\n<v Speaker ${voice + 1}>${word}\n`);
  }
  return { vtt: `WEBVTT\n\n${cues.join("\n")}`, words };
}
