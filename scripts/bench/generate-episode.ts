/**
 * Generates a synthetic episode in the three real source formats (plain text, WebVTT of an
 * audio release with a promo and a shifted, drifting clock, and a summary page), for benchmarks.
 * Deterministic for a given seed.
 */

const VOCAB = (
  "model data open source community platform business question answer people team build train " +
  "company product research future language problem value history network market system design " +
  "customer engineer scale growth example reason moment idea access control privacy trust tool " +
  "library compute hardware cloud partner policy"
).split(" ");
const NAMES = ["Ada Lovelace", "Grace Hopper", "Alan Turing"];

function prng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const hms = (t: number) => `${pad(Math.floor(t / 3600))}:${pad(Math.floor((t % 3600) / 60))}:${pad(Math.floor(t % 60))}`;
const vttTime = (t: number) => {
  const ms = Math.round(t * 1000);
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}.${pad(ms % 1000, 3)}`;
};
const clock = (t: number) =>
  t >= 3600 ? `${Math.floor(t / 3600)}:${pad(Math.floor((t % 3600) / 60))}:${pad(Math.floor(t % 60))}` : `${Math.floor(t / 60)}:${pad(Math.floor(t % 60))}`;

export interface SyntheticEpisode {
  plain: string;
  vtt: string;
  summary: string;
  words: number;
}

/** One synthetic episode of about `minutes` minutes (≈150 words a minute). */
export function generateEpisode(seed: number, minutes: number): SyntheticEpisode {
  const rand = prng(seed * 7919 + 17);
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)] as T;
  const title = `Synthetic episode ${seed}: ${pick(VOCAB)} and ${pick(VOCAB)}`;
  const turns: { speaker: string; words: string[] }[] = [];
  let total = 0;
  while (total < minutes * 150) {
    const words: string[] = [];
    const sentences = 1 + Math.floor(rand() * 6);
    for (let s = 0; s < sentences; s++) {
      const length = 6 + Math.floor(rand() * 16);
      for (let w = 0; w < length; w++) {
        const word = pick(VOCAB);
        words.push(w === 0 ? word[0]!.toUpperCase() + word.slice(1) : w === length - 1 ? `${word}.` : word);
      }
    }
    turns.push({ speaker: NAMES[turns.length % 3 === 0 ? 0 : 1 + (turns.length % 2)]!, words });
    total += words.length;
  }
  // Video clock: 2.5 words a second. Audio clock: 60 s promo, then video time * 1.0005 + 60.
  const wordsPerSecond = 2.5;
  const plainLines = [title];
  const vtt = [`WEBVTT - ${title}`, ""];
  const chunks: string[] = [];
  const promo = "Welcome to the network this season on the show listen wherever you get your podcasts".split(" ");
  for (let i = 0; i < promo.length; i += 8) {
    vtt.push(`${vttTime(2 + i / 2)} --> ${vttTime(2 + (i + 8) / 2)}`, `<v Speaker 1>${promo.slice(i, i + 8).join(" ")}`, "");
  }
  let index = 0;
  for (const turn of turns) {
    const text = `${turn.speaker}: ${turn.words.join(" ")}`;
    for (let i = 0; i < text.length; i += 90) plainLines.push(text.slice(i, i + 90));
    const voice = `Speaker ${2 + NAMES.indexOf(turn.speaker)}`;
    for (let i = 0; i < turn.words.length; i += 10) {
      const slice = turn.words.slice(i, i + 10);
      const start = (index + i) / wordsPerSecond;
      const audio = (t: number) => t * 1.0005 + 60;
      const heard = slice.map((w) => (rand() < 0.03 ? w.replace(/[aeiou]/, "e") : w)).join(" ");
      vtt.push(`${vttTime(audio(start))} --> ${vttTime(audio(start + slice.length / wordsPerSecond))}`, `<v ${voice}>${heard}`, "");
    }
    for (let i = 0; i < turn.words.length; i += 12) {
      const start = (index + i) / wordsPerSecond;
      const label = i === 0 ? `${turn.speaker}: ` : "";
      chunks.push(`${clock(start)}${label}${turn.words.slice(i, i + 12).join(" ")}`);
    }
    index += turn.words.length;
  }
  const duration = Math.ceil(index / wordsPerSecond);
  const url = `https://www.youtube.com/watch?v=${`synth${pad(seed % 1000000, 6)}`.slice(0, 11)}`;
  const sections = Array.from({ length: 8 }, (_, i) => {
    const t = Math.floor((duration / 8) * i);
    return `- [${hms(t)}](${url}&t=${t}s) **Part ${i + 1} about ${pick(VOCAB)}** - A section about ${pick(VOCAB)}.`;
  });
  const keyPoints = turns.slice(0, 4).map((t) => t.words.slice(0, 12).join(" "));
  const summary = [
    "Learning Library",
    "",
    "← Back to Library",
    "",
    title,
    "",
    "Key Points",
    "",
    ...keyPoints.map((k) => `  • ${k}`),
    "",
    "Sections",
    "",
    "Full Transcript",
    "",
    `# ${title} **Source:** [${url}](${url}) **Duration:** ${hms(duration)} ## Summary ${keyPoints.map((k) => `- ${k}`).join(" ")} ## Sections ${sections.join(" ")} ## Full Transcript ${chunks.join(" ")}`,
  ].join("\n");
  return { plain: plainLines.join("\n"), vtt: vtt.join("\n"), summary, words: index };
}
