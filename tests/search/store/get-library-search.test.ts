import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openWritableGeneration, searchDbRoot } from "@/lib/content/search-db-files";
import { syncSearchIndex } from "@/lib/search/store/sync-search-index";
import { cli, syntheticLibrary } from "../../cli/helpers/synthetic-library";
import { mockThreads } from "./mock-threads";

type Store = typeof import("@/lib/search/store/get-library-search");

/** A fresh copy of the module, as each of the server's bundles (pages, instrumentation.ts) has one. */
async function freshStore(): Promise<Store> {
  vi.resetModules();
  return import("@/lib/search/store/get-library-search");
}

/** A built and indexed library, made the server's (EPISODES_DIR); its lock file for this process. */
async function indexedLibrary() {
  const lib = syntheticLibrary(["alpha-talk", "beta-talk"]);
  const built = await cli(["build", "--sources", lib.sources, "--out", lib.out, "--no-index", "--quiet"]);
  expect(built.code).toBe(0);
  vi.stubEnv("DATABASE_URL", "");
  await syncSearchIndex(lib.out);
  vi.stubEnv("EPISODES_DIR", lib.out);
  return { ...lib, lock: path.join(searchDbRoot(lib.out), `server-${process.pid}.lock`) };
}

afterEach(async () => {
  vi.doUnmock("@/lib/search/engine/pglite-worker-client");
  // The module keeps its search for the process: closed, the next test's library opens afresh.
  await (await freshStore()).closeLibrarySearch();
  vi.unstubAllEnvs();
});

describe("the server's library search", () => {
  it("is opened once per process, whichever copy of the module asks first", async () => {
    const lib = await indexedLibrary();
    const first = await freshStore();
    first.startLibrarySearch();
    expect(existsSync(lib.lock)).toBe(true);
    const second = await freshStore();
    expect(second).not.toBe(first);
    expect(second.getLibrarySearch()).toBe(first.getLibrarySearch());
    const result = await (
      await second.getLibrarySearch()
    ).search({ text: "beta", sort: "relevance", page: 1 });
    expect(result.episodes.map((e) => e.slug)).toEqual(["beta-talk"]);
  });

  it("BAD: is not opened while a build writes the index in place, and opens once it is done", async () => {
    const lib = await indexedLibrary();
    const root = searchDbRoot(lib.out);
    const build = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"]);
    try {
      const writing = path.join(root, `writer-${build.pid}.lock`);
      writeFileSync(writing, readFileSync(path.join(root, "CURRENT"), "utf8").trim());
      const store = await freshStore();
      expect(() => store.getLibrarySearch()).toThrow(
        new RegExp(`being updated \\(process ${build.pid}: .*Reload in a moment`),
      );
      expect(existsSync(lib.lock)).toBe(false);
      rmSync(writing);
      const search = await store.getLibrarySearch();
      expect((await search.search({ text: "alpha", sort: "relevance", page: 1 })).total).toBeGreaterThan(0);
      expect(existsSync(lib.lock)).toBe(true);
    } finally {
      const exited = new Promise((resolve) => build.on("exit", resolve));
      build.kill();
      await exited;
    }
  });

  it("BAD: refused the next generation (another server has it), keeps its record of the one it still has open", async () => {
    const lib = await indexedLibrary();
    const root = searchDbRoot(lib.out);
    const store = await freshStore();
    await store.getLibrarySearch();
    expect(readFileSync(lib.lock, "utf8")).toBe("g-1");
    const next = openWritableGeneration(root); // g-1 is open here: the build writes a copy
    next.commit();
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"]);
    try {
      writeFileSync(path.join(root, `server-${other.pid}.lock`), path.basename(next.dir));
      expect(() => store.getLibrarySearch()).toThrow(`Another server (process ${other.pid})`);
      // Still g-1's: without it, the next build would take g-1 for unused and remove it.
      expect(readFileSync(lib.lock, "utf8")).toBe("g-1");
    } finally {
      const exited = new Promise((resolve) => other.on("exit", resolve));
      other.kill();
      await exited;
    }
  });

  it("BAD: a search thread that stopped on its own is let go of, and the search that met it answered", async () => {
    const lib = await indexedLibrary();
    const threads = mockThreads();
    const store = await freshStore();
    const first = store.getLibrarySearch();
    await first;
    threads[0]?.dieAtNextCall();
    const result = await store.searchLibrary({ text: "beta", sort: "relevance", page: 1 });
    expect(result.episodes.map((e) => e.slug)).toEqual(["beta-talk"]);
    expect(threads).toHaveLength(2);
    expect(store.getLibrarySearch()).not.toBe(first);
    // The server still holds the generation it opened again.
    expect(readFileSync(lib.lock, "utf8")).toBe("g-1");
  });

  it("GOOD: the same search asked while it is answered shares its answer; another does not", async () => {
    await indexedLibrary();
    const threads = mockThreads();
    const store = await freshStore();
    await store.getLibrarySearch();
    const before = threads[0]?.searches ?? 0; // the warm-up's
    const ask = (text: string, speaker?: string) =>
      store.searchLibrary({ text, sort: "relevance", page: 1, ...(speaker ? { speaker } : {}) });
    const [first, again, other, filtered] = await Promise.all([
      ask("beta"),
      ask("beta"),
      ask("alpha"),
      ask("beta", "Nobody"),
    ]);
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(filtered).not.toBe(first);
    expect(first.episodes.map((e) => e.slug)).toEqual(["beta-talk"]);
    expect((threads[0]?.searches ?? 0) - before).toBe(3);
    // Answered, it is asked anew.
    expect(await ask("beta")).not.toBe(first);
    expect((threads[0]?.searches ?? 0) - before).toBe(4);
  });

  it("BAD: the same search asked once a build put a new generation in use is asked of it, not shared", async () => {
    const lib = await indexedLibrary();
    const threads = mockThreads();
    const store = await freshStore();
    await store.getLibrarySearch();
    const warmUp = threads[0]?.searches ?? 0;
    const ask = () => store.searchLibrary({ text: "beta", sort: "relevance", page: 1 });
    const before = ask(); // asked of g-1
    const next = openWritableGeneration(searchDbRoot(lib.out)); // g-1 is open here: the build writes a copy
    next.commit();
    const after = ask();
    expect(after).not.toBe(before);
    for (const result of await Promise.all([before, after]))
      expect(result.episodes.map((e) => e.slug)).toEqual(["beta-talk"]);
    // Each generation answered its own, and the old one was closed only once it had answered.
    expect(threads.map((thread) => thread.searches)).toEqual([warmUp + 1, warmUp + 1]);
    expect(readFileSync(lib.lock, "utf8")).toBe(path.basename(next.dir));
  });

  it("BAD: starting it without an index says nothing; the search page is told what to run", async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("EPISODES_DIR", mkdtempSync(path.join(tmpdir(), "no-index-")));
    const store = await freshStore();
    expect(() => store.startLibrarySearch()).not.toThrow();
    expect(() => store.getLibrarySearch()).toThrow(/has not been built yet\. Run `npx episodes index`/);
  });
});

describe("instrumentation.ts, as Next's server starts", () => {
  const register = async () => {
    vi.resetModules();
    await (await import("@/instrumentation")).register();
  };

  it("starts opening the library search on a production server", async () => {
    const lib = await indexedLibrary();
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("NODE_ENV", "production");
    await register();
    expect(existsSync(lib.lock)).toBe(true);
  });

  it("BAD: not with --no-search-warm-up (SEARCH_WARM_UP=off), in development, or on the edge", async () => {
    const lib = await indexedLibrary();
    for (const env of [
      { NEXT_RUNTIME: "nodejs", NODE_ENV: "production", SEARCH_WARM_UP: "off" },
      { NEXT_RUNTIME: "nodejs", NODE_ENV: "development" },
      { NEXT_RUNTIME: "edge", NODE_ENV: "production" },
    ]) {
      vi.stubEnv("SEARCH_WARM_UP", undefined);
      for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
      await register();
      expect(existsSync(lib.lock), JSON.stringify(env)).toBe(false);
    }
  });
});
