import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

/** Runs `npm run export` (scripts/export.mjs) into a fresh folder, with SITE_URL as given. */
function runExport(siteUrl: string | undefined) {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), "export-origin-")), "out");
  const { SITE_URL: _unset, ...env } = process.env;
  const result = spawnSync("node", [path.join(root, "scripts/export.mjs")], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
    env: {
      ...env,
      ...(siteUrl === undefined ? {} : { SITE_URL: siteUrl }),
      EXPORT_DIR: outDir,
      // A dist folder that does not exist: the check must come before any build or server.
      NEXT_DIST_DIR: ".next-no-such-build",
      EXPORT_SKIP_BUILD: "1",
    },
  });
  return { ...result, wrote: existsSync(outDir) };
}

describe("npm run export without a public origin", () => {
  it("refuses, writes nothing, and says how to set SITE_URL", () => {
    const result = runExport(undefined);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("npm run export: SITE_URL is not set");
    expect(result.stderr).toContain("SITE_URL=https://episodes.example.org npm run export");
    expect(result.wrote).toBe(false);
  });

  it("refuses a loopback origin: the copy's previews would point at the exporting machine", () => {
    const result = runExport("http://localhost:3000");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("SITE_URL=http://localhost:3000 is this machine");
    expect(result.wrote).toBe(false);
  });

  it("refuses an invalid origin with its reason", () => {
    const result = runExport("https://explorer.example/site");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SITE_URL="https://explorer.example/site" has a path, query or fragment');
    expect(result.wrote).toBe(false);
  });
});
