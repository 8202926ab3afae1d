import "server-only";
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { FEED_RECORD_FILE_NAME, feedRecordSchema, type FeedRecord } from "../model/feed-record-schema";

/**
 * The feed's file access: the record of what was fetched, a staging folder that downloads go to
 * first, and the move into the library once the feed has been read. Everything else in
 * `episodes feed` touches no file.
 */

/** SHA-256 (hex) of bytes. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** SHA-256 of a file on disk, or undefined when it is absent. */
export function hashFileIfExists(file: string): string | undefined {
  return existsSync(file) ? sha256Of(readFileSync(file)) : undefined;
}

/** The record in `<root>/.feeds.json` (an empty one when absent). @throws Error `path: reason` when unreadable. */
export function readFeedRecord(root: string): FeedRecord {
  const file = path.join(root, FEED_RECORD_FILE_NAME);
  if (!existsSync(file)) return { version: 1, feeds: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message}); fix or remove it`);
  }
  const parsed = feedRecordSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}; fix or remove it`);
  }
  return parsed.data;
}

/** Writes the record beside the episode folders, through a temporary file so it is never half-written. */
export function writeFeedRecord(root: string, record: FeedRecord): void {
  const file = path.join(root, FEED_RECORD_FILE_NAME);
  const text = `${JSON.stringify(record, null, 2)}\n`;
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  mkdirSync(root, { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/**
 * Reads a feed file from disk, refusing one larger than `maxBytes` after reading one byte past
 * it (a 100 MB file is never loaded). @throws Error `path: reason`.
 */
export function readFeedFile(file: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    throw new Error(`${file}: no such file`);
  }
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (let n = 1; n > 0 && length <= maxBytes; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) throw new Error(`${file}: larger than the ${maxBytes / 1024 / 1024} MB limit`);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * A staging folder inside the sources root (hidden, so the build never takes it for an
 * episode; on the same disk, so moving a file from it into place is a rename).
 */
export function openStaging(root: string): string {
  mkdirSync(root, { recursive: true });
  return mkdtempSync(path.join(root, ".feed-staging-"));
}

/** Writes a download into the staging folder under `<folder>/<name>`; returns its path. */
export function writeStaged(staging: string, folder: string, name: string, bytes: Uint8Array): string {
  const file = path.join(staging, folder, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return file;
}

/** Moves a staged file to `<root>/<folder>/<name>`, replacing what is there. */
export function moveIntoPlace(staged: string, root: string, folder: string, name: string): void {
  mkdirSync(path.join(root, folder), { recursive: true });
  renameSync(staged, path.join(root, folder, name));
}

/** Removes the staging folder and whatever is left in it. */
export function removeStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
