import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  discardGeneration,
  findOtherHolder,
  lockGeneration,
  openWritableGeneration,
  readCurrentGeneration,
} from "@/lib/content/search-db-files";

let root: string;
beforeEach(() => {
  root = path.join(mkdtempSync(path.join(tmpdir(), "search-db-")), ".search-db");
});
afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

const generations = () => readdirSync(root).filter((n) => n.startsWith("g-")).sort();

/** A process that is surely dead: one that ran and exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid as number;
}

describe("search database generations", () => {
  it("has none before the first index, then the committed one", () => {
    expect(readCurrentGeneration(root)).toBeUndefined();
    const first = openWritableGeneration(root);
    expect(first.isNew).toBe(true);
    expect(readCurrentGeneration(root)).toBeUndefined(); // not until committed
    first.commit();
    expect(readCurrentGeneration(root)).toBe(first.dir);
  });

  it("writes in place when no server has the current one open", () => {
    const first = openWritableGeneration(root);
    first.commit();
    const again = openWritableGeneration(root);
    expect(again).toMatchObject({ dir: first.dir, isNew: false });
  });

  it("writes a copy when a live server has it open, then switches and keeps the open one", () => {
    const first = openWritableGeneration(root);
    writeFileSync(path.join(first.dir, "PG_VERSION"), "15\n");
    first.commit();
    const unlock = lockGeneration(root, first.dir); // this test process is the live "server"
    const copy = openWritableGeneration(root);
    expect(copy.isNew).toBe(true);
    expect(copy.dir).not.toBe(first.dir);
    expect(readFileSync(path.join(copy.dir, "PG_VERSION"), "utf8")).toBe("15\n");
    copy.commit();
    expect(readCurrentGeneration(root)).toBe(copy.dir);
    expect(existsSync(first.dir)).toBe(true); // still open by the server
    unlock();
    openWritableGeneration(root, { fresh: true }).commit();
    expect(generations()).toEqual(["g-3"]); // neither current nor open: removed
  });

  it("a server that moves to the next generation keeps it locked as it closes the one before", () => {
    const first = openWritableGeneration(root);
    first.commit();
    const unlockFirst = lockGeneration(root, first.dir);
    const next = openWritableGeneration(root);
    next.commit();
    const unlockNext = lockGeneration(root, next.dir); // the server opens the next one, then closes the first
    unlockFirst();
    const copy = openWritableGeneration(root);
    expect(copy).toMatchObject({ isNew: true }); // `next` is still open: not written in place
    discardGeneration(copy);
    unlockNext();
    expect(readdirSync(root).some((n) => n.endsWith(".lock"))).toBe(false);
  });

  it("a server stopped by a signal leaves no lock behind", async () => {
    const first = openWritableGeneration(root);
    first.commit();
    const script = `
      import { lockGeneration } from "./lib/content/search-db-files.ts";
      lockGeneration(process.argv[1], process.argv[2]);
      process.on("SIGTERM", () => process.exit(0));
      setInterval(() => {}, 1000);
      console.log("locked");`;
    const server = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, root, first.dir]);
    const exited = new Promise((resolve) => server.on("exit", resolve));
    await new Promise<void>((resolve, reject) => {
      server.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
      server.on("exit", () => reject(new Error("the server exited before locking")));
    });
    const lock = path.join(root, `server-${server.pid}.lock`);
    expect(readFileSync(lock, "utf8")).toBe("g-1");
    server.kill("SIGTERM");
    await exited;
    expect(existsSync(lock)).toBe(false);
  });

  it("adds one exit listener for its locks, however many folders it locks in", () => {
    const before = process.listenerCount("exit");
    const unlocks = Array.from({ length: 12 }, (_, i) => {
      const folder = path.join(root, `library-${i}`);
      const generation = openWritableGeneration(folder);
      generation.commit();
      return lockGeneration(folder, generation.dir);
    });
    expect(process.listenerCount("exit") - before).toBeLessThanOrEqual(1);
    for (const unlock of unlocks) unlock();
  });

  it("ignores and removes the lock of a process that is gone", async () => {
    const first = openWritableGeneration(root);
    first.commit();
    writeFileSync(path.join(root, `server-${await deadPid()}.lock`), "g-1");
    const again = openWritableGeneration(root);
    expect(again).toMatchObject({ dir: first.dir, isNew: false });
    again.commit();
    expect(readdirSync(root).some((n) => n.endsWith(".lock"))).toBe(false);
  });

  it("names another live server that has a generation open, and no one for itself, the dead or another generation", async () => {
    const first = openWritableGeneration(root);
    first.commit();
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"]);
    try {
      expect(findOtherHolder(root, first.dir)).toBeUndefined();
      const mine = lockGeneration(root, first.dir); // this process's own lock is no other server's
      expect(findOtherHolder(root, first.dir)).toBeUndefined();
      writeFileSync(path.join(root, `server-${other.pid}.lock`), "g-1");
      expect(findOtherHolder(root, first.dir)).toEqual({ pid: other.pid, writing: false });
      expect(findOtherHolder(root, path.join(root, "g-2"))).toBeUndefined();
      mine();
    } finally {
      const exited = new Promise((resolve) => other.on("exit", resolve));
      other.kill();
      await exited;
    }
    const dead = await deadPid();
    writeFileSync(path.join(root, `server-${dead}.lock`), "g-1");
    expect(findOtherHolder(root, first.dir)).toBeUndefined();
    expect(readdirSync(root).some((n) => n.endsWith(".lock"))).toBe(false);
  });

  it("a build holds the generation it writes until it commits or gives up, so servers and other builds keep off it", async () => {
    const first = openWritableGeneration(root);
    first.commit();
    const writerLock = path.join(root, `writer-${process.pid}.lock`);
    const locks = () => readdirSync(root).filter((n) => n.endsWith(".lock"));
    // In place: held while written, then given up.
    const inPlace = openWritableGeneration(root);
    expect(inPlace).toMatchObject({ dir: first.dir, isNew: false });
    expect(readFileSync(writerLock, "utf8")).toBe("g-1");
    inPlace.commit();
    expect(locks()).toEqual([]);
    // A copy is held too (another build's commit removes generations nobody holds), and a failed one gives it up.
    const fresh = openWritableGeneration(root, { fresh: true });
    expect(readFileSync(writerLock, "utf8")).toBe(path.basename(fresh.dir));
    discardGeneration(fresh);
    expect(locks()).toEqual([]);
    // Another live process writing g-1 in place: a server is told so, and a second build copies.
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"]);
    try {
      writeFileSync(path.join(root, `writer-${other.pid}.lock`), "g-1");
      expect(findOtherHolder(root, first.dir)).toEqual({ pid: other.pid, writing: true });
      const second = openWritableGeneration(root);
      expect(second.isNew).toBe(true);
      expect(existsSync(second.dir)).toBe(true);
      discardGeneration(second);
      expect(readCurrentGeneration(root)).toBe(first.dir);
    } finally {
      const exited = new Promise((resolve) => other.on("exit", resolve));
      other.kill();
      await exited;
    }
  });

  it("a fresh generation starts empty; a failed one is discarded, the current one kept", () => {
    const first = openWritableGeneration(root);
    writeFileSync(path.join(first.dir, "data"), "x");
    first.commit();
    const fresh = openWritableGeneration(root, { fresh: true });
    expect(readdirSync(fresh.dir)).toEqual([]);
    discardGeneration(fresh);
    expect(existsSync(fresh.dir)).toBe(false);
    expect(readCurrentGeneration(root)).toBe(first.dir);
    discardGeneration(openWritableGeneration(root)); // in place: nothing removed
    expect(existsSync(first.dir)).toBe(true);
  });

  it("a CURRENT naming something else is no index", () => {
    openWritableGeneration(root).commit();
    writeFileSync(path.join(root, "CURRENT"), "../../etc\n");
    expect(readCurrentGeneration(root)).toBeUndefined();
    writeFileSync(path.join(root, "CURRENT"), "g-9\n");
    expect(readCurrentGeneration(root)).toBeUndefined();
  });
});

describe("the index folder and git", () => {
  it("tells git to ignore it wherever the model lives, so the index is never committed", () => {
    const repo = path.dirname(root);
    const git = (...args: string[]) => spawnSync("git", args, { cwd: repo, encoding: "utf8" });
    expect(git("init", "-q").status).toBe(0);
    writeFileSync(path.join(repo, "model.json"), "{}\n");
    const generation = openWritableGeneration(root);
    writeFileSync(path.join(generation.dir, "PG_VERSION"), "17\n");
    generation.commit();
    expect(git("status", "--porcelain", "--untracked-files=all").stdout).toBe("?? model.json\n");
    // A person's own edit of the file is kept.
    writeFileSync(path.join(root, ".gitignore"), "g-*\n");
    openWritableGeneration(root);
    expect(readFileSync(path.join(root, ".gitignore"), "utf8")).toBe("g-*\n");
  });
});

