/**
 * Synthetic episodes for the benchmarks, as source files in the three real formats (plain text,
 * WebVTT of an audio release with a promo and a shifted, drifting clock, and a summary page).
 * The recording and its variants come from the merge tests' generator
 * (tests/merge/helpers/synthetic): this module gives it words as speech has them (zipf-vocabulary:
 * a few very common, a long tail of rare ones) and writes its documents out as the files a
 * person would add.
 * Deterministic for a given seed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prng, synthesize, type SynthTurn, type SynthVariants } from "../../tests/merge/helpers/synthetic";
import { drawZipfWord, EVERYDAY_WORDS } from "./zipf-vocabulary";

const VOCAB = EVERYDAY_WORDS;

const NAMES = ["Ada Lovelace", "Grace Hopper", "Alan Turing"];
const PROMO = "Welcome to the network this season on the show listen wherever you get your podcasts";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const hms = (t: number) =>
  `${pad(Math.floor(t / 3600))}:${pad(Math.floor((t % 3600) / 60))}:${pad(Math.floor(t % 60))}`;
const vttTime = (t: number) => {
  const ms = Math.round(t * 1000);
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}.${pad(ms % 1000, 3)}`;
};
const clock = (t: number) => (t >= 3600 ? hms(t).replace(/^0/, "") : `${Math.floor(t / 60)}:${pad(Math.floor(t % 60))}`);

/** Turns of about `words` words: 1–6 sentences of 6–21 words, the host every third turn. */
function everydayTurns(rand: () => number, words: number): SynthTurn[] {
  const pick = () => drawZipfWord(rand);
  const turns: SynthTurn[] = [];
  for (let total = 0; total < words; ) {
    const sentences: string[] = [];
    for (let s = 1 + Math.floor(rand() * 6); s > 0; s--) {
      const sentence = Array.from({ length: 6 + Math.floor(rand() * 16) }, pick);
      sentences.push(`${sentence.join(" ").replace(/^./, (c) => c.toUpperCase())}.`);
      total += sentence.length;
    }
    const speaker = NAMES[turns.length % 3 === 0 ? 0 : 1 + (turns.length % 2)] as string;
    turns.push({ speaker, text: sentences.join(" ") });
  }
  return turns;
}

/** The summary page as the site it is copied from shows it, links to the video at each section. */
function summaryPage(v: SynthVariants, url: string, sectionTitles: string[]): string {
  const { title, keyPoints, chunks } = v.summary;
  const duration = v.duration;
  const sections = sectionTitles.map((name, i) => {
    const t = Math.floor((duration / sectionTitles.length) * i);
    return `- [${hms(t)}](${url}&t=${t}s) **Part ${i + 1} about ${name}** - A section about ${name}.`;
  });
  const points = keyPoints.map((k) => k.text);
  const transcript = chunks.map((c) => `${clock(c.start)}${c.text}`);
  return [
    ...["Learning Library", "", "← Back to Library", "", title, "", "Key Points", ""],
    ...points.map((k) => `  • ${k}`),
    ...["", "Sections", "", "Full Transcript", ""],
    `# ${title} **Source:** [${url}](${url}) **Duration:** ${hms(duration)} ## Summary ${points.map((k) => `- ${k}`).join(" ")} ## Sections ${sections.join(" ")} ## Full Transcript ${transcript.join(" ")}`,
  ].join("\n");
}

export interface SyntheticEpisode {
  plain: string;
  vtt: string;
  summary: string;
  words: number;
  /** Length of the recording (s), the audio's clock. */
  seconds: number;
  /** Seven words from inside a sentence halfway through: found once wherever the transcript is. */
  probe: string;
}

/** Words 2–8 of the first sentence of 10 words or more from the middle turn on. */
function probePhrase(turns: SynthTurn[]): string {
  for (const turn of turns.slice(turns.length >> 1))
    for (const sentence of turn.text.split(". ")) {
      const words = sentence.split(" ");
      if (words.length >= 10) return words.slice(1, 8).join(" ");
    }
  throw new Error("no sentence of 10 words or more");
}

/** One synthetic episode of about `minutes` minutes (≈150 words a minute). */
export function generateEpisode(seed: number, minutes: number): SyntheticEpisode {
  const rand = prng(seed * 7919 + 17);
  const turns = everydayTurns(rand, minutes * 150);
  const title = `Synthetic episode ${seed}: ${VOCAB[seed % VOCAB.length]} and ${VOCAB[(seed * 7) % VOCAB.length]}`;
  // Audio clock: a promo, then video time stretched by 1.0005 and 60 s later; 3 % caption noise.
  const v = synthesize({
    turns,
    voices: Object.fromEntries(NAMES.map((name, i) => [name, `Speaker ${i + 2}`])),
    offset: -60,
    rate: 1 / 1.0005,
    promo: { voice: "Speaker 1", text: PROMO },
    noise: 0.03,
    seed,
    wordsPerCue: 10,
    wordsPerChunk: 12,
    title,
    keyPoints: turns.slice(0, 4).map((t) => t.text.split(" ").slice(0, 12).join(" ")),
  });
  const url = `https://www.youtube.com/watch?v=${`synth${pad(seed % 1000000, 6)}`.slice(0, 11)}`;
  const plain = [title, ...v.plain.turns.flatMap((t) => wrap(`${t.speaker}: ${t.text}`, 90))];
  const cues = v.vtt.cues.flatMap((c) => [`${vttTime(c.start)} --> ${vttTime(c.end)}`, `<v ${c.voice}>${c.text}`, ""]);
  const sections = Array.from({ length: 8 }, () => VOCAB[Math.floor(rand() * VOCAB.length)] as string);
  return {
    plain: plain.join("\n"),
    vtt: [`WEBVTT - ${title}`, "", ...cues].join("\n"),
    summary: summaryPage(v, url, sections),
    words: v.words.length,
    seconds: v.duration,
    probe: probePhrase(turns),
  };
}

/** `text` in lines of at most `width` characters, broken between words as a plain-text export wraps long turns. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** Writes `count` one-hour episodes as source folders under `dir` (`synthetic-000`, …); returns their words. */
export function writeSyntheticSources(dir: string, count: number): number {
  let words = 0;
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `synthetic-${String(i).padStart(3, "0")}`);
    mkdirSync(folder, { recursive: true });
    const episode = generateEpisode(i + 1, 60);
    words += episode.words;
    writeFileSync(path.join(folder, "transcript.txt"), episode.plain);
    writeFileSync(path.join(folder, "captions.vtt"), episode.vtt);
    writeFileSync(path.join(folder, "summary.txt"), episode.summary);
  }
  return words;
}
