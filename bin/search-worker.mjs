// The embedded search database's thread (createPgliteWorkerClient): the compiled copy's when the
// command or the site's server runs compiled (compiled-cli.mjs), else the TypeScript, loaded the
// way bin/index-worker.mjs does, since a worker does not inherit the loaders.
import { loadWorker } from "./compiled-cli.mjs";

await loadWorker("search-worker", async () => {
  await import("zod");
  await import("./server-only-condition.mjs");
  const { register } = await import("tsx/esm/api");
  register();
  await import("../lib/search/store/search-worker.ts");
});
