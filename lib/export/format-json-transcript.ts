import { serializeJson } from "../model/serialize-json";
import { buildCues, type CueInput } from "./build-cues";

/** One segment of a Podcasting 2.0 JSON transcript; times in seconds. */
export interface JsonTranscriptSegment {
  speaker?: string;
  startTime: number;
  endTime: number;
  body: string;
}

/** A Podcasting 2.0 JSON transcript (`application/json`, version 1.0.0). */
export interface JsonTranscript {
  version: "1.0.0";
  segments: JsonTranscriptSegment[];
}

/**
 * The episode's transcript as a Podcasting 2.0 JSON transcript: one segment per caption cue
 * (the same cues as the WebVTT and SRT exports, see `buildCues`), with the speaker's name (or
 * label), `startTime`/`endTime` in seconds on the primary media's clock and the text as `body`.
 * An episode without a timed transcript gives `segments: []`.
 *
 * @param episode The model (speakers and transcript are read).
 */
export function toJsonTranscript(episode: CueInput): JsonTranscript {
  return {
    version: "1.0.0",
    segments: buildCues(episode).map((cue) => ({
      ...(cue.speaker !== undefined ? { speaker: cue.speaker } : {}),
      startTime: cue.start,
      endTime: cue.end,
      body: cue.text,
    })),
  };
}

/** {@link toJsonTranscript} as pretty-printed, newline-terminated JSON text. */
export function formatJsonTranscript(episode: CueInput): string {
  return serializeJson(toJsonTranscript(episode));
}
