import type { Speaker } from "../model/episode-schema";

/**
 * A consistent colour per speaker, by the speaker's position in the episode's list.
 * Class strings are written out in full so Tailwind finds them; contrast holds in both themes.
 * `fill` is the `bg` colour as a CSS value, for drawing (the episode map's gradient).
 */
export const SPEAKER_COLORS = [
  {
    text: "text-indigo-700 dark:text-indigo-300",
    bg: "bg-indigo-500",
    border: "border-indigo-500",
    fill: "var(--color-indigo-500)",
  },
  {
    text: "text-emerald-700 dark:text-emerald-300",
    bg: "bg-emerald-500",
    border: "border-emerald-500",
    fill: "var(--color-emerald-500)",
  },
  {
    text: "text-amber-800 dark:text-amber-300",
    bg: "bg-amber-500",
    border: "border-amber-500",
    fill: "var(--color-amber-500)",
  },
  {
    text: "text-rose-700 dark:text-rose-300",
    bg: "bg-rose-500",
    border: "border-rose-500",
    fill: "var(--color-rose-500)",
  },
  {
    text: "text-sky-700 dark:text-sky-300",
    bg: "bg-sky-500",
    border: "border-sky-500",
    fill: "var(--color-sky-500)",
  },
  {
    text: "text-violet-700 dark:text-violet-300",
    bg: "bg-violet-500",
    border: "border-violet-500",
    fill: "var(--color-violet-500)",
  },
] as const;

export type SpeakerColor = (typeof SPEAKER_COLORS)[number];

/** Colour of a speaker id; unknown or missing ids get a neutral grey. */
export function getSpeakerColor(
  speakers: Speaker[],
  speakerId: string | undefined,
): SpeakerColor | undefined {
  const index = speakers.findIndex((s) => s.id === speakerId);
  return index < 0 ? undefined : SPEAKER_COLORS[index % SPEAKER_COLORS.length];
}

/** The name to show for a speaker: its name, else its label ("Speaker 1"). */
export function getSpeakerDisplayName(
  speakers: Speaker[],
  speakerId: string | undefined,
): string | undefined {
  const speaker = speakers.find((s) => s.id === speakerId);
  return speaker ? (speaker.name ?? speaker.label) : undefined;
}
