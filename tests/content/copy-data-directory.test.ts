import { PGlite } from "@electric-sql/pglite";
import { type ChildProcess, spawn } from "node:child_process";
import * as realFs from "node:fs";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { copyDataDirectory } from "@/lib/content/copy-data-directory";
import { fillEmptyDatabase } from "@/lib/content/pglite-template";
import { openWritableGeneration, readCurrentGeneration } from "@/lib/content/search-db-files";

/**
 * The moment a copy reaches the tables (`base`): `reach.base` runs then, as the process that has
 * the database open writes into it. A folder holding `base` is copied entry by entry in the
 * file system's order, as `cpSync` copies one.
 */
const reach = vi.hoisted(() => ({ base: undefined as (() => void) | undefined }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const cpSync = ((from: string, to: string, options?: Parameters<typeof fs.cpSync>[2]) => {
    if (path.basename(String(from)) === "base") reach.base?.();
    else if (fs.existsSync(path.join(String(from), "base"))) {
      fs.mkdirSync(to, { recursive: true });
      const dir = fs.opendirSync(from);
      for (let entry = dir.readSync(); entry; entry = dir.readSync())
        cpSync(path.join(String(from), entry.name), path.join(String(to), entry.name), options);
      dir.closeSync();
      return;
    }
    fs.cpSync(from, to, options);
  }) as typeof fs.cpSync;
  return { ...fs, cpSync, default: { ...fs, cpSync } };
});

const ROWS = 20_000;
/** Rows the holder rewrites (every seventh) and the copy then updates (every fifth). */
const REWRITTEN = Math.floor(ROWS / 7);
const UPDATED = Math.floor(ROWS / 5);

let work: string;
let template: string;
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "copy-data-directory-"));
  template = path.join(work, "template");
  await fillEmptyDatabase(template, async (dir) => (await PGlite.create(dir)).close());
  const db = await PGlite.create(template);
  // Rows updated once, so the table holds dead versions a later read prunes (and logs).
  await db.exec(`CREATE TABLE t (id int PRIMARY KEY, v text);
    INSERT INTO t SELECT g, repeat('x', 200) FROM generate_series(1, ${ROWS}) g;
    CHECKPOINT; UPDATE t SET v = v || 'y' WHERE id % 3 = 0;`);
  await db.close();
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Waits, without returning to the event loop (a copy is synchronous), for `file` to exist. */
function waitForFile(file: string, ms = 30_000): void {
  const nap = new Int32Array(new SharedArrayBuffer(4));
  for (const end = Date.now() + ms; !existsSync(file); Atomics.wait(nap, 0, 0, 10))
    if (Date.now() > end) throw new Error(`${file}: the holder did not answer`);
}

/**
 * Another process with the database open (a server), which reads and rewrites rows, then
 * checkpoints, each time `write()` asks (file messages: a copy cannot wait for a promise).
 */
function startHolder(dir: string) {
  const talk = mkdtempSync(path.join(work, "talk-"));
  const script = `
    import { PGlite } from "@electric-sql/pglite";
    import { existsSync, writeFileSync } from "node:fs";
    const [dir, talk] = process.argv.slice(1);
    const db = await PGlite.create(dir);
    writeFileSync(talk + "/ready", "");
    for (let n = 1; !existsSync(talk + "/stop"); await new Promise((r) => setTimeout(r, 5)))
      if (existsSync(talk + "/write-" + n)) {
        await db.query("SELECT count(*) FROM t WHERE v LIKE '%y'");
        await db.exec("UPDATE t SET v = 'z" + n + "' WHERE id % 7 = 0; CHECKPOINT");
        writeFileSync(talk + "/wrote-" + n, "");
        n++;
      }
    await db.close();`;
  const child: ChildProcess = spawn(process.execPath, ["--input-type=module", "-e", script, dir, talk], {
    stdio: "inherit",
  });
  try {
    waitForFile(path.join(talk, "ready"), 60_000);
  } catch (error) {
    child.kill();
    throw error;
  }
  let writes = 0;
  return {
    pid: child.pid as number,
    writes: () => writes,
    write: () => {
      writes++;
      writeFileSync(path.join(talk, `write-${writes}`), "");
      waitForFile(path.join(talk, `wrote-${writes}`));
    },
    stop: async () => {
      writeFileSync(path.join(talk, "stop"), "");
      if (child.exitCode === null) await new Promise((resolve) => child.on("exit", resolve));
    },
  };
}

let holder: ReturnType<typeof startHolder> | undefined;
afterEach(async () => {
  reach.base = undefined;
  await holder?.stop();
  holder = undefined;
});

/** A database a holder has open, in `dir`. */
function openedDatabase(name: string) {
  const dir = path.join(work, name);
  realFs.cpSync(template, dir, { recursive: true });
  holder = startHolder(dir);
  return { dir, holder };
}

async function readCopy(dir: string) {
  const db = await PGlite.create(dir);
  const [row] = (await db.query<{ latest: number }>("SELECT count(*)::int AS latest FROM t WHERE v = 'z1'")).rows;
  await db.exec("UPDATE t SET v = v || 'q' WHERE id % 5 = 0; CHECKPOINT");
  await db.close();
  const again = await PGlite.create(dir);
  const [after] = (
    await again.query<{ rows: number; updated: number }>(
      "SELECT count(*)::int AS rows, count(*) FILTER (WHERE v LIKE '%q')::int AS updated FROM t",
    )
  ).rows;
  await again.close();
  return { latest: row?.latest, ...after };
}

describe("copying a database another process has open", () => {
  it("GOOD: the holder writes and checkpoints as the copy reaches the tables; the copy is the database as it was then, and takes updates", async () => {
    const { dir, holder } = openedDatabase("written-once");
    reach.base = () => {
      reach.base = undefined;
      holder.write();
    };
    const copy = path.join(work, "copy-once");
    mkdirSync(copy);
    copyDataDirectory(dir, copy);
    expect(holder.writes()).toBe(1);
    // Its rewrite is in the copy, and every fifth row takes the copy's update (none lost).
    expect(await readCopy(copy)).toEqual({ latest: REWRITTEN, rows: ROWS, updated: UPDATED });
    expect(readdirSync(copy)).not.toContain("postmaster.pid");
  }, 120_000);

  it("BAD: a holder that checkpoints during every try: no copy, the folder made for it is removed, CURRENT unchanged", async () => {
    const root = path.join(work, "library", ".search-db");
    mkdirSync(root, { recursive: true });
    const first = openWritableGeneration(root, { fresh: true });
    realFs.cpSync(template, first.dir, { recursive: true });
    first.commit();
    const server = startHolder(first.dir);
    holder = server;
    writeFileSync(path.join(root, `server-${server.pid}.lock`), path.basename(first.dir));
    reach.base = () => server.write();
    expect(() => openWritableGeneration(root)).toThrow(`${first.dir} kept changing while it was copied (3 tries): the server that has it open kept writing into it`);
    expect(readdirSync(root).filter((n) => n.startsWith("g-"))).toEqual(["g-1"]);
    expect(readdirSync(root).filter((n) => n.startsWith("writer-"))).toEqual([]);
    expect(readCurrentGeneration(root)).toBe(first.dir);
  }, 120_000);
});
