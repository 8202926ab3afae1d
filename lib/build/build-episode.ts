import { createHash } from "node:crypto";
import { z } from "zod";
import { episodeSchema, type Episode, type StoredEpisode } from "../model/episode-schema";
import type { EpisodeFiles } from "../model/episode-files";
import { MANIFEST_FILE_NAME, manifestSchema, type Manifest } from "../model/manifest-schema";
import { decodeSourceBytes, parseSource } from "../parse/parse-source";
import { mergeEpisode, type MergeSource } from "../merge/merge-episode";
import type { SourceFormat } from "../parse/types";

/**
 * The largest source file accepted, in bytes: 8 MiB, about 17 hours of word-level captions (a cue
 * per word, the densest format; 70 hours of ordinary captions, 100 of plain text). The stored
 * model is small now (issue 15), so the limit is the build's memory: every word is held expanded
 * while merging: an 8 MiB file of ordinary captions (the most timed words per byte, 660k words)
 * peaked at 0.65 GiB in about a minute, 17 hours of word-level captions at 0.3 GiB, inside the
 * content build's 1 GiB budget. A larger file is refused.
 */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

/** A problem tied to a file and line, printed as `path:line: message`. */
export interface BuildIssue {
  file: string;
  line: number;
  message: string;
}

export type BuildResult =
  | {
      ok: true;
      episode: Episode;
      /** The episode as it is written (`serializeJson(stored)`), encoded once while validating. */
      stored: StoredEpisode;
      detected: { name: string; format: SourceFormat }[];
      warnings: BuildIssue[];
    }
  | { ok: false; errors: BuildIssue[]; warnings: BuildIssue[] };

/** Line (1-based) of a character offset in text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Offset of the first character that makes `text` invalid JSON. Node 20's messages carry no
 * position, so this binary-searches the longest prefix that is still the start of valid JSON.
 */
function jsonErrorOffset(text: string): number {
  const viable = (n: number) => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (error) {
      // Failing only at the end of the prefix means it is still the start of valid JSON.
      const position = /at position (\d+)/.exec(String(error))?.[1];
      return /end of JSON input|Unterminated/i.test(String(error)) || Number(position) >= n;
    }
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (viable(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Parses and validates `episode.json`; errors carry the line of the offending key when found. */
export function parseManifest(text: string, file: string): { manifest?: Manifest; errors: BuildIssue[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const line = lineAt(text, jsonErrorOffset(text));
    return { errors: [{ file, line, message: `invalid JSON: ${(error as Error).message}` }] };
  }
  const result = manifestSchema.safeParse(raw);
  if (result.success) return { manifest: result.data, errors: [] };
  return {
    errors: result.error.issues.map((issue) => {
      const key = issue.path.at(-1);
      const offset = typeof key === "string" ? text.indexOf(`"${key}"`) : -1;
      const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
      return { file, line: offset >= 0 ? lineAt(text, offset) : 1, message: `${where}${issue.message}` };
    }),
  };
}

/**
 * Builds one episode from its folder's files: decode, detect, parse, merge, validate and encode.
 * Pure: bytes in, a validated model or `path:line` issues out; never throws on bad input.
 * In strict mode (the default) anything a parser would only warn about is an error.
 */
export function buildEpisode(input: EpisodeFiles, { strict = true }: { strict?: boolean } = {}): BuildResult {
  const errors: BuildIssue[] = [];
  const warnings: BuildIssue[] = [];
  const sources: MergeSource[] = [];
  const detected: { name: string; format: SourceFormat }[] = [];
  const where = (name: string) => `${input.dir}/${name}`;

  let manifest: Manifest | undefined;
  if (input.manifest !== undefined) {
    const parsed = parseManifest(input.manifest, where(MANIFEST_FILE_NAME));
    errors.push(...parsed.errors);
    manifest = parsed.manifest;
  }
  for (const { name, bytes } of input.files) {
    if (bytes.byteLength > MAX_SOURCE_BYTES) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      const message = `file is ${mb(bytes.byteLength)}; the largest source accepted is ${mb(MAX_SOURCE_BYTES)} (about 17 hours of word-level captions, 70 of ordinary ones): split or trim it`;
      errors.push({ file: where(name), line: 1, message });
      continue;
    }
    const decoded = decodeSourceBytes(bytes);
    if ("error" in decoded) {
      errors.push({ file: where(name), ...decoded.error });
      continue;
    }
    // Strict by default: a cue a browser would skip is data lost, so it fails the episode.
    const parsed = parseSource(decoded.text, { strict });
    warnings.push(...parsed.warnings.map((w) => ({ file: where(name), ...w })));
    if (!parsed.ok) {
      errors.push(...parsed.errors.map((e) => ({ file: where(name), ...e })));
      continue;
    }
    detected.push({ name, format: parsed.value.format });
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    sources.push({ id: name, sha256, bytes: bytes.byteLength, doc: parsed.value });
  }
  if (errors.length === 0 && sources.length === 0) {
    errors.push({
      file: input.dir,
      line: 1,
      message: "no source files: add a transcript, captions or notes",
    });
  }
  if (errors.length > 0) return { ok: false, errors, warnings };

  const merged = mergeEpisode({ slug: input.slug, sources, manifest });
  // Validated as it will be stored: the expanded model against the schema, then its encoding.
  const validated = z.safeEncode(episodeSchema, merged);
  if (!validated.success) {
    const first = validated.error.issues[0];
    const message = `merged model is invalid at ${first?.path.join(".") ?? "?"}: ${first?.message ?? "unknown"}`;
    return { ok: false, errors: [{ file: input.dir, line: 1, message }], warnings };
  }
  return { ok: true, episode: merged, stored: validated.data, detected, warnings };
}
