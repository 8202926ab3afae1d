import { z } from "zod";
import { episodeSchema, type Episode, type StoredEpisode } from "./episode-schema";
import { serializeJson } from "./serialize-json";

/**
 * The stored form of an episode, validated on the way: the expanded model is checked against
 * the schema (a path and message for the first problem, as a thrown `ZodError`), then encoded.
 */
export function encodeEpisode(episode: Episode): StoredEpisode {
  return z.encode(episodeSchema, episode);
}

/** The one way an episode model is written: its stored form as deterministic JSON text. */
export function serializeEpisode(episode: Episode): string {
  return serializeJson(encodeEpisode(episode));
}
