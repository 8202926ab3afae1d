import { vi } from "vitest";
import { SearchStoppedError } from "@/lib/search/engine/library-query";
import { searchStatementName } from "@/lib/search/engine/search-statement";
import type { SqlRunner } from "@/lib/search/engine/sql-client";

type WorkerClientModule = typeof import("@/lib/search/engine/pglite-worker-client");

/** One mocked thread: made to stop at its next call, and how many searches it ran. */
interface MockThread {
  dieAtNextCall: () => void;
  searches: number;
}

/**
 * The embedded database's threads, opened for real, with the searches each ran; each can be made
 * to stop at its next call, as a thread does that stops on its own (pglite-worker-client.test.ts,
 * with a real one).
 */
export function mockThreads(): MockThread[] {
  const threads: MockThread[] = [];
  vi.doMock("@/lib/search/engine/pglite-worker-client", async (original) => {
    const real = await original<WorkerClientModule>();
    const open: WorkerClientModule["createPgliteWorkerClient"] = async (dir, entry, options) => {
      const client = await real.createPgliteWorkerClient(dir, entry, options);
      let dying = false;
      let stopped: SearchStoppedError | undefined;
      const guard = <T>(run: () => Promise<T>): Promise<T> => {
        if (dying && !stopped) options?.onStop?.((stopped = new SearchStoppedError("stopped (a test)")));
        return stopped ? Promise.reject(stopped) : run();
      };
      const thread = { dieAtNextCall: () => (dying = true), searches: 0 };
      const runner: SqlRunner = {
        query: (sql, params) => {
          if (searchStatementName(sql)) thread.searches++;
          return guard(() => client.query(sql, params));
        },
        exec: (sql) => guard(() => client.exec(sql)),
      };
      threads.push(thread);
      return { ...client, ...runner, forShard: () => runner };
    };
    return { ...real, createPgliteWorkerClient: open };
  });
  return threads;
}
