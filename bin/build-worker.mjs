// A worker thread of `episodes build`: the compiled copy's build worker when the command runs
// compiled (compiled-cli.mjs), else the TypeScript, loaded the way bin/episodes.mjs does (tsx,
// and `server-only` resolved as server code), since a worker does not inherit them.
import { loadWorker } from "./compiled-cli.mjs";

await loadWorker("build-worker", async () => {
  await import("./server-only-condition.mjs");
  const { register } = await import("tsx/esm/api");
  register();
  await import("../lib/cli/build-worker.ts");
});
