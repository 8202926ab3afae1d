import path from "node:path";
import { FetchError, fetchLimited } from "../feed/fetch-limited";
import type { FeedItem } from "../feed/feed-schema";
import { checkFileType, decodeToUtf8 } from "../feed/file-types";
import {
  MANIFEST_FILE_NAME,
  buildManifest,
  manifestBytes,
  planFiles,
  type PlannedFile,
} from "../feed/plan-item";
import { hashFileIfExists, moveIntoPlace, sha256Of, writeStaged } from "../content/feed-files";
import type { FetchedFile, FetchedItem } from "../model/feed-record-schema";
import type { FeedSettings } from "./sync-feed";

/** Where `episodes feed` says what it does: a line per item, and warnings. */
export interface FeedReporter {
  progress(line: string): void;
  warn(line: string): void;
}

/** A file of an item after fetching: staged (new bytes) or kept (304: the recorded entry stands). */
export interface ItemFile {
  name: string;
  entry: FetchedFile;
  staged?: string;
}

const ACCEPT: Record<PlannedFile["kind"], string> = {
  transcript: "text/vtt, application/x-subrip, application/json, text/html, text/plain;q=0.9, */*;q=0.1",
  chapters: "application/json+chapters, application/json;q=0.9, */*;q=0.1",
};

/** Downloads one planned file into the staging folder; undefined (after a warning) when it cannot be used. */
async function fetchFile(
  planned: PlannedFile,
  prev: FetchedFile | undefined,
  stage: (name: string, bytes: Uint8Array) => string,
  { settings, report }: { settings: FeedSettings; report: FeedReporter },
): Promise<{ file: ItemFile; note: string } | undefined> {
  const { url, type } = planned.file;
  const conditional = prev?.url === url ? { etag: prev.etag, lastModified: prev.lastModified } : {};
  const skip = (reason: string) => void report.warn(`${reason}; ${planned.name} not downloaded`);
  try {
    const got = await fetchLimited(url, {
      accept: ACCEPT[planned.kind],
      conditional,
      limits: settings.fileLimits,
    });
    if (got.status === 304 && prev)
      return { file: { name: planned.name, entry: prev }, note: `${planned.name} not modified` };
    if (got.status === 304)
      return skip(`${url}: answered 304 Not Modified to a request that was not conditional`);
    const typeProblem = checkFileType(type, got.contentType);
    if (typeProblem) return skip(`${got.url}: ${typeProblem}`);
    const decoded = decodeToUtf8(got.bytes, got.contentType);
    if ("error" in decoded) return skip(`${got.url}: ${decoded.error}`);
    const entry: FetchedFile = {
      url,
      sha256: sha256Of(decoded.bytes),
      ...(got.etag ? { etag: got.etag } : {}),
      ...(got.lastModified ? { lastModified: got.lastModified } : {}),
    };
    const note = decoded.from ? `${planned.name} (decoded from ${decoded.from})` : planned.name;
    return { file: { name: planned.name, entry, staged: stage(planned.name, decoded.bytes) }, note };
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    return skip(error.message);
  }
}

/**
 * Fetches an item's transcripts and chapters into the staging folder and stages its manifest.
 * A file that fails is left out with a warning (the episode builds from the others); an item
 * with no file at all, downloaded now or before, is skipped (`files` empty) so it is not a
 * folder the build cannot use; a later refresh tries it again.
 */
export async function fetchItem(job: {
  item: FeedItem;
  folder: string;
  show: string;
  prev: FetchedItem | undefined;
  staging: string;
  settings: FeedSettings;
  report: FeedReporter;
}): Promise<{ files: ItemFile[]; summary: string; failed: number }> {
  const { item, folder, prev, staging } = job;
  const stage = (name: string, bytes: Uint8Array) => writeStaged(staging, folder, name, bytes);
  const files: ItemFile[] = [];
  const notes: string[] = [];
  let failed = 0;
  for (const planned of planFiles(item)) {
    const got = await fetchFile(planned, prev?.files[planned.name], stage, job);
    if (got) files.push(got.file);
    if (got) notes.push(got.note);
    else failed++;
  }
  if (files.length === 0 && !prev) {
    const what =
      item.transcripts.length + (item.chapters ? 1 : 0) === 0
        ? "has no transcript or chapters"
        : "got no file";
    job.report.warn(
      `item "${item.title ?? item.guid}" (${item.guid}) ${what}: nothing to build from; skipped`,
    );
    return { files: [], summary: "skipped", failed };
  }
  const manifest = manifestBytes(buildManifest(item, job.show));
  const entry = { sha256: sha256Of(manifest) };
  files.push({ name: MANIFEST_FILE_NAME, entry, staged: stage(MANIFEST_FILE_NAME, manifest) });
  const summary = `${prev ? "known" : "new"}; ${[...notes, MANIFEST_FILE_NAME].join(", ")}`;
  return { files, summary, failed };
}

/**
 * Moves an item's staged files into `<root>/<folder>/`, except over a file a person changed: a
 * file whose bytes no longer hash to what the feed last wrote (or that the feed never wrote)
 * is kept, with a warning. Recorded files the feed no longer lists stay, on disk and recorded.
 */
export function commitItem(
  root: string,
  folder: string,
  files: ItemFile[],
  prev: FetchedItem | undefined,
  report: FeedReporter,
): { files: Record<string, FetchedFile>; written: number } {
  const recorded: Record<string, FetchedFile> = { ...prev?.files };
  let written = 0;
  for (const file of files) {
    if (file.staged === undefined) continue;
    const target = path.join(root, folder, file.name);
    const onDisk = hashFileIfExists(target);
    const before = prev?.files[file.name]?.sha256;
    if (onDisk === file.entry.sha256) {
      recorded[file.name] = file.entry;
    } else if (onDisk !== before) {
      const why =
        before === undefined
          ? "exists and was not written by the feed"
          : onDisk === undefined
            ? "was removed"
            : "was edited";
      report.warn(`${target}: ${why}; kept as it is (the feed's new version was not written)`);
    } else {
      moveIntoPlace(file.staged, root, folder, file.name);
      recorded[file.name] = file.entry;
      written++;
    }
  }
  return { files: recorded, written };
}
