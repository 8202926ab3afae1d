// A worker thread of `episodes index`: loads the TypeScript reader the same way bin/episodes.mjs
// does (zod first, in Node's own loader; then tsx, and `server-only` resolved as server code),
// since a worker does not inherit them.
await import("zod");
await import("./server-only-condition.mjs");
const { register } = await import("tsx/esm/api");

register();
await import("../lib/search/store/index-worker.ts");
