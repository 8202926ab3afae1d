import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * PGlite's version: a data directory is only reused by the build that made it. Read from the
 * package's manifest, which is not in its `exports`, so through the resolved entry point.
 */
function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  let dir = path.dirname(require.resolve("@electric-sql/pglite"));
  while (!existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;
}

/**
 * Fills `dir`, when it is empty, with a new, empty PGlite database; `create(dir)` makes one (opens
 * and closes PGlite there). Creating one runs initdb in WebAssembly, 14–30 s on this kind of
 * machine; copying an empty one made earlier takes under a second. So the first is kept (in the
 * system's temporary folder, per PGlite version) and copied.
 */
export async function fillEmptyDatabase(dir: string, create: (dir: string) => Promise<void>): Promise<void> {
  if (existsSync(dir) && readdirSync(dir).length > 0) return;
  const template = path.join(tmpdir(), `episode-explorer-pglite-${pgliteVersion()}`);
  if (!existsSync(path.join(template, "PG_VERSION"))) {
    const temp = `${template}.${process.pid}.tmp`;
    rmSync(temp, { recursive: true, force: true });
    await create(temp);
    try {
      renameSync(temp, template);
    } catch {
      // Another process made it first: use theirs.
      rmSync(temp, { recursive: true, force: true });
    }
  }
  rmSync(dir, { recursive: true, force: true });
  cpSync(template, dir, { recursive: true });
}
