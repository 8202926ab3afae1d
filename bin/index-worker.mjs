// A worker thread of `episodes index`: the compiled copy's reader when the command runs compiled
// (compiled-cli.mjs), else the TypeScript reader, loaded the way bin/episodes.mjs does (zod first,
// in Node's own loader; then tsx, and `server-only` resolved as server code), since a worker does
// not inherit them.
import { loadWorker } from "./compiled-cli.mjs";

await loadWorker("index-worker", async () => {
  await import("zod");
  await import("./server-only-condition.mjs");
  const { register } = await import("tsx/esm/api");
  register();
  await import("../lib/search/store/index-worker.ts");
});
