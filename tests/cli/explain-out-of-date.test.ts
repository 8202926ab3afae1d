import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runBuild } from "@/lib/cli/build-command";
import { explainOutOfDate } from "@/lib/cli/explain-out-of-date";

const tempDir = () => mkdtempSync(path.join(tmpdir(), "explain-out-of-date-"));
const VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Speaker 1>Hello there, welcome.\n";
const OLD = JSON.stringify({ schemaVersion: 1, slug: "solo", transcript: { turns: [] } });

afterEach(() => vi.restoreAllMocks());

describe("explainOutOfDate", () => {
  it("says a file was built by an older Episode Explorer, and what to run", () => {
    const file = path.join(tempDir(), "solo.json");
    writeFileSync(file, OLD);
    expect(explainOutOfDate(file)).toBe(
      `${file}:1: built by an older Episode Explorer (model version 1; this one reads version 2): run npx episodes build`,
    );
  });

  it("says only 'out of date' for a current-version file, a missing one or one that is not JSON", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "current.json"), JSON.stringify({ schemaVersion: 2, slug: "x" }));
    writeFileSync(path.join(dir, "broken.json"), "{");
    for (const name of ["current.json", "missing.json", "broken.json"])
      expect(explainOutOfDate(path.join(dir, name))).toBe(
        `${path.join(dir, name)}:1: out of date: run npx episodes build`,
      );
  });
});

describe("episodes check on a library built by version 1", () => {
  it("explains each old file instead of calling it out of date", async () => {
    const root = tempDir();
    mkdirSync(path.join(root, "sources/solo"), { recursive: true });
    writeFileSync(path.join(root, "sources/solo/a.vtt"), VTT);
    const out = path.join(root, "episodes");
    mkdirSync(out);
    writeFileSync(path.join(out, "solo.json"), OLD);
    writeFileSync(path.join(out, "index.json"), JSON.stringify({ schemaVersion: 1, episodes: [] }));
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void errors.push(line));
    vi.spyOn(console, "log").mockImplementation(() => {});
    const argv = ["--sources", path.join(root, "sources"), "--out", out, "--quiet"];
    expect(await runBuild(argv, true)).toBe(1);
    const older =
      "built by an older Episode Explorer (model version 1; this one reads version 2): run npx episodes build";
    expect(errors).toEqual([
      `${path.join(out, "solo.json")}:1: ${older}`,
      `${path.join(out, "index.json")}:1: ${older}`,
    ]);
    expect(readdirSync(out).sort()).toEqual(["index.json", "solo.json"]);
  });
});
