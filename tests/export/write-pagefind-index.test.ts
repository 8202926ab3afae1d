import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { INDEX_CHUNK_LOCATIONS, writePagefindIndex } from "@/scripts/lib/write-pagefind-index";

/** Pagefind's own chunk size: what the index was cut into before INDEX_CHUNK_LOCATIONS. */
const PAGEFIND_DEFAULT = 20_000;
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The seeds' static index written with `chunkLocations`; its word-index chunks' sizes in bytes. */
async function chunkSizes(chunkLocations: number): Promise<number[]> {
  const out = mkdtempSync(path.join(tmpdir(), "pagefind-chunks-"));
  dirs.push(out);
  await writePagefindIndex("content/episodes", out, () => {}, { chunkLocations });
  const index = path.join(out, "index");
  return readdirSync(index).map((name) => statSync(path.join(index, name)).size);
}

describe("the static copy's search index", () => {
  it("is cut into chunks of INDEX_CHUNK_LOCATIONS, far smaller than Pagefind's, so a query fetches less", async () => {
    const theirs = await chunkSizes(PAGEFIND_DEFAULT);
    const ours = await chunkSizes(INDEX_CHUNK_LOCATIONS);
    expect(ours.length).toBeGreaterThanOrEqual(3 * theirs.length);
    const median = (sizes: number[]) => [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)] ?? 0;
    expect(median(ours)).toBeLessThan(median(theirs) / 2);
    // The same words, only cut differently: the index as a whole stays about as big.
    const total = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);
    expect(total(ours)).toBeLessThan(1.25 * total(theirs));
  }, 60_000);
});
