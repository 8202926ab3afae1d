import "server-only";
import {
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import type { EpisodeFiles } from "../model/episode-files";
import { MANIFEST_FILE_NAME } from "../model/manifest-schema";
import { SLUG_PATTERN } from "../model/slug-pattern";

/**
 * The build's file-system access: reads `content/sources/<slug>/` folders and writes the
 * model. Everything else in the build is pure.
 */


/** Episode folders under each sources root, sorted by slug; a slug may appear only once. */
export function listEpisodeFolders(roots: string[]): {
  folders: { slug: string; dir: string }[];
  problems: { folder: string; message: string }[];
} {
  const folders: { slug: string; dir: string }[] = [];
  const problems: { folder: string; message: string }[] = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const slug of readdirSync(root).sort()) {
      // Hidden entries are not episodes: the feed's record and staging folder live there.
      if (slug.startsWith(".")) continue;
      const dir = path.join(root, slug);
      if (!statSync(dir).isDirectory()) continue;
      if (!SLUG_PATTERN.test(slug)) {
        problems.push({ folder: slug, message: `${dir}:1: folder name is not a slug (use lowercase letters, digits and dashes)` });
      } else if (folders.some((f) => f.slug === slug)) {
        problems.push({ folder: slug, message: `${dir}:1: slug "${slug}" exists in another sources folder` });
      } else {
        folders.push({ slug, dir });
      }
    }
  }
  return { folders, problems };
}

/** An episode folder's files: every regular, non-hidden file (the manifest too), sorted by name. */
export function listSourceFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith(".") && statSync(path.join(dir, name)).isFile())
    .sort();
}

/** Reads one episode folder: every regular, non-hidden file, sorted by name. */
export function readEpisodeFolder(dir: string, slug: string): EpisodeFiles {
  const names = listSourceFileNames(dir);
  const manifestPath = path.join(dir, MANIFEST_FILE_NAME);
  return {
    slug,
    dir: path.relative(process.cwd(), dir) || dir,
    files: names
      .filter((name) => name !== MANIFEST_FILE_NAME)
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) })),
    manifest: existsSync(manifestPath) ? readFileSync(manifestPath, "utf8") : undefined,
  };
}

/** Writes a file only when its bytes change (keeps mtimes, so the site build stays current). */
export function writeIfChanged(file: string, text: string): boolean {
  if (existsSync(file) && readFileSync(file, "utf8") === text) return false;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return true;
}

/** Reads a text file, or undefined when absent. */
export function readTextIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/** JSON files in a folder (the built model), sorted; hidden files (the build state) are not the model. */
export function listJsonFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith(".json") && !n.startsWith("."))
        .sort()
    : [];
}

/** A file's size in bytes, or undefined when it is absent or not a regular file. */
export function fileSize(file: string): number | undefined {
  return isFile(file) ? statSync(file).size : undefined;
}

/** Removes a file if present. */
export function removeFile(file: string): void {
  rmSync(file, { force: true });
}

/** Whether `file` exists and is a regular file. */
export function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** Reads a file's bytes. */
export function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

/** What {@link copyIntoFolder} did, by path. */
export interface CopyResult {
  /** Inputs that are not regular files (nothing is copied then). */
  missing: string[];
  /** Targets that exist with different bytes (nothing is copied then). */
  conflicts: string[];
  /** Targets written. */
  copied: string[];
  /** Targets that already held the same bytes. */
  unchanged: string[];
}

/**
 * Copies files into a folder (created when absent) under their own names, never overwriting:
 * a target with the same bytes is left as it is; a missing input or a target with different
 * bytes stops the whole copy before anything is written.
 */
export function copyIntoFolder(files: string[], dir: string): CopyResult {
  const result: CopyResult = { missing: [], conflicts: [], copied: [], unchanged: [] };
  const todo: { file: string; target: string }[] = [];
  for (const file of files) {
    const target = path.join(dir, path.basename(file));
    if (!isFile(file)) result.missing.push(file);
    else if (!existsSync(target)) todo.push({ file, target });
    else if (readFileSync(file).equals(readFileSync(target))) result.unchanged.push(target);
    else result.conflicts.push(target);
  }
  if (result.missing.length > 0 || result.conflicts.length > 0) return result;
  mkdirSync(dir, { recursive: true });
  for (const { file, target } of todo) {
    copyFileSync(file, target, constants.COPYFILE_EXCL);
    result.copied.push(target);
  }
  return result;
}
