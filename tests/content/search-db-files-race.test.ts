import * as realFs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openWritableGeneration, readCurrentGeneration } from "@/lib/content/search-db-files";

/**
 * Another build at the same moment: `race.claim` runs once, just before this process makes a
 * generation's folder, as if the other build had made that folder first.
 */
const race = vi.hoisted(() => ({ claim: undefined as ((dir: string) => void) | undefined }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const mkdirSync = ((...args: Parameters<typeof fs.mkdirSync>) => {
    const claim = race.claim;
    if (claim && /g-\d+$/.test(String(args[0]))) {
      race.claim = undefined;
      claim(String(args[0]));
    }
    return fs.mkdirSync(...args);
  }) as typeof fs.mkdirSync;
  return { ...fs, mkdirSync, default: { ...fs, mkdirSync } };
});

let root: string;
beforeEach(() => {
  root = path.join(mkdtempSync(path.join(tmpdir(), "search-db-race-")), ".search-db");
});
afterEach(() => {
  race.claim = undefined;
  rmSync(path.dirname(root), { recursive: true, force: true });
});

describe("two builds making the next generation at once", () => {
  const otherBuildMakes = (dir: string) => {
    realFs.mkdirSync(dir);
    writeFileSync(path.join(dir, "other-build"), "");
  };

  it("the one that finds its next folder made by the other takes the one after, fresh", () => {
    race.claim = otherBuildMakes;
    const mine = openWritableGeneration(root, { fresh: true });
    expect(path.basename(mine.dir)).toBe("g-2");
    expect(readdirSync(mine.dir)).toEqual([]);
    expect(readdirSync(path.join(root, "g-1"))).toEqual(["other-build"]);
    // This build holds its own generation, not the other's.
    expect(readFileSync(path.join(root, `writer-${process.pid}.lock`), "utf8")).toBe("g-2");
    mine.commit();
    expect(readCurrentGeneration(root)).toBe(mine.dir);
  });

  it("and when it copies the current generation, the copy goes into its own folder", () => {
    const first = openWritableGeneration(root);
    writeFileSync(path.join(first.dir, "index-data"), "v1");
    first.commit();
    // A server (process 1, always alive) has the current generation open, so this build copies it.
    writeFileSync(path.join(root, "server-1.lock"), "g-1");
    race.claim = otherBuildMakes;
    const copy = openWritableGeneration(root);
    expect(path.basename(copy.dir)).toBe("g-3");
    expect(readdirSync(copy.dir)).toEqual(["index-data"]);
    expect(readdirSync(path.join(root, "g-2"))).toEqual(["other-build"]);
    copy.release();
  });

  it("BAD: a folder that cannot be made for another reason is an error, not a search for a free name", () => {
    race.claim = () => {
      throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    };
    expect(() => openWritableGeneration(root, { fresh: true })).toThrow(/EACCES/);
    expect(readdirSync(root).filter((n) => n.endsWith(".lock"))).toEqual([]);
  });
});
