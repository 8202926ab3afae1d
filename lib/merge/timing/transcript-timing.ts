import type { Transcript, Turn } from "../../model/episode-schema";

/**
 * The transcript's overall timing: the best timing any sentence has, where a
 * sentence whose start was only `estimated` counts as `fallback` (the kind of
 * source the estimates came from); "none" when no sentence is timed.
 * @param turns the main transcript turns
 * @param fallback "aligned" when times came from captions, "coarse" from summary chunks
 */
export function transcriptTiming(
  turns: readonly Turn[],
  fallback: "aligned" | "coarse" | "exact",
): Transcript["timing"] {
  const seen = new Set<string>();
  for (const t of turns)
    for (const p of t.paragraphs) for (const s of p.sentences) if (s.timing) seen.add(s.timing);
  if (seen.has("exact")) return "exact";
  if (seen.has("aligned")) return "aligned";
  if (seen.has("estimated")) return fallback === "exact" ? "aligned" : fallback;
  if (seen.has("coarse")) return "coarse";
  return "none";
}
