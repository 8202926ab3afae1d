import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { copyDataDirectory } from "./copy-data-directory";

/**
 * Where the embedded search database lives: `<model folder>/.search-db/`, a hidden folder next to
 * the model (never committed: its own `.gitignore` says so), holding generations (`g-<n>/`, each a PGlite data
 * directory), `CURRENT` (the name of the one in use) and lock files: `server-<pid>.lock` for a
 * server that has a generation open, `writer-<pid>.lock` for a build writing one.
 *
 * Why generations: PGlite is one process's database; a server that has it open must not see
 * another process write into it. When no server holds the current generation the build writes
 * into it in place (the `npm start` case: fast). When one does, the build copies it (see copyDataDirectory),
 * writes the copy and points `CURRENT` at it; the server sees `CURRENT` change and reopens.
 */
export const SEARCH_DB_FOLDER = ".search-db";

export function searchDbRoot(episodesDir: string): string {
  return path.join(episodesDir, SEARCH_DB_FOLDER);
}

/** The data directory of the generation in use, or undefined when no index was built. */
export function readCurrentGeneration(root: string): string | undefined {
  try {
    const name = readFileSync(path.join(root, "CURRENT"), "utf8").trim();
    return /^g-\d+$/.test(name) && existsSync(path.join(root, name)) ? path.join(root, name) : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, owned by someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Who holds a generation: a server that has it open, or a build writing it (in place or a copy). */
type LockKind = "server" | "writer";

/** The live processes' locks (`<kind>-<pid>.lock` files); stale ones are removed. */
function liveLocks(root: string): { kind: LockKind; pid: number; generation: string }[] {
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((name) => {
    const match = /^(server|writer)-(\d+)\.lock$/.exec(name);
    if (!match) return [];
    const file = path.join(root, name);
    const pid = Number(match[2]);
    if (!isAlive(pid)) {
      rmSync(file, { force: true });
      return [];
    }
    return [{ kind: match[1] as LockKind, pid, generation: readFileSync(file, "utf8").trim() }];
  });
}

/** Generations a live server has open or another build is writing. */
const generationsInUse = (root: string) =>
  new Set(
    liveLocks(root)
      .filter((lock) => lock.kind === "server" || lock.pid !== process.pid)
      .map((lock) => lock.generation),
  );

/** Another live process holding `generation`, if any: a server with it open, or a build writing it (`writing`). */
export function findOtherHolder(
  root: string,
  generation: string,
): { pid: number; writing: boolean } | undefined {
  const name = path.basename(generation);
  const other = liveLocks(root).find((lock) => lock.pid !== process.pid && lock.generation === name);
  return other && { pid: other.pid, writing: other.kind === "writer" };
}

/** Lock files this process removes as it exits. */
const removedAtExit = new Set<string>();

/**
 * Records that this process holds `generation` (`kind`: a server has it open, a build writes it),
 * replacing its earlier record of that kind. The function returned removes the record while it
 * still names `generation`: a server closes the generation it leaves after opening the next,
 * whose record must stay. The record also goes when the process exits (scripts/serve.mjs exits
 * on SIGINT and SIGTERM), so stopped processes leave none behind; only a killed one does, which
 * liveLocks then ignores and removes.
 *
 * A process writes its record before it reads the others' (openWritableGeneration, and the
 * server's getLibrarySearch): of two that claim one generation at the same moment, the second
 * to read sees the first. Reading first, both could see nobody and both open it.
 */
function writeLock(root: string, generation: string, kind: LockKind): () => void {
  const file = path.join(root, `${kind}-${process.pid}.lock`);
  const name = path.basename(generation);
  writeFileSync(file, name);
  // One exit listener for every file: one per file passed Node's limit of ten listeners
  // (MaxListenersExceededWarning) in a process that locks in many folders, as the tests do.
  if (removedAtExit.size === 0) process.once("exit", () => removedAtExit.forEach((f) => rmSync(f, { force: true })));
  removedAtExit.add(file);
  return () => {
    if (existsSync(file) && readFileSync(file, "utf8").trim() === name) rmSync(file, { force: true });
  };
}

/** Records that this server has `generation` open (see writeLock). */
export const lockGeneration = (root: string, generation: string): (() => void) =>
  writeLock(root, generation, "server");

/** A data directory to write the index into, and how to make it the one in use. */
export interface WritableGeneration {
  dir: string;
  /** True for a fresh or copied generation, which `commit` will put in use. */
  isNew: boolean;
  /** Puts a new generation in use; either way, gives up the build's lock on it. */
  commit(): void;
  /** Gives up the build's lock on it (discardGeneration). */
  release(): void;
}

const highestGeneration = (root: string): number =>
  Math.max(0, ...readdirSync(root).flatMap((n) => (/^g-(\d+)$/.test(n) ? [Number(n.slice(2))] : [])));

/**
 * Makes the next generation's folder and holds it (see writeLock); returns its name and the
 * lock's release. Made here, not only named: two builds at once both read the same highest
 * number, and both wrote into one folder. The second to make it finds it made and takes the next.
 * Held before it is made: another build's commit removes the generations nobody holds.
 */
function claimNextGeneration(root: string): { name: string; release: () => void } {
  for (let n = highestGeneration(root) + 1; ; n++) {
    const name = `g-${n}`;
    const release = writeLock(root, path.join(root, name), "writer");
    try {
      mkdirSync(path.join(root, name));
      return { name, release };
    } catch (error) {
      release();
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

/** Points CURRENT at `name` atomically, then removes generations neither current nor open. */
function switchTo(root: string, name: string): void {
  const temp = path.join(root, `CURRENT.${process.pid}.tmp`);
  writeFileSync(temp, `${name}\n`);
  renameSync(temp, path.join(root, "CURRENT"));
  const used = generationsInUse(root);
  for (const other of readdirSync(root))
    if (/^g-\d+$/.test(other) && other !== name && !used.has(other))
      rmSync(path.join(root, other), { recursive: true, force: true });
}

/**
 * The index is derived data (tens of MB, rebuilt from the model): the folder tells git to ignore
 * it wherever the model lives (`--out` may be inside any repository, not only this one).
 */
function ignoreInGit(root: string): void {
  const file = path.join(root, ".gitignore");
  if (!existsSync(file))
    writeFileSync(file, "# The library search index, made from the model by `episodes index`: never committed.\n*\n");
}

/**
 * The generation to write: the current one in place when no live server has it open, else a
 * copy of it (or a fresh one with `fresh`, for a full reindex, or when there is none yet).
 */
export function openWritableGeneration(root: string, { fresh = false } = {}): WritableGeneration {
  mkdirSync(root, { recursive: true });
  ignoreInGit(root);
  const current = readCurrentGeneration(root);
  if (current && !fresh) {
    // Claimed, then checked: a server that opens it from now on sees this build and says so.
    const release = writeLock(root, current, "writer");
    if (!generationsInUse(root).has(path.basename(current)))
      return { dir: current, isNew: false, commit: release, release };
    release();
  }
  const { name, release } = claimNextGeneration(root);
  const commit = () => {
    switchTo(root, name);
    release();
  };
  const generation = { dir: path.join(root, name), isNew: true, commit, release };
  try {
    if (current && !fresh) copyDataDirectory(current, generation.dir);
  } catch (error) {
    discardGeneration(generation);
    throw error;
  }
  return generation;
}

/** Gives up a generation that was never committed (a failed write): removed when it was new. */
export function discardGeneration(generation: WritableGeneration): void {
  generation.release();
  if (generation.isNew) rmSync(generation.dir, { recursive: true, force: true });
}
