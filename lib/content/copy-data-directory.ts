import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where PostgreSQL keeps its last checkpoint, which recovery starts from. */
const CONTROL_FILE = path.join("global", "pg_control");
const WAL_FOLDER = "pg_wal";
/** The running server's own files, which a copy must not claim (a base backup leaves them out too). */
const LEFT_OUT = new Set(["postmaster.pid", "postmaster.opts"]);
/** Copies tried while the holder keeps checkpointing. */
const ATTEMPTS = 3;

const readControl = (dir: string): Buffer | undefined => {
  const file = path.join(dir, CONTROL_FILE);
  return existsSync(file) ? readFileSync(file) : undefined;
};

/** Whether two reads of the control file are the same (both absent: not a database). */
const sameControl = (a: Buffer | undefined, b: Buffer | undefined) =>
  a === undefined || b === undefined ? a === b : a.equals(b);

function copyOnce(from: string, to: string): Buffer | undefined {
  for (const entry of readdirSync(to)) rmSync(path.join(to, entry), { recursive: true, force: true });
  const control = readControl(from);
  for (const entry of readdirSync(from))
    if (entry !== WAL_FOLDER && !LEFT_OUT.has(entry))
      cpSync(path.join(from, entry), path.join(to, entry), { recursive: true });
  if (control) writeFileSync(path.join(to, CONTROL_FILE), control);
  if (existsSync(path.join(from, WAL_FOLDER)))
    cpSync(path.join(from, WAL_FOLDER), path.join(to, WAL_FOLDER), { recursive: true });
  return control;
}

/**
 * Copies the PostgreSQL data directory `from` into the empty folder `to` while another process
 * may have it open, in a base backup's order, so the copy opens as the database was at some
 * moment of the copy (its recovery replays the log): the control file first (the checkpoint to
 * start from), the data, then the write-ahead log. A server that only searches still writes: a
 * read prunes dead rows from a page and logs it, and the page reaches the disk later. In the
 * folder's own order (how `cpSync` copied it before) the log came before the tables, so a
 * table's page could be newer than every log record copied. With a write and a checkpoint in
 * between (tests/content/copy-data-directory.test.ts), the copy's own checkpoint then failed
 * (`xlog flush request … is not satisfied`); in a script, the copy had lost committed rows, and
 * an update in it missed them. The log is written before the pages it describes, so copied
 * last it holds every change a copied page carries.
 *
 * A checkpoint during the copy may recycle log files the copy still needed: when the control
 * file changed meanwhile, the copy is made again; after ATTEMPTS, it throws. A folder without
 * a control file is not a database and is copied in the same order.
 */
export function copyDataDirectory(from: string, to: string): void {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const control = copyOnce(from, to);
    if (sameControl(control, readControl(from))) return;
  }
  throw new Error(
    `${from} kept changing while it was copied (${ATTEMPTS} tries): the server that has it open kept writing into it. Try again, or stop the server first.`,
  );
}
