import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "bench-library-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the generator (as the bench does) for `count` one-hour episodes; its JSON line. */
function generate(count: number) {
  const tsx = path.join(root, "node_modules/.bin/tsx");
  const result = spawnSync(tsx, ["scripts/bench/generate-library.ts", dir, String(count)], { cwd: root, encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout.trim().split("\n").at(-1) as string);
}

const sources = path.join(dir, "sources");
const snapshot = () =>
  Object.fromEntries(
    readdirSync(sources, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(sources, file), `${statSync(file).mtimeMs}:${readFileSync(file, "utf8")}`];
      }),
  );

describe("generate-library (bench: a generated library, reused between runs)", () => {
  let first: Record<string, string>;

  it("writes one-hour episodes and one three-hour episode, each in the three source formats", () => {
    const made = generate(3);
    expect(made).toMatchObject({ episodes: 4, generated: 4 });
    expect(readdirSync(sources).sort()).toEqual(["synthetic-000", "synthetic-001", "synthetic-002", "synthetic-long-000"]);
    for (const folder of readdirSync(sources))
      expect(readdirSync(path.join(sources, folder)).sort()).toEqual(["captions.vtt", "summary.txt", "transcript.txt"]);
    // Hours of audio: three of about an hour and one of about three.
    expect(made.hours).toBeGreaterThan(5.8);
    expect(made.hours).toBeLessThan(6.6);
    expect(made.long.seconds).toBeGreaterThan(3 * 3600 * 0.98);
    expect(made.oneHour.probe.split(" ")).toHaveLength(7);
    first = snapshot();
  }, 60_000);

  it("reuses what exists: a second run writes nothing", () => {
    expect(generate(3).generated).toBe(0);
    expect(snapshot()).toEqual(first);
  }, 60_000);

  it("puts back the episode the bench edits, and drops folders that are no longer planned", () => {
    appendFileSync(path.join(sources, "synthetic-000", "transcript.txt"), "\nAda Lovelace: An edit left behind.");
    expect(generate(2)).toMatchObject({ episodes: 3, generated: 0 });
    expect(readdirSync(sources).sort()).toEqual(["synthetic-000", "synthetic-001", "synthetic-long-000"]);
    const text = (file: string) => first[file]?.replace(/^[\d.]+:/, "");
    for (const file of ["transcript.txt", "captions.vtt", "summary.txt"].map((f) => path.join("synthetic-000", f)))
      expect(readFileSync(path.join(sources, file), "utf8")).toBe(text(file));
  }, 60_000);
});
