import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * One temporary folder per test run, removed when the run ends. Tests make their scratch folders
 * with `mkdtempSync(path.join(tmpdir(), …))` and most leave them (a synthetic library with its
 * search database is 78 MB): 23 runs had left 8.8 GB in /tmp. The test workers, and the commands
 * they start, are spawned after this and inherit TMPDIR, so `tmpdir()` is this folder for them.
 * Open to every user, as /tmp is: the PostgreSQL server the engine tests start runs as `postgres`.
 */
export default function setup() {
  const root = mkdtempSync(path.join(tmpdir(), "episode-explorer-tests-"));
  chmodSync(root, 0o1777);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
