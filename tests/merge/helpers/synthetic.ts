/**
 * Synthetic variants of one recording for merge tests: a clean plain text, a
 * summary page (video clock, coarse chunk times) and an audio VTT on another
 * clock (`video = rate * audio + offset`), with optional promo, misspellings and
 * word-late speaker boundaries. Everything is derived from a seeded PRNG.
 */
import type { CaptionDoc, Cue, PlainTextDoc, SummaryPageDoc, TimedChunk } from "@/lib/parse/types";

/** Deterministic PRNG (mulberry32), values in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ren",
  "tor",
  "vas",
  "ne",
  "qui",
  "pol",
  "dar",
  "sen",
  "ul",
  "fra",
  "bo",
  "gin",
  "te",
  "zor",
  "am",
];
const COMMON = [
  "the",
  "and",
  "of",
  "to",
  "a",
  "in",
  "is",
  "that",
  "we",
  "it",
  "for",
  "you",
  "with",
  "on",
  "this",
  "model",
  "open",
  "data",
];

/** A speaker turn of the synthetic recording. */
export interface SynthTurn {
  speaker: string;
  text: string;
}

/**
 * Random turns: sentences of 6–14 words from a ~900-word vocabulary plus common words.
 * @param seed PRNG seed
 * @param words approximate number of words in total
 * @param speakers speaker names, alternating in a seeded order
 */
export function randomTurns(seed: number, words: number, speakers: string[]): SynthTurn[] {
  const rnd = prng(seed);
  const vocab: string[] = [];
  for (let i = 0; i < 900; i++) {
    const n = 1 + Math.floor(rnd() * 3);
    let w = "";
    for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    vocab.push(w);
  }
  const turns: SynthTurn[] = [];
  let total = 0;
  let who = 0;
  while (total < words) {
    const sentences: string[] = [];
    const nSentences = 1 + Math.floor(rnd() * 5);
    for (let s = 0; s < nSentences; s++) {
      const len = 6 + Math.floor(rnd() * 9);
      const ws: string[] = [];
      for (let k = 0; k < len; k++)
        ws.push(
          rnd() < 0.35
            ? (COMMON[Math.floor(rnd() * COMMON.length)] ?? "the")
            : (vocab[Math.floor(rnd() * vocab.length)] ?? "x"),
        );
      const first = ws[0] ?? "x";
      ws[0] = first.charAt(0).toUpperCase() + first.slice(1);
      sentences.push(ws.join(" ") + (rnd() < 0.15 ? "?" : "."));
      total += len;
    }
    turns.push({ speaker: speakers[who % speakers.length] ?? "A", text: sentences.join(" ") });
    who += 1 + (rnd() < 0.2 ? 1 : 0);
  }
  return turns;
}

/** How to render the variants. */
export interface SynthOptions {
  turns: SynthTurn[];
  /** Clean-text speaker → VTT voice ("Speaker N"). */
  voices: Record<string, string>;
  /** video = rate * audio + offset (s). Default 0 / 1. */
  offset?: number;
  rate?: number;
  /** Audio-only material before the episode, spoken by `voice`. */
  promo?: { voice: string; text: string };
  /** Turn indices whose first word is put in the previous turn's last cue. */
  lateBoundaryAt?: number[];
  /** Caption misspellings: lowercase clean word → caption word. */
  misspell?: Record<string, string>;
  /** Per caption word, the probability of machine noise (misspelt, dropped, or an "um" inserted). */
  noise?: number;
  /** Seed of the noise. */
  seed?: number;
  /** Seconds per word on the video clock (default 0.4); pause between turns 0.8 s. */
  secondsPerWord?: number;
  wordsPerCue?: number;
  wordsPerChunk?: number;
  title?: string;
  keyPoints?: string[];
  sections?: Array<{ title: string; start: number }>;
}

/** The three documents plus the ground truth. */
export interface SynthVariants {
  plain: PlainTextDoc;
  vtt: CaptionDoc;
  summary: SummaryPageDoc;
  /** Video-clock start of every clean word (seconds). */
  videoStart: number[];
  /** Clean words in order. */
  words: string[];
  duration: number;
}

/**
 * Render the turns as plain text, summary page and audio VTT.
 * @param o options
 */
export function synthesize(o: SynthOptions): SynthVariants {
  const spw = o.secondsPerWord ?? 0.4;
  const rate = o.rate ?? 1;
  const offset = o.offset ?? 0;
  const audio = (video: number): number => (video - offset) / rate;
  const words: string[] = [];
  const speakerOf: string[] = [];
  const turnOf: number[] = [];
  const videoStart: number[] = [];
  let t = 0.5;
  o.turns.forEach((turn, ti) => {
    for (const w of turn.text.split(/\s+/)) {
      words.push(w);
      speakerOf.push(turn.speaker);
      turnOf.push(ti);
      videoStart.push(t);
      t += spw;
    }
    t += 0.8;
  });
  const duration = Math.ceil(t + 2);
  const chunks: TimedChunk[] = [];
  const perChunk = o.wordsPerChunk ?? 9;
  for (let i = 0; i < words.length; i += perChunk) {
    const parts: string[] = [];
    for (let k = i; k < Math.min(words.length, i + perChunk); k++) {
      if (k === 0 || turnOf[k] !== turnOf[k - 1]) parts.push(`${speakerOf[k]}:`);
      parts.push(words[k] ?? "");
    }
    chunks.push({ start: Math.floor(videoStart[i] ?? 0), text: parts.join(" "), line: chunks.length + 1 });
  }
  const cueGroups: number[][] = [];
  const perCue = o.wordsPerCue ?? 7;
  let current: number[] = [];
  words.forEach((_, i) => {
    if (current.length > 0 && (turnOf[i] !== turnOf[i - 1] || current.length >= perCue)) {
      const late = o.lateBoundaryAt?.includes(turnOf[i] ?? -1) && turnOf[i] !== turnOf[i - 1];
      if (late) {
        current.push(i);
        cueGroups.push(current);
        current = [];
        return;
      }
      cueGroups.push(current);
      current = [];
    }
    current.push(i);
  });
  if (current.length > 0) cueGroups.push(current);
  const cues: Cue[] = [];
  const noise = prng(o.seed ?? 1);
  const noiseRate = o.noise ?? 0;
  if (o.promo) {
    const promoWords = o.promo.text.split(/\s+/);
    let a = Math.max(0.2, audio(0) - 2 - promoWords.length * spw);
    for (let i = 0; i < promoWords.length; i += perCue) {
      const part = promoWords.slice(i, i + perCue);
      cues.push({
        start: a,
        end: a + part.length * spw,
        voice: o.promo.voice,
        text: part.join(" "),
        line: cues.length + 1,
      });
      a += part.length * spw;
    }
  }
  for (const group of cueGroups) {
    const first = group[0] ?? 0;
    const last = group[group.length - 1] ?? 0;
    const parts: string[] = [];
    for (const i of group) {
      const w = o.misspell?.[(words[i] ?? "").toLowerCase().replace(/[.?!,]/g, "")] ?? words[i] ?? "";
      const r = noise();
      if (r < noiseRate / 3)
        parts.push(w.length > 3 ? w.slice(0, 2) + (w[2] === "a" ? "e" : "a") + w.slice(3) : w);
      else if (r < (2 * noiseRate) / 3) continue;
      else if (r < noiseRate) parts.push(w, "um");
      else parts.push(w);
    }
    const text = parts.length > 0 ? parts.join(" ") : (words[first] ?? "");
    cues.push({
      start: Math.round(audio(videoStart[first] ?? 0) * 1000) / 1000,
      end: Math.round(audio((videoStart[last] ?? 0) + spw * 0.9) * 1000) / 1000,
      voice: o.voices[speakerOf[first] ?? ""] ?? "Speaker 99",
      text,
      line: cues.length + 1,
    });
  }
  const turns = o.turns.map((turn, i) => ({ speaker: turn.speaker, text: turn.text, line: i + 2 }));
  return {
    plain: { format: "plain-text", title: o.title ?? "Synthetic Episode", turns },
    vtt: { format: "vtt", title: `Show - ${o.title ?? "Synthetic Episode"}`, cues },
    summary: {
      format: "summary-page",
      title: o.title ?? "Synthetic Episode",
      sourceUrl: "https://www.youtube.com/watch?v=abcdefghijk",
      youtubeId: "abcdefghijk",
      duration,
      keyPoints: (o.keyPoints ?? []).map((text, i) => ({ text, line: i + 1 })),
      summary: ["A synthetic summary."],
      sections: (o.sections ?? [{ title: "Start", start: 0 }]).map((s, i) => ({
        title: s.title,
        description: "",
        start: s.start,
        line: i + 1,
      })),
      chunks,
      turns,
    },
    videoStart,
    words,
    duration,
  };
}
